package kata

import (
	"fmt"
	"time"
)

// A Day is a civil date. tahapan.Date converts to it: kata.Day(d).
type Day struct {
	Year  int
	Month time.Month
	Day   int
}

// Weekday returns the day of the week of d.
func (d Day) Weekday() time.Weekday {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday()
}

// A Style is how long a written date is.
type Style int

// The styles of a date.
const (
	Long   Style = iota // "Rabu, 14 Februari 2024", "Wednesday, 14 February 2024"
	Medium              // "14 Februari 2024"
	Short               // "14 Feb 2024"
)

var (
	weekdayID = [...]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}
	monthID   = [...]string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
		"Agustus", "September", "Oktober", "November", "Desember"}
	monthShortID = [...]string{"", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
)

// Weekday returns the name of wd: "Rabu", "Wednesday".
func Weekday(wd time.Weekday, l Lang) string {
	if wd < time.Sunday || wd > time.Saturday {
		return fmt.Sprint(int(wd))
	}
	return l.Pick(weekdayID[wd], wd.String())
}

// Month returns the name of m: "Februari", "February".
func Month(m time.Month, l Lang) string {
	if m < time.January || m > time.December {
		return fmt.Sprint(int(m))
	}
	return l.Pick(monthID[m], m.String())
}

// MonthShort returns the short name of m: "Agu", "Aug".
func MonthShort(m time.Month, l Lang) string {
	if m < time.January || m > time.December {
		return fmt.Sprint(int(m))
	}
	return l.Pick(monthShortID[m], m.String()[:3])
}

// Date writes d in style st: "Rabu, 14 Februari 2024" (Long), "14
// Februari 2024" (Medium), "14 Feb 2024" (Short). Indonesian and English
// both put the day before the month, as Indonesian documents do.
func Date(d Day, st Style, l Lang) string {
	switch st {
	case Medium:
		return fmt.Sprintf("%d %s %d", d.Day, Month(d.Month, l), d.Year)
	case Short:
		return fmt.Sprintf("%d %s %d", d.Day, MonthShort(d.Month, l), d.Year)
	}
	return fmt.Sprintf("%s, %d %s %d", Weekday(d.Weekday(), l), d.Day, Month(d.Month, l), d.Year)
}

// Period writes the days from a through b, both included, in style st.
// A one-day period is one date. Medium and Short leave out a month or year
// the two ends share: "11–13 Februari 2024", "28 Nov – 10 Des 2023"; Long
// writes both dates in full.
func Period(a, b Day, st Style, l Lang) string {
	if a == b {
		return Date(a, st, l)
	}
	if st == Long {
		return Date(a, Long, l) + " – " + Date(b, Long, l)
	}
	month := Month
	if st == Short {
		month = MonthShort
	}
	switch {
	case a.Year == b.Year && a.Month == b.Month:
		return fmt.Sprintf("%d–%d %s %d", a.Day, b.Day, month(b.Month, l), b.Year)
	case a.Year == b.Year:
		return fmt.Sprintf("%d %s – %d %s %d", a.Day, month(a.Month, l), b.Day, month(b.Month, l), b.Year)
	}
	return Date(a, st, l) + " – " + Date(b, st, l)
}

// Clock writes a time of day the way each language does: "07.00" in
// Indonesian, "07:00" in English.
func Clock(hour, minute int, l Lang) string {
	return fmt.Sprintf("%02d%s%02d", hour, l.Pick(".", ":"), minute)
}
