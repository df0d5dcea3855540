// Package libur knows Indonesia's official non-working days and counts
// working days (hari kerja) over them, as election law counts many
// deadlines.
//
//	c, err := libur.New(libur.Options{})
//	…
//	n := c.CountWorkdays(tahapan.D(2024, 4, 1), tahapan.D(2024, 4, 30)) // 16
//	due, why := c.Deadline(tahapan.D(2024, 4, 22), 30)                // 2024-06-10, with each day skipped
//
// # The data
//
// [Official] returns every non-working day of 2019–2027, as listed by each
// year's SKB 3 Menteri (the joint decree of the Minister of Religious
// Affairs, the Minister of Manpower and the Minister for Administrative
// Reform) in its final state after every revision, plus the voting days that
// a Keppres made national holidays (17 Apr 2019, 9 Dec 2020, 14 Feb 2024,
// 27 Nov 2024). Each [Day] has its date, its [Kind] ([LiburNasional],
// [CutiBersama] or [LiburPemilu]), its Indonesian name as the decree writes
// it, an English gloss, the decree that set it, and the pages that confirm
// it. A date can hold two days: 2021-05-13 was both Kenaikan Isa Al Masih
// and Idul Fitri.
//
// The days of 2027 (SKB 1205/2026, 3/2026, 2/2026, signed 15 September
// 2026) also say how sure they are, in their Confidence: the libur
// nasional are confirmed, while the cuti bersama rest on one quoted
// announcement (single_source) and say so in their Note and NoteEN. By the
// SKB's Diktum KEDUA, the Menteri Agama may still move Idul Fitri and Idul
// Adha 1448 H after the isbat; their days say that too.
//
// The data lives in libur.yaml, in the format that [Load] reads, so the next
// SKB, a revision or a regional holiday can be given as a file without a new
// release (tahapan --holidays FILE, or [Options.Extra]). The package holds
// it as Go data generated from that file (go generate), so a program parses
// no YAML to use it.
//
// # Estimated years
//
// A year with no decree yet (2028 on) is estimated: [Estimate] computes its
// national holidays and marks each one Estimated, with its Method. The
// fixed-date holidays and the days that follow Easter are certain. The
// lunar ones are computed by package hisab: the Islamic holidays from the
// start of each Hijri month by hisab with the MABIMS criterion at Banda
// Aceh, as Kemenag computes it; Imlek from the Chinese calendar; Nyepi from
// the arithmetic of the Balinese Saka calendar; Waisak from the dates the
// Buddhist councils publish, or an astronomical full-moon rule. Against the
// decrees of 2019–2026 they get 37 of 40 Islamic holidays and every Imlek,
// Nyepi and Waisak (TestEstimateAccuracy; tahapan holidays --estimate shows
// any year). On 2027, estimated before its decree existed, they get all 18
// libur nasional days right (TestEstimate2027OutOfSample). The year's cuti
// bersama cannot be estimated and are not counted, nor are voting days yet
// to be declared holidays. The lunar dates of 1900–2200 are computed ahead
// of time into a table (go generate), which TestLunarTable checks against
// the computation year by year; other years are computed when needed.
//
// Any result whose range touches an estimated year must say so:
// [Explanation] has an Estimated field, [Calendar.Estimated] answers for
// any range, and [EstimatedNote] and [EstimatedNoteEN] say what an
// estimate leaves out.
//
// # Working days
//
// A working day is a day of the working week (Monday to Friday by default)
// that is not a non-working day. By default cuti bersama days are not
// working days: the calendar of government offices, which election bodies
// follow. [Options] can count them as working days, make Saturday a working
// day, or add data.
//
// Ranges are inclusive at both ends, as in rickar/cal's WorkdaysInRange and
// in KPU tables. [Calendar.AddWorkdays] does not count its starting day:
// AddWorkdays(d, 1) is the first working day after d. [Calendar.Explain]
// and [Calendar.Deadline] list every skipped day with its reason (in
// Indonesian and English: [Skip.LocalReason]), so a lawyer can check a
// count line by line; [Explanation.Notes] says what may still change about
// the skipped days, such as the Idul Fitri dates of 2027.
//
// A [Calendar] keeps a bitset of working days per year, with the year's
// count, built the first time a call needs that year, so a new Calendar
// costs almost nothing and a count costs a few popcounts per year of its
// range. IsWorkday, CountWorkdays, AddWorkdays, NextWorkday and Estimated
// allocate nothing once their years are built.
//
// # rickar/cal
//
// [CalHolidays] turns days into *cal.Holiday values and
// [Calendar.BusinessCalendar] builds a *cal.BusinessCalendar with the same
// working days. Their holiday functions return 00:00 in one shared
// fixed-offset WIB location and only read the *cal.Holiday they are given,
// so they are safe for concurrent use.
//
// # Dates
//
// Dates are [tahapan.Date] values: civil dates with no time of day and no
// zone, shared with the rest of the module.
package libur
