package tahapan

import (
	"fmt"
	"strings"
	"time"
)

var (
	hariID  = [...]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}
	bulanID = [...]string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
		"Agustus", "September", "Oktober", "November", "Desember"}
)

// WeekdayName returns the name of wd in lang: "Rabu" in Indonesian ("id"),
// "Wednesday" in English ("en").
func WeekdayName(wd time.Weekday, lang string) string {
	if lang == "en" {
		return wd.String()
	}
	return hariID[wd]
}

// MonthName returns the name of m in lang: "Februari" or "February".
func MonthName(m time.Month, lang string) string {
	if lang == "en" {
		return m.String()
	}
	return bulanID[m]
}

// FormatDate writes d the way Indonesian documents do, with its weekday:
// "Rabu, 14 Februari 2024" in Indonesian ("id") and
// "Wednesday, 14 February 2024" in English ("en").
func FormatDate(d Date, lang string) string {
	return fmt.Sprintf("%s, %d %s %d", WeekdayName(d.Weekday(), lang), d.Day, MonthName(d.Month, lang), d.Year)
}

// Span returns months and days as a phrase: "6 bulan 22 hari" in Indonesian,
// "6 months 22 days" in English. Zero parts are left out; zero in all is
// "0 hari" / "0 days".
func Span(months, days int, lang string) string {
	var parts []string
	unit := func(n int, id, en string) string {
		if lang == "en" {
			if n != 1 {
				en += "s"
			}
			return fmt.Sprintf("%d %s", n, en)
		}
		return fmt.Sprintf("%d %s", n, id)
	}
	if months != 0 {
		parts = append(parts, unit(months, "bulan", "month"))
	}
	if days != 0 || months == 0 {
		parts = append(parts, unit(days, "hari", "day"))
	}
	return strings.Join(parts, " ")
}

// Text returns the countdown as one line in lang ("id" or "en"), as an
// election office would post it:
//
//	H-206 menuju Pemungutan Suara Pemilu Serentak 2024 (Rabu, 14 Februari 2024) · 6 bulan 22 hari lagi
//
// It never says "menuju" (to) of a day that is past: after voting day it
// reads "H+3 setelah Pemungutan Suara … (…) · 3 hari yang lalu". On voting
// day it adds the polling phase ([Countdown.PollsText]). A countdown of a
// planned schedule starts with the note that the voting day is not set yet.
//
// When working days were counted ([Countdown.WithWorkdays]) they follow:
// "· 140 hari kerja".
func (c Countdown) Text(lang string) string {
	name := c.TargetName
	if lang == "en" && c.TargetEN != "" {
		name = c.TargetEN
	}
	when := FormatDate(c.TargetDate, lang)
	span := Span(c.Months, c.RemainderDays, lang)
	var b strings.Builder
	if c.Pending {
		if note := tr(lang, c.PendingNote, c.PendingNoteEN); note != "" {
			b.WriteString(note)
		} else {
			b.WriteString(tr(lang, "Hari pemungutan suara belum ditetapkan.", "The voting day is not set yet."))
		}
		if c.PendingBasis != "" {
			fmt.Fprintf(&b, " (%s)", c.PendingBasis)
		}
		if c.Target == "" {
			return b.String()
		}
		b.WriteString(" · ")
	}
	if c.Target != VotingDayTarget && c.Target != "" {
		// The KPU's H-n counts to voting day only: a stage gets plain days.
		what := tr(lang, "dimulainya ", "the start of ") + name
		if c.End {
			what = tr(lang, "berakhirnya ", "the end of ") + name
		}
		switch {
		case c.Days > 0:
			fmt.Fprintf(&b, tr(lang, "%d hari menuju %s (%s) · %s lagi", "%d days to %s (%s) · %s to go"), c.Days, what, when, span)
		case c.Days == 0:
			fmt.Fprintf(&b, tr(lang, "Hari ini %s (%s)", "Today: %s (%s)"), what, when)
		default:
			fmt.Fprintf(&b, tr(lang, "%d hari sejak %s (%s) · %s yang lalu", "%d days since %s (%s) · %s ago"), -c.Days, what, when, span)
		}
		if c.Cancelled {
			b.WriteString(tr(lang, " (dibatalkan)", " (cancelled)"))
		}
	} else {
		switch {
		case c.Days > 0:
			fmt.Fprintf(&b, tr(lang, "%s menuju %s (%s) · %s lagi", "%s to %s (%s) · %s to go"), c.Label(), name, when, span)
		case c.Days == 0:
			fmt.Fprintf(&b, tr(lang, "H · hari ini %s (%s)", "H · today: %s (%s)"), name, when)
			if p := c.PollsText(lang); p != "" {
				b.WriteString(" · " + p)
			}
		default:
			fmt.Fprintf(&b, tr(lang, "%s setelah %s (%s) · %s yang lalu", "%s since %s (%s) · %s ago"),
				c.Label(), name, when, DaysText(-c.Days, lang))
		}
	}
	if c.Workdays != nil {
		fmt.Fprintf(&b, tr(lang, " · %d hari kerja", " · %d working days"), *c.Workdays)
		if c.Estimated {
			b.WriteString(tr(lang, " (perkiraan: hari libur belum ditetapkan)", " (estimated: holidays not yet decreed)"))
		}
	}
	return b.String()
}

// Headline returns the countdown's short form for a title: its KPU label
// ("H-206", "H", "H+3"), or, when the voting day is not set yet, "hari
// pemungutan suara belum ditetapkan" ("voting day not set yet"), since
// an H-label counts to voting day.
func (c Countdown) Headline(lang string) string {
	if c.Pending {
		return tr(lang, "hari pemungutan suara belum ditetapkan", "voting day not set yet")
	}
	return c.Label()
}

// DaysText returns n days as a phrase: "732 hari" in Indonesian, "732
// days" (or "1 day") in English.
func DaysText(n int, lang string) string {
	if lang == "en" && n == 1 {
		return "1 day"
	}
	return fmt.Sprintf(tr(lang, "%d hari", "%d days"), n)
}

// PollsText returns what polling stations are doing at the instant counted
// from, for a countdown to voting day, in lang:
//
//	before polls open:  "TPS dibuka pukul 07.00 WIB"  "Polls open at 07:00 WIB"
//	while they are open: "TPS buka sampai 13.00 WIB"   "Polls open until 13:00 WIB"
//	after they close:   "TPS sudah ditutup"           "Polls have closed"
//
// It returns "" after voting day and for other countdowns, since a day
// that is past has no polls to speak of.
func (c Countdown) PollsText(lang string) string {
	clock := func(t time.Time) string {
		loc, err := Zone(c.Zone)
		if err != nil {
			loc = t.Location()
		}
		sep := tr(lang, ".", ":")
		return fmt.Sprintf("%02d%s%02d %s", t.In(loc).Hour(), sep, t.In(loc).Minute(), ZoneAbbrev(loc, t))
	}
	switch c.Phase {
	case BeforePolls:
		return tr(lang, "TPS dibuka pukul ", "Polls open at ") + clock(c.PollsOpen)
	case DuringPolls:
		return tr(lang, "TPS buka sampai ", "Polls open until ") + clock(c.PollsClose)
	case PollsClosed:
		return tr(lang, "TPS sudah ditutup", "Polls have closed")
	}
	return ""
}

// Text returns the progress as KPU staff write it: "hari ke-12 dari
// 75" in Indonesian, "day 12 of 75" in English.
func (p Progress) Text(lang string) string {
	if lang == "en" {
		return fmt.Sprintf("day %d of %d", p.Day, p.Total)
	}
	return fmt.Sprintf("hari ke-%d dari %d", p.Day, p.Total)
}

// Text returns the period with short month names, as lists and pages show
// it: "28 Nov 2023 – 10 Feb 2024" ("28 Des 2023" in Indonesian for
// December), or one date for a one-day period.
func (p Period) Text(lang string) string {
	short := func(d Date) string {
		return fmt.Sprintf("%d %s %d", d.Day, MonthName(d.Month, lang)[:3], d.Year)
	}
	if p.Start == p.End {
		return short(p.Start)
	}
	return short(p.Start) + " – " + short(p.End)
}
