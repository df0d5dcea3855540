package kata

import (
	"fmt"
	"strings"
	"time"
)

// unit writes n of a unit: Indonesian has no plural ("2 hari"), English
// adds "s" unless n is 1 ("1 day", "2 days").
func unit(n int, id, en string, l Lang) string {
	return fmt.Sprintf("%d %s", n, l.Pick(id, plural(n, en, en+"s")))
}

// Days writes n days: "206 hari", "1 day", "206 days".
func Days(n int, l Lang) string { return unit(n, "hari", "day", l) }

// Workdays writes n working days: "140 hari kerja", "1 working day".
func Workdays(n int, l Lang) string { return unit(n, "hari kerja", "working day", l) }

// Weeks writes n weeks: "29 minggu", "29 weeks".
func Weeks(n int, l Lang) string { return unit(n, "minggu", "week", l) }

// Span writes a length of time in years, months and days, leaving out the
// parts that are zero: "2 tahun 2 hari", "6 bulan 22 hari", "1 year 3
// months". All zero is "0 hari" / "0 days".
func Span(years, months, days int, l Lang) string {
	var parts []string
	if years != 0 {
		parts = append(parts, unit(years, "tahun", "year", l))
	}
	if months != 0 {
		parts = append(parts, unit(months, "bulan", "month", l))
	}
	if days != 0 || len(parts) == 0 {
		parts = append(parts, Days(days, l))
	}
	return strings.Join(parts, " ")
}

// ToGo writes what is left before a day: "6 bulan 22 hari lagi", "6 months
// 22 days to go".
func ToGo(span string, l Lang) string { return span + l.Pick(" lagi", " to go") }

// Ago writes how long ago a day was: "732 hari yang lalu", "732 days ago".
func Ago(span string, l Lang) string { return span + l.Pick(" yang lalu", " ago") }

// Duration writes a length of time to the minute, truncated: "206 hari 7
// jam 0 menit", "206 days 7 hours 0 minutes". A negative d is written as
// its absolute value; the caller says whether it is past.
func Duration(d time.Duration, l Lang) string {
	if d < 0 {
		d = -d
	}
	mins := int(d / time.Minute)
	return unit(mins/(24*60), "hari", "day", l) + " " +
		unit(mins/60%24, "jam", "hour", l) + " " +
		unit(mins%60, "menit", "minute", l)
}

// Count writes n of a thing with its English plural when n is not 1:
// "1 problem", "3 problems"; Indonesian, which has no plural, gives one
// form for both.
func Count(n int, id, en string, l Lang) string { return unit(n, id, en, l) }
