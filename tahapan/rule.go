package tahapan

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

// A Unit is the unit of a rule's offset.
type Unit string

// The units of a rule. KPU and the election law count both calendar days
// and working days (hari kerja); months are added with end-of-month
// clamping, as [Date.AddMonths] does.
const (
	Days     Unit = "d"  // calendar days
	Workdays Unit = "hk" // hari kerja, working days in a [WorkdayCalendar]
	Months   Unit = "m"  // calendar months
)

// A Rule derives a stage's first or last day from another date, as the
// election law does: "masa tenang is the 3 days before voting day" is the
// rule H-3 for its start and H-1 for its end.
//
// A rule reads "H", "H-3" or "H+35" (relative to voting day), or
// "STAGE.start - 21d" and "STAGE.end + 30hk" (relative to another stage's
// first or last day). The offset's unit is d (calendar days, the default),
// hk (hari kerja) or m (months).
type Rule struct {
	Expr       string // the rule as written, e.g. "masa-tenang.start - 21d"
	Ref        string // the stage referred to; "" for voting day
	RefEnd     bool   // the rule counts from Ref's last day, not its first
	N          int    // the signed offset
	Unit       Unit   // the unit of N
	LegalBasis string // the article that states the rule, if given

	// Set when the schedule is loaded:
	Base   Date // the date counted from
	Result Date // the date the rule gives
}

// ParseRule parses a rule such as "H-3" or "masa-tenang.start - 21d".
func ParseRule(s string) (*Rule, error) {
	expr := strings.TrimSpace(s)
	r := &Rule{Expr: expr, Unit: Days}
	p, ok := splitRule(expr)
	if !ok {
		return nil, fmt.Errorf("invalid rule %q: want H, H-N, H+N or STAGE.start|end ± N with unit d, hk or m", short(s))
	}
	r.Ref, r.RefEnd = p.ref, p.end
	sign, num, unit := p.sign, p.num, p.unit
	if sign == "" {
		return r, nil
	}
	if num == "" {
		if unit != "" {
			return nil, fmt.Errorf("invalid rule %q: %q is not a whole number", short(s), short(unit))
		}
		return nil, fmt.Errorf("invalid rule %q: %q needs a number after it", short(s), short(strings.TrimSpace(expr[:strings.LastIndex(expr, sign)+1])))
	}
	n, err := strconv.Atoi(num)
	if err != nil || n > 100000 {
		return nil, fmt.Errorf("invalid rule %q: offset %s is out of range", short(s), short(num))
	}
	if sign == "-" {
		n = -n
	}
	r.N = n
	switch Unit(unit) {
	case "", Days:
	case Workdays, Months:
		r.Unit = Unit(unit)
	default:
		return nil, fmt.Errorf("invalid rule %q: unknown unit %q: want d, hk or m", short(s), short(unit))
	}
	return r, nil
}

// String returns the rule in its canonical form: "H-3",
// "masa-tenang.start - 21d".
func (r *Rule) String() string {
	base := "H"
	if r.Ref != "" {
		base = r.Ref + ".start"
		if r.RefEnd {
			base = r.Ref + ".end"
		}
	}
	if r.N == 0 {
		return base
	}
	sign, n := "+", r.N
	if n < 0 {
		sign, n = "-", -n
	}
	if r.Ref == "" {
		if r.Unit == Days {
			return fmt.Sprintf("H%s%d", sign, n)
		}
		return fmt.Sprintf("H%s%d%s", sign, n, r.Unit)
	}
	return fmt.Sprintf("%s %s %d%s", base, sign, n, r.Unit)
}

// Describe explains the rule in words in the language l, such as
// "3 hari sebelum hari pemungutan suara (2024-02-14)" or "3 days before
// voting day (2024-02-14)". The words are those of package kata.
func (r *Rule) Describe(l kata.Lang) string {
	var base string
	switch {
	case r.Ref == "":
		base = kata.VotingDay(l)
	case r.RefEnd:
		base = kata.LastDayOf(r.Ref, l)
	default:
		base = kata.FirstDayOf(r.Ref, l)
	}
	return kata.Offset(r.N, string(r.Unit), base+" ("+r.Base.String()+")", l)
}

// WorkdayCalendar is a working-day calendar, such as the Indonesian
// government calendar of package tahapan/libur. Rules in hari kerja and
// countdowns in working days use one.
type WorkdayCalendar interface {
	// IsWorkday reports whether d is a working day.
	IsWorkday(d Date) bool
	// CountWorkdays counts the working days from from to to, both included.
	CountWorkdays(from, to Date) int
	// AddWorkdays returns the n-th working day after d (before d if n < 0),
	// d itself not counted.
	AddWorkdays(d Date, n int) Date
	// Estimated reports whether the range touches a year whose holidays
	// are estimated rather than decreed.
	Estimated(from, to Date) bool
}

// apply returns the date r gives from base.
func (r *Rule) apply(base Date, w WorkdayCalendar) Date {
	switch r.Unit {
	case Months:
		return base.AddMonths(r.N)
	case Workdays:
		return w.AddWorkdays(base, r.N)
	}
	return base.AddDays(r.N)
}
