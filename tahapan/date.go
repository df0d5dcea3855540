package tahapan

import (
	"fmt"
	"strconv"
	"time"
)

// A Date is a civil date: a year, a month and a day, with no time of day and
// no location. It is the date printed in a KPU table or a decree. A Date does
// not name a unique moment; use [Date.In] to get the instant a day starts in
// a given zone.
//
// The zero Date is 0000-00-00 and is not valid; [Date.IsZero] reports it.
// Dates are small values: store and pass them as values, not pointers.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// The years a schedule, a countdown or a feed may use. Every calendar
// client handles them, and the holiday tables cover them.
const (
	MinYear = 1900
	MaxYear = 2200
)

// InRange reports whether d is a valid date from [MinYear] to [MaxYear].
func InRange(d Date) bool {
	return d.IsValid() && d.Year >= MinYear && d.Year <= MaxYear
}

// D returns the Date for year, month and day. It does not normalize: use
// [Date.IsValid] to check a date built from untrusted parts.
func D(year int, month time.Month, day int) Date {
	return Date{Year: year, Month: month, Day: day}
}

// DateOf returns the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// Today returns the civil date of the instant now in loc. The day flips at
// local midnight, so the same instant can be a different date in WIB and
// WITA. Today panics if loc is nil.
func Today(now time.Time, loc *time.Location) Date {
	if loc == nil {
		panic("tahapan: Today called with nil location")
	}
	return DateOf(now.In(loc))
}

// ParseDate parses a date in the ISO 8601 form YYYY-MM-DD, such as
// "2024-02-14". Days that do not exist, such as 2024-02-30, are errors.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &DateError{Value: s, Msg: "want YYYY-MM-DD"}
	}
	y, err1 := atoiDigits(s[0:4])
	m, err2 := atoiDigits(s[5:7])
	d, err3 := atoiDigits(s[8:10])
	if err1 != nil || err2 != nil || err3 != nil {
		return Date{}, &DateError{Value: s, Msg: "want YYYY-MM-DD"}
	}
	if y < 1 {
		return Date{}, &DateError{Value: s, Msg: "year out of range"}
	}
	if m < 1 || m > 12 {
		return Date{}, &DateError{Value: s, Msg: "month out of range"}
	}
	date := Date{y, time.Month(m), d}
	if d < 1 || d > daysIn(date.Month, y) {
		return Date{}, &DateError{Value: s, Msg: "day out of range"}
	}
	return date, nil
}

func atoiDigits(s string) (int, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, strconv.ErrSyntax
		}
	}
	return strconv.Atoi(s)
}

// A DateError records a string that is not a valid date.
type DateError struct {
	Value string // the text that was parsed
	Msg   string // what is wrong with it
}

func (e *DateError) Error() string {
	return fmt.Sprintf("invalid date %q: %s", e.Value, e.Msg)
}

// String returns the date in the form YYYY-MM-DD.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// IsValid reports whether d names a day that exists in the proleptic
// Gregorian calendar, between years 1 and 9999.
func (d Date) IsValid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Month, d.Year)
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// In returns the instant at which d begins (00:00) in loc. In panics if loc
// is nil.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// At returns the instant of the given clock time on d in loc.
func (d Date) At(c Clock, loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, c.Hour, c.Minute, 0, 0, loc)
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	return d.In(time.UTC).Weekday()
}

// AddDays returns the date n calendar days after d (before d if n < 0).
func (d Date) AddDays(n int) Date {
	return fromDays(d.days() + int64(n))
}

// AddMonths returns the date n months after d (before d if n < 0), clamped to
// the end of the month: 2023-08-31 plus 6 months is 2024-02-29, not March.
func (d Date) AddMonths(n int) Date {
	total := d.Year*12 + int(d.Month-1) + n
	y := int(floorDiv(int64(total), 12))
	m := time.Month(total - y*12 + 1)
	day := min(d.Day, daysIn(m, y))
	return Date{y, m, day}
}

// DaysSince returns the number of calendar days from s to d: positive when d
// is after s. 2024-02-14.DaysSince(2023-07-23) is 206.
func (d Date) DaysSince(s Date) int {
	return int(d.days() - s.days())
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// MarshalText implements [encoding.TextMarshaler]; the form is YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) {
	return []byte(d.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDate].
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// days returns the number of days from 1970-01-01 to d (the Unix day number).
// It uses the civil-from-days algorithm, which works for any year.
func (d Date) days() int64 {
	y := int64(d.Year)
	m := int64(d.Month)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int64(d.Day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func fromDays(z int64) Date {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{int(y), time.Month(m), int(day)}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func daysIn(m time.Month, year int) int {
	switch m {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// A Period is a span of whole days, inclusive at both ends as KPU tables
// are: the campaign from 2023-11-28 to 2024-02-10 is 75 days long.
type Period struct {
	Start Date
	End   Date
}

// Contains reports whether d lies within p, ends included.
func (p Period) Contains(d Date) bool {
	return !d.Before(p.Start) && !d.After(p.End)
}

// Days returns the number of days in p, both ends counted.
func (p Period) Days() int {
	return p.End.DaysSince(p.Start) + 1
}

// String returns the period as "START/END" (ISO 8601 interval form), or a
// single date when the period is one day.
func (p Period) String() string {
	if p.Start == p.End {
		return p.Start.String()
	}
	return p.Start.String() + "/" + p.End.String()
}

// A Clock is a time of day, in hours and minutes, with no date and no zone.
type Clock struct {
	Hour   int
	Minute int
}

// ParseClock parses a time of day in the form HH:MM, such as "07:00".
func ParseClock(s string) (Clock, error) {
	if len(s) != 5 || s[2] != ':' {
		return Clock{}, fmt.Errorf("invalid time of day %q: want HH:MM", s)
	}
	h, err1 := atoiDigits(s[0:2])
	m, err2 := atoiDigits(s[3:5])
	if err1 != nil || err2 != nil || h > 23 || m > 59 {
		return Clock{}, fmt.Errorf("invalid time of day %q: want HH:MM", s)
	}
	return Clock{h, m}, nil
}

// String returns the clock time as HH:MM.
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute) }

// MarshalText implements [encoding.TextMarshaler]; the form is HH:MM.
func (c Clock) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// minutes returns the clock time in minutes after midnight.
func (c Clock) minutes() int { return c.Hour*60 + c.Minute }
