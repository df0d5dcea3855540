package libur

import (
	"cmp"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

// Options choose what counts as a working day. The zero Options give the
// government-office calendar with the built-in data: Monday to Friday,
// closed on every libur nasional, libur pemilu and cuti bersama day.
type Options struct {
	// CutiIsWorkday counts cuti bersama days as working days, as many
	// private employers do. By default they are not working days.
	CutiIsWorkday bool

	// SixDayWeek makes Saturday a working day (a Monday–Saturday week).
	SixDayWeek bool

	// Extra holds the user's data, usually from [Load] or [LoadFile],
	// applied in order after the built-in data. A Complete year replaces
	// the official list of its year (a later Complete entry wins over an
	// earlier one) and makes the year decreed; the days of other entries
	// are added to their year. A day whose date and name are already in
	// the year is not added twice.
	Extra []Year
}

// The years a Calendar keeps, each built on first use. Dates outside them
// (and outside the years of any Extra data) are still handled, by computing
// each year's estimate on the fly; they are correct but slower.
const (
	tableFirst = 1900
	tableLast  = 2200
)

// A Calendar answers working-day questions for Indonesian offices: whether a
// day is a working day, how many working days a range holds, which day is n
// working days away, and why each day in a range was skipped.
//
// A working day is a day of the working week (Monday to Friday, or to
// Saturday with [Options.SixDayWeek]) that is not a non-working day: a
// libur nasional, a libur pemilu or, unless [Options.CutiIsWorkday], a cuti
// bersama day. Years with a decree use its days; other years use
// [Estimate], and results that touch them say so (see [Calendar.Estimated]).
//
// A Calendar builds each year from 1900 to 2200 the first time a call needs
// it: a bitset of its working days and their number, from the year's
// decreed days or its estimate (whose lunar dates are computed then, once
// per process). After that, counts cost a few popcounts per year of the range
// and allocate nothing. A Calendar is immutable as far as its callers can
// tell, and safe for concurrent use: two goroutines that build the same
// year at once build equal values, and one of them is kept. Make one with
// [New]; the zero Calendar is not usable.
//
// Dates are civil dates; one that does not exist, such as 2024-02-30, is
// normalized first as [time.Date] does (to 2024-03-01).
type Calendar struct {
	cutiIsWorkday bool
	sixDayWeek    bool
	first         int                        // year of years[0]
	years         []atomic.Pointer[yearData] // first … first+len(years)-1, each built on first use
	isDecreed     []bool                     // whether each year of years has an official list
	week          [7]yearBits
	extra         map[int]*extraYear // the days of Options.Extra, by year; read-only
	decreed       []int              // decreed years, sorted
}

// yearBits has bit i set when day i of a year (0 is 1 January) is a working
// day. 6×64 bits hold 366 days.
type yearBits [6]uint64

// yearData is one built year. It is never modified once stored.
type yearData struct {
	work  yearBits
	total int // working days in the year
	// days are the official list plus added days; for a year with no
	// decree, the added days and the estimate, or nil when nothing is
	// added. Sorted, no day twice; shared, read-only.
	days []Day
}

// extraYear is the data of Options.Extra for one year.
type extraYear struct {
	complete bool  // official replaces the year's official list
	official []Day // the last Complete entry's days
	added    []Day // the days of the other entries
}

// New returns a Calendar for opt. It does little work itself: each year is
// built the first time a call needs it. It reports an error if a Year in
// opt.Extra is not from 1 to 9999, or one of its days has a date that does
// not exist or is not in that year, an unknown kind, no name, or a control
// character in a name, decree or note; data from [Load] has none of these
// problems.
func New(opt Options) (*Calendar, error) {
	if err := checkExtra(opt.Extra); err != nil {
		return nil, err
	}
	c := &Calendar{
		cutiIsWorkday: opt.CutiIsWorkday,
		sixDayWeek:    opt.SixDayWeek,
	}
	first, last := tableFirst, tableLast
	for _, y := range opt.Extra {
		if c.extra == nil {
			c.extra = make(map[int]*extraYear)
		}
		e := c.extra[y.Year]
		if e == nil {
			e = &extraYear{}
			c.extra[y.Year] = e
		}
		days := make([]Day, len(y.Days))
		for i, d := range y.Days {
			days[i] = d.clone() // the caller keeps y.Days
		}
		if y.Complete {
			e.complete, e.official = true, days
		} else {
			e.added = append(e.added, days...)
		}
		first, last = min(first, y.Year), max(last, y.Year)
	}
	c.first = first
	c.years = make([]atomic.Pointer[yearData], last-first+1)
	c.isDecreed = make([]bool, len(c.years))
	for _, y := range builtinData {
		c.isDecreed[y.Year-first] = true
	}
	for y, e := range c.extra {
		if e.complete {
			c.isDecreed[y-first] = true
		}
	}
	for i, ok := range c.isDecreed {
		if ok {
			c.decreed = append(c.decreed, first+i)
		}
	}
	if c.sixDayWeek {
		c.week = weeks[1]()
	} else {
		c.week = weeks[0]()
	}
	return c, nil
}

// weeks are the working days of a year that starts on each weekday, before
// holidays: Monday to Friday ([0]) or Monday to Saturday ([1]). Each is
// computed once per process.
var weeks = [2]func() [7]yearBits{
	sync.OnceValue(func() [7]yearBits { return weekTable(false) }),
	sync.OnceValue(func() [7]yearBits { return weekTable(true) }),
}

func weekTable(sixDayWeek bool) [7]yearBits {
	var week [7]yearBits
	for w := range week {
		for i := range 366 {
			wd := time.Weekday((w + i) % 7)
			if wd != time.Sunday && (wd != time.Saturday || sixDayWeek) {
				week[w][i>>6] |= 1 << (i & 63)
			}
		}
	}
	return week
}

// year returns years[i], building it on first use.
func (c *Calendar) year(i int) *yearData {
	if yd := c.years[i].Load(); yd != nil {
		return yd
	}
	return build(c, i)
}

// build builds c.years[i] and stores it, unless another goroutine stored it
// first; either way it returns the stored value.
func build(c *Calendar, i int) *yearData {
	y := c.first + i
	decreed := c.isDecreed[i]
	var list, added []Day
	if e := c.extra[y]; e != nil {
		added = e.added
		if e.complete {
			list = e.official
		}
	}
	yd := &yearData{}
	switch {
	case list == nil && decreed && len(added) == 0:
		yd.days = builtinYear(y) // sorted, no day twice (TestBuiltinGenerated): shared as is
	case decreed:
		if list == nil {
			list = builtinYear(y)
		}
		yd.days = dedupe(append(slices.Clone(list), added...))
	case len(added) > 0:
		// The added days first, so that a day the user gives wins over an
		// estimated day of the same date and name. Built once here, not on
		// every call of yearDays.
		yd.days = dedupe(append(slices.Clone(added), Estimate(y)...))
	}
	if decreed {
		yd.work = c.weekBits(y)
	} else {
		yd.work = c.estimatedBits(y)
	}
	for _, d := range yd.days {
		if d.Kind != CutiBersama || !c.cutiIsWorkday {
			yd.work.clear(yday(d.Date))
		}
	}
	yd.total = yd.work.countBelow(366)
	c.years[i].CompareAndSwap(nil, yd) // a racing build stored an equal value
	return c.years[i].Load()
}

// checkExtra reports days that New cannot use.
func checkExtra(extra []Year) error {
	var errs []error
	for _, y := range extra {
		if y.Year < 1 || y.Year > 9999 {
			errs = append(errs, fmt.Errorf("libur: extra year %d: want a year from 1 to 9999", y.Year))
			continue
		}
		for _, d := range y.Days {
			var msg string
			switch {
			case !d.Date.IsValid():
				msg = "invalid date"
			case d.Date.Year != y.Year:
				msg = fmt.Sprintf("not in year %d", y.Year)
			case !d.Kind.valid():
				msg = fmt.Sprintf("unknown kind %q", d.Kind)
			case d.Confidence != "" && !d.Confidence.Valid():
				msg = fmt.Sprintf("unknown confidence %s", quote(string(d.Confidence)))
			case strings.TrimSpace(d.Name) == "":
				msg = "no name"
			default:
				for _, t := range [...]struct{ key, s string }{
					{"name", d.Name}, {"name_en", d.NameEN}, {"decree", d.Decree}, {"note", d.Note}, {"note_en", d.NoteEN},
				} {
					if msg = checkText(t.key, t.s); msg != "" {
						break
					}
				}
				if msg == "" {
					continue
				}
			}
			errs = append(errs, fmt.Errorf("libur: extra day %s %s: %s", d.Date, quote(d.Name), msg))
		}
	}
	return errors.Join(errs...)
}

// dedupe sorts days by date and drops a day whose date and name (ignoring
// case and runs of spaces) are already in the list: of two equal days, the
// first one given is kept. It takes time linear in len(days), however many
// fall on one date: each day's key is computed once and looked up in a map,
// as [Load] finds a repeated day.
func dedupe(days []Day) []Day {
	sortDays(days)
	seen := make(map[sameDay]struct{}, len(days))
	out := days[:0]
	for _, d := range days {
		k := sameDayKey(d)
		if _, dup := seen[k]; dup {
			continue
		}
		seen[k] = struct{}{}
		out = append(out, d)
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clip(out)
}

// weekBits returns the days of year's working week, before holidays.
func (c *Calendar) weekBits(year int) yearBits {
	b := c.week[tahapan.D(year, time.January, 1).Weekday()]
	if !isLeap(year) {
		b.clear(365)
	}
	return b
}

// estimatedBits returns the working days of a year with no decree, before
// any added days.
func (c *Calendar) estimatedBits(year int) yearBits {
	b := c.weekBits(year)
	for _, d := range estimatedDates(year) {
		b.clear(yday(d))
	}
	if i := year - tableFirst; uint(i) < uint(len(lunarTable)) {
		for _, p := range lunarTable[i] {
			if p.k1 == 0 {
				break
			}
			b.clear(int(p.yday))
		}
		return b
	}
	ly := computeLunar(year) // on the stack: no allocation
	b.clearLunar(&ly)
	return b
}

// clearLunar clears the estimated lunar holidays of ly.
func (b *yearBits) clearLunar(ly *lunarYear) {
	for i := range ly.n {
		b.clear(yday(ly.days[i].date))
	}
}

// bitsOf returns the working days of year, kept or computed.
func (c *Calendar) bitsOf(year int) yearBits {
	if i := year - c.first; uint(i) < uint(len(c.years)) {
		return c.year(i).work
	}
	return c.estimatedBits(year)
}

func (b *yearBits) clear(i int) { b[i>>6] &^= 1 << (i & 63) }

func (b *yearBits) has(i int) bool { return b[i>>6]&(1<<(i&63)) != 0 }

// countBelow returns the number of set bits below bit i (0 ≤ i ≤ 384).
func (b *yearBits) countBelow(i int) int {
	n := 0
	w := i >> 6
	for k := range w {
		n += bits.OnesCount64(b[k])
	}
	if w < len(b) {
		n += bits.OnesCount64(b[w] & (1<<(i&63) - 1))
	}
	return n
}

// selectUp returns the position of the n-th set bit (n ≥ 1) at or above bit
// lo; the caller knows there are at least n.
func (b *yearBits) selectUp(lo, n int) int {
	for w := lo >> 6; w < len(b); w++ {
		x := b[w]
		if w == lo>>6 {
			x &^= 1<<(lo&63) - 1
		}
		if k := bits.OnesCount64(x); k < n {
			n -= k
			continue
		}
		for ; n > 1; n-- {
			x &= x - 1 // drop the lowest set bit
		}
		return w<<6 + bits.TrailingZeros64(x)
	}
	panic("libur: selectUp: too few bits")
}

// selectDown returns the position of the n-th set bit (n ≥ 1) at or below
// bit hi, counting down; the caller knows there are at least n.
func (b *yearBits) selectDown(hi, n int) int {
	for w := hi >> 6; w >= 0; w-- {
		x := b[w]
		if w == hi>>6 && hi&63 != 63 {
			x &= 1<<(hi&63+1) - 1
		}
		if k := bits.OnesCount64(x); k < n {
			n -= k
			continue
		}
		for ; n > 1; n-- {
			x &^= 1 << (63 - bits.LeadingZeros64(x)) // drop the highest set bit
		}
		return w<<6 + 63 - bits.LeadingZeros64(x)
	}
	panic("libur: selectDown: too few bits")
}

var daysBefore = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func yearLen(y int) int {
	if isLeap(y) {
		return 366
	}
	return 365
}

// yday returns the day of the year of a valid date: 0 for 1 January.
func yday(d tahapan.Date) int {
	n := daysBefore[d.Month-1] + d.Day - 1
	if d.Month > time.February && isLeap(d.Year) {
		n++
	}
	return n
}

// norm normalizes a date that does not exist, as time.Date does.
func norm(d tahapan.Date) tahapan.Date {
	if d.Month >= time.January && d.Month <= time.December && d.Day >= 1 && d.Day <= 28 {
		return d // the common case, without the full check
	}
	if d.IsValid() {
		return d
	}
	return tahapan.DateOf(d.In(time.UTC))
}

// IsWorkday reports whether d is a working day.
func (c *Calendar) IsWorkday(d tahapan.Date) bool {
	d = norm(d)
	if i := d.Year - c.first; uint(i) < uint(len(c.years)) {
		return c.year(i).work.has(yday(d))
	}
	b := c.estimatedBits(d.Year)
	return b.has(yday(d))
}

// CountWorkdays returns the number of working days from from to to, both
// included, as rickar/cal's WorkdaysInRange counts; 0 when to is before
// from. It does not allocate once the years of the range are built.
//
// To count the working days strictly between two events, pass the day after
// the first and the day before the second.
func (c *Calendar) CountWorkdays(from, to tahapan.Date) int {
	from, to = norm(from), norm(to)
	if to.Before(from) {
		return 0
	}
	i, j := from.Year-c.first, to.Year-c.first
	if uint(i) < uint(len(c.years)) && uint(j) < uint(len(c.years)) {
		// c.year by hand: it does not inline, and this is the hot path.
		a := c.years[i].Load()
		if a == nil {
			a = build(c, i)
		}
		n := -a.work.countBelow(yday(from))
		b := a
		for k := i; k < j; k++ {
			n += b.total
			if b = c.years[k+1].Load(); b == nil {
				b = build(c, k+1)
			}
		}
		return n + b.work.countBelow(yday(to)+1)
	}
	n := 0
	lo := yday(from)
	for y := from.Year; y <= to.Year; y++ {
		b := c.bitsOf(y)
		hi := yearLen(y) - 1
		if y == to.Year {
			hi = yday(to)
		}
		n += b.countBelow(hi+1) - b.countBelow(lo)
		lo = 0
	}
	return n
}

// AddWorkdays returns the n-th working day after d, d itself not counted:
// AddWorkdays(d, 1) is the first working day after d, whether or not d is
// one. A negative n counts backwards: AddWorkdays(d, -1) is the last
// working day before d. AddWorkdays(d, 0) returns d. It does not allocate
// once the years it crosses are built.
//
// For n > 0, CountWorkdays(d.AddDays(1), AddWorkdays(d, n)) == n; for
// n < 0, CountWorkdays(AddWorkdays(d, n), d.AddDays(-1)) == -n.
func (c *Calendar) AddWorkdays(d tahapan.Date, n int) tahapan.Date {
	d = norm(d)
	if n == 0 {
		return d
	}
	y := d.Year
	if n > 0 {
		lo := yday(d) + 1
		for {
			b := c.bitsOf(y)
			if k := b.countBelow(yearLen(y)) - b.countBelow(lo); n > k {
				n -= k
			} else {
				return tahapan.D(y, time.January, 1).AddDays(b.selectUp(lo, n))
			}
			y, lo = y+1, 0
		}
	}
	n = -n
	hi := yday(d) - 1
	for {
		if hi >= 0 {
			b := c.bitsOf(y)
			if k := b.countBelow(hi + 1); n > k {
				n -= k
			} else {
				return tahapan.D(y, time.January, 1).AddDays(b.selectDown(hi, n))
			}
		}
		y--
		hi = yearLen(y) - 1
	}
}

// NextWorkday returns the first working day strictly after d, whether or not
// d is one: AddWorkdays(d, 1).
func (c *Calendar) NextWorkday(d tahapan.Date) tahapan.Date {
	return c.AddWorkdays(d, 1)
}

// Decreed reports whether year has an official list: the built-in data for
// 2019–2027, or a Complete year in [Options.Extra]. Other years are
// estimated. It does not build the year.
func (c *Calendar) Decreed(year int) bool {
	if i := year - c.first; uint(i) < uint(len(c.isDecreed)) {
		return c.isDecreed[i]
	}
	return false
}

// Estimated reports whether the range from from to to (in either order)
// touches a year with no decree, whose days are only estimated: a count or
// deadline over it must say so (see [EstimatedNote]).
func (c *Calendar) Estimated(from, to tahapan.Date) bool {
	from, to = norm(from), norm(to)
	if to.Before(from) {
		from, to = to, from
	}
	for y := from.Year; y <= to.Year; y++ {
		if !c.Decreed(y) {
			return true
		}
	}
	return false
}

// yearDays returns year's days, sorted: the official list and added days,
// or for a year with no decree its estimate and added days. The result may
// be shared: do not modify it.
func (c *Calendar) yearDays(year int) []Day {
	i := year - c.first
	if uint(i) >= uint(len(c.years)) {
		return Estimate(year)
	}
	yd := c.year(i)
	if !c.isDecreed[i] && len(yd.days) == 0 {
		return Estimate(year)
	}
	return yd.days
}

// Holidays returns every non-working day from from to to, both included,
// sorted by date: the decreed days, the days of [Options.Extra], and for
// years with no decree the [Estimate]. Cuti bersama days are listed even
// with [Options.CutiIsWorkday]; weekends are not listed. The slice is a fresh
// copy.
func (c *Calendar) Holidays(from, to tahapan.Date) []Day {
	from, to = norm(from), norm(to)
	var out []Day
	for y := from.Year; y <= to.Year; y++ {
		for _, d := range c.yearDays(y) {
			if !d.Date.Before(from) && !d.Date.After(to) {
				out = append(out, d.clone())
			}
		}
	}
	return out
}

// An Explanation is a working-day count with every day it skipped, so the
// count can be checked line by line.
//
// Show [Explanation.Notes] with it: what may still change about the days
// it skipped, such as the 2027 Idul Fitri days, which the Menteri Agama may
// move after the isbat, and its cuti bersama, which rest on one source.
// With Estimated, show [EstimatedNote] too.
type Explanation struct {
	From      tahapan.Date `json:"from"`      // first day of the range counted
	To        tahapan.Date `json:"to"`        // last day of the range counted
	Workdays  int          `json:"workdays"`  // working days from From to To, both included
	Estimated bool         `json:"estimated"` // the range touches a year with no decree: see [EstimatedNote]
	Skipped   []Skip       `json:"skipped"`   // every day from From to To that is not a working day, in order
}

// Notes returns the notes of the days ex skipped ([Day.LocalNote]) in lang,
// each once, in the order of the days: what may still change about them.
// It returns nil when none of them has a note, as for every day decreed
// before 2027.
func (ex Explanation) Notes(lang kata.Lang) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ex.Skipped {
		for _, d := range s.Days {
			if n := d.LocalNote(lang); n != "" && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// A Skip is a day that is not a working day, and why.
type Skip struct {
	Date tahapan.Date `json:"date"`
	// Reason is "Sabtu" or "Minggu" for a day outside the working week,
	// otherwise the names of the days that close offices, joined by "; ":
	// in Indonesian. ReasonEN is the same in English ("Saturday", the
	// English names); see [Skip.LocalReason].
	Reason   string `json:"reason"`
	ReasonEN string `json:"reason_en"`
	Days     []Day  `json:"days,omitempty"` // every Day on Date, also on a weekend
}

// LocalReason returns the reason of the skip in lang ("id" or "en").
func (s Skip) LocalReason(lang kata.Lang) string {
	return lang.Pick(s.Reason, cmp.Or(s.ReasonEN, s.Reason))
}

// String returns the skip as one line in Indonesian; see [Skip.Text].
func (s Skip) String() string { return s.Text("id") }

// Text returns the skip as one line in lang ("id" or "en"), such as
//
//	2024-04-10 Rabu: Hari Raya Idul Fitri 1445 H (libur nasional, SKB 3 Menteri 855/2023, 3/2023, 4/2023)
//	2024-04-13 Saturday
//	2028-12-25 Monday: Christmas Day (Birth of Jesus Christ) (national holiday, estimate: fixed date: 25 December)
//
// An estimated day shows "perkiraan" ("estimate") and its method instead
// of a decree.
func (s Skip) Text(lang kata.Lang) string {
	l := lang
	var b strings.Builder
	b.WriteString(s.Date.String())
	b.WriteByte(' ')
	b.WriteString(kata.Weekday(s.Date.Weekday(), l))
	for i, d := range s.Days {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		src := d.Decree
		if d.Estimated {
			src = l.Pick("perkiraan: ", "estimate: ") + d.LocalMethod(lang)
		}
		fmt.Fprintf(&b, "%s (%s, %s)", d.LocalName(lang), d.Kind.Local(l), src)
	}
	return b.String()
}

// Explain counts the working days from from to to, both included, as
// [Calendar.CountWorkdays] does, and lists every day it skipped with the
// reason: the weekend day, or each holiday's name, kind and decree. Its
// [Explanation.Notes] say what may still change about those days. When to
// is before from the range is empty.
func (c *Calendar) Explain(from, to tahapan.Date) Explanation {
	from, to = norm(from), norm(to)
	ex := Explanation{
		From:      from,
		To:        to,
		Workdays:  c.CountWorkdays(from, to),
		Estimated: c.Estimated(from, to),
	}
	for y := from.Year; y <= to.Year; y++ {
		b := c.bitsOf(y)
		days := c.yearDays(y)
		lo, hi := 0, yearLen(y)-1
		if y == from.Year {
			lo = yday(from)
		}
		if y == to.Year {
			hi = yday(to)
		}
		jan1 := tahapan.D(y, time.January, 1)
		k := 0
		for i := lo; i <= hi; i++ {
			if b.has(i) {
				continue
			}
			d := jan1.AddDays(i)
			for k < len(days) && days[k].Date.Before(d) {
				k++
			}
			s := Skip{Date: d}
			var names, namesEN []string
			for ; k < len(days) && days[k].Date == d; k++ {
				s.Days = append(s.Days, days[k].clone())
				if days[k].Kind != CutiBersama || !c.cutiIsWorkday {
					names = append(names, days[k].Name)
					namesEN = append(namesEN, days[k].LocalName(kata.English))
				}
			}
			switch wd := d.Weekday(); {
			case wd == time.Sunday || wd == time.Saturday && !c.sixDayWeek:
				s.Reason, s.ReasonEN = kata.Weekday(wd, kata.Indonesian), kata.Weekday(wd, kata.English)
			default:
				s.Reason, s.ReasonEN = strings.Join(names, "; "), strings.Join(namesEN, "; ")
			}
			ex.Skipped = append(ex.Skipped, s)
		}
	}
	return ex
}

// Deadline returns the n-th working day after d, as [Calendar.AddWorkdays]
// does, with the explanation of the days counted: from the day after d to
// the deadline for n > 0, from the deadline to the day before d for n < 0.
// It is the one call behind "n hari kerja setelah d".
//
// When a rule counts d itself as day 1 (as the Constitutional Court counts
// the day a case is registered), pass d.AddDays(-1).
func (c *Calendar) Deadline(d tahapan.Date, n int) (tahapan.Date, Explanation) {
	d = norm(d)
	due := c.AddWorkdays(d, n)
	switch {
	case n > 0:
		return due, c.Explain(d.AddDays(1), due)
	case n < 0:
		return due, c.Explain(due, d.AddDays(-1))
	}
	return due, Explanation{From: d.AddDays(1), To: d, Estimated: c.Estimated(d, d)}
}
