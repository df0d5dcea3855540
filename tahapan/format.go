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
		case c.Days > 0 && lang == "en":
			fmt.Fprintf(&b, "%s to %s (%s) · %s to go", c.Label(), name, when, span)
		case c.Days > 0:
			fmt.Fprintf(&b, "%s menuju %s (%s) · %s lagi", c.Label(), name, when, span)
		case c.Days == 0 && lang == "en":
			fmt.Fprintf(&b, "H · today: %s (%s)", name, when)
		case c.Days == 0:
			fmt.Fprintf(&b, "H · hari ini %s (%s)", name, when)
		case lang == "en":
			fmt.Fprintf(&b, "%s since %s (%s) · %s ago", c.Label(), name, when, span)
		default:
			fmt.Fprintf(&b, "%s setelah %s (%s) · %s yang lalu", c.Label(), name, when, span)
		}
	}
	if c.Workdays != nil {
		if lang == "en" {
			fmt.Fprintf(&b, " · %d working days", *c.Workdays)
		} else {
			fmt.Fprintf(&b, " · %d hari kerja", *c.Workdays)
		}
		if c.Estimated {
			if lang == "en" {
				b.WriteString(" (estimated: holidays not yet decreed)")
			} else {
				b.WriteString(" (perkiraan: hari libur belum ditetapkan)")
			}
		}
	}
	return b.String()
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
