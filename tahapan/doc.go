// Package tahapan models the stages (tahapan) of an Indonesian election and
// counts down to voting day the way election offices do: in calendar days,
// in the KPU's H-n notation, in months and days, and in weeks.
//
// A [Schedule] is loaded from YAML with [Load], [LoadFile] or [LoadFS]. It
// holds the voting day, the polling hours and a tree of [Stage] values: the
// tahapan of the regulation and their sub-stages (kegiatan). The embedded
// schedules of package github.com/kalender-pemilu/tahapan/schedules carry
// the real KPU regulations (PKPU 3/2022 for Pemilu 2024, and others).
//
// # Dates and instants
//
// A KPU table prints civil dates, such as 14 February 2024, with no time of
// day and no zone. They are [Date] values here, never [time.Time]: a bare
// date decoded into a time.Time becomes midnight UTC, which is the previous
// day anywhere west of Greenwich. An instant, such as the moment polls open,
// is a time.Time built from a Date in an explicit location ([Date.In],
// [Date.At]).
//
// # Time zones
//
// Indonesia has three zones: WIB (Asia/Jakarta, UTC+7), WITA
// (Asia/Makassar, UTC+8) and WIT (Asia/Jayapura, UTC+9). The day flips at
// local midnight, so at 2024-02-13T23:30:00+07:00 it is H-1 in WIB but
// already H in WITA. Every query that depends on "today" takes the instant
// and the location as parameters; the package never reads the wall clock or
// [time.Local]. [Zone] resolves "WIB", "WITA", "WIT" and IANA names and
// returns one shared *time.Location per name. Programs should import
// [time/tzdata] in their main package so zones work without a system tz
// database.
//
// # Periods are inclusive
//
// A [Period] runs from its first to its last day, both included, as the KPU
// tables do: the 2024 campaign from 28 November 2023 to 10 February 2024 is
// 75 days. A countdown counts civil days between two dates: on 23 July 2023
// voting day (14 February 2024) is 206 days away, "H-206", which is also
// 6 months and 22 days ([MonthsBetween]) and 29 whole weeks.
//
// # Errors
//
// Loading reports every problem in a file at once. Each is a [*PosError]
// that reads "file:line:col: message" and quotes the bad value; [Errors]
// splits the joined error for display.
package tahapan
