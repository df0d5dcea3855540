package tahapan

import (
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

// WeekdayName returns the name of wd in lang: "Rabu" in Indonesian ("id"),
// "Wednesday" in English ("en").
func WeekdayName(wd time.Weekday, lang kata.Lang) string { return kata.Weekday(wd, lang) }

// MonthName returns the name of m in lang: "Februari" or "February".
func MonthName(m time.Month, lang kata.Lang) string { return kata.Month(m, lang) }

// FormatDate writes d the way Indonesian documents do, with its weekday:
// "Rabu, 14 Februari 2024" in Indonesian ("id") and
// "Wednesday, 14 February 2024" in English ("en").
func FormatDate(d Date, lang kata.Lang) string {
	return kata.Date(kata.Day(d), kata.Long, lang)
}

// Span returns months and days as a phrase, with whole years taken out:
// "6 bulan 22 hari", "2 tahun 10 bulan 2 hari" in Indonesian, "6 months 22
// days" in English. Zero parts are left out; zero in all is "0 hari" /
// "0 days".
func Span(months, days int, lang kata.Lang) string {
	return kata.Span(months/12, months%12, days, lang)
}

// Text returns the countdown as one line in the language l, as an
// election office would post it:
//
//	H-206 menuju Pemungutan Suara Pemilu Serentak 2024 (Rabu, 14 Februari 2024) · 6 bulan 22 hari lagi
//
// It never says "menuju" (to) of a day that is past: after voting day it
// reads "H+3 setelah Pemungutan Suara … (…) · 3 hari yang lalu". On voting
// day it adds the polling phase ([Countdown.PollsText]). A countdown of a
// planned schedule starts with the note that the voting day is not set yet.
//
// When working days were counted ([Countdown.CountWorkdays]) they follow:
// "· 140 hari kerja".
func (c Countdown) Text(l kata.Lang) string {
	w := kata.Countdown{
		Label: c.Label(), Name: c.TargetName, Date: kata.Day(c.TargetDate),
		Stage: c.Target != VotingDayTarget && c.Target != "", End: c.End, Cancelled: c.Cancelled,
		OneDay: c.oneDay, Days: c.Days, Years: c.Months / 12, Months: c.Months % 12, RemDays: c.RemainderDays,
		Polls: c.PollsText(l), Workdays: c.Workdays, Estimated: c.Estimated,
	}
	if l == kata.English && c.TargetEN != "" {
		w.Name = c.TargetEN
	}
	if c.Pending {
		w.Pending, w.PendingBasis = l.Pick(c.PendingNote, c.PendingNoteEN), c.PendingBasis
		if w.Pending == "" {
			w.Pending = kata.Capitalize(kata.VotingDayNotSet(l)) + "."
		}
		if c.Target == "" {
			w.Name = ""
		}
	}
	return w.Text(l)
}

// Headline returns the countdown's short form for a title: its KPU label
// ("H-206", "H", "H+3"), or, when the voting day is not set yet, "hari
// pemungutan suara belum ditetapkan" ("voting day not set yet"), since
// an H-label counts to voting day.
func (c Countdown) Headline(lang kata.Lang) string {
	if c.Pending {
		return kata.VotingDayNotSet(lang)
	}
	return c.Label()
}

// DaysText returns n days as a phrase: "732 hari" in Indonesian, "732
// days" (or "1 day") in English.
func DaysText(n int, lang kata.Lang) string { return kata.Days(n, lang) }

// PollsText returns what polling stations are doing at the instant counted
// from, for a countdown to voting day, in lang:
//
//	before polls open:  "TPS dibuka pukul 07.00 WIB"  "Polls open at 07:00 WIB"
//	while they are open: "TPS buka sampai 13.00 WIB"   "Polls open until 13:00 WIB"
//	after they close:   "TPS sudah ditutup"           "Polls have closed"
//
// It returns "" after voting day and for other countdowns, since a day
// that is past has no polls to speak of.
func (c Countdown) PollsText(l kata.Lang) string {
	clock := func(t time.Time) string {
		loc, err := Zone(c.Zone)
		if err != nil {
			loc = t.Location()
		}
		lt := t.In(loc)
		return kata.Clock(lt.Hour(), lt.Minute(), l) + " " + ZoneAbbrev(loc, t)
	}
	if c.Phase == NoPhase || c.Phase == AfterVoting {
		return ""
	}
	return kata.Polls(c.Phase, clock(c.PollsOpen), clock(c.PollsClose), l)
}

// Text returns the progress as KPU staff write it: "hari ke-12 dari
// 75" in Indonesian, "day 12 of 75" in English.
func (p Progress) Text(lang kata.Lang) string { return kata.Progress(p.Day, p.Total, lang) }

// Text returns the period with short month names, as lists and pages show
// it: "28 Nov 2023 – 10 Feb 2024" ("28 Des 2023" in Indonesian for
// December), or one date for a one-day period.
func (p Period) Text(lang kata.Lang) string {
	if p.Start == p.End {
		return kata.Date(kata.Day(p.Start), kata.Short, lang)
	}
	return kata.Date(kata.Day(p.Start), kata.Short, lang) + " – " + kata.Date(kata.Day(p.End), kata.Short, lang)
}
