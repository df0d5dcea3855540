package libur_test

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
	"github.com/rickar/cal/v2"
)

// jakarta is a WIB location of the tests' own, a different pointer from the
// package's: rickar/cal compares location pointers, and the calendars here
// must not care.
var jakarta = time.FixedZone("WIB", 7*60*60)

// naiveCalendar returns a rickar/cal business calendar holding the days c
// lists from from to to, built only from the public API.
func naiveCalendar(c *libur.Calendar, opt libur.Options, from, to tahapan.Date) *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	if opt.SixDayWeek {
		bc.SetWorkday(time.Saturday, true)
	}
	var days []libur.Day
	for _, day := range c.Holidays(from, to) {
		if day.Kind != libur.CutiBersama || !opt.CutiIsWorkday {
			days = append(days, day)
		}
	}
	bc.AddHoliday(libur.CalHolidays(days)...)
	return bc
}

// useRickarCache lets rickar/cal cache every day of the tests' ranges; its
// default cache holds three years. The cache makes a calendar unsafe for
// concurrent use, so these tests do not run in parallel.
func useRickarCache(t *testing.T, bcs ...*cal.BusinessCalendar) {
	old := cal.CacheMaxSize
	cal.CacheMaxSize = 366 * 15
	t.Cleanup(func() { cal.CacheMaxSize = old })
	for _, bc := range bcs {
		bc.Cacheable = true
	}
}

// randomRange returns a random range within [lo, hi]: mostly short, as
// deadlines are, sometimes up to the whole span.
func randomRange(rng *rand.Rand, lo, hi tahapan.Date) (tahapan.Date, tahapan.Date) {
	span := hi.DaysSince(lo)
	from := lo.AddDays(rng.IntN(span + 1))
	var n int
	switch p := rng.IntN(100); {
	case p < 70:
		n = rng.IntN(60)
	case p < 95:
		n = rng.IntN(400)
	default:
		n = rng.IntN(span + 1)
	}
	to := from.AddDays(n)
	if to.After(hi) {
		to = hi
	}
	return from, to
}

// TestCountWorkdaysMatchesRickar compares the fast counter with rickar/cal's
// day-by-day WorkdaysInRange over the same days, on 10,000 random ranges in
// 2019–2030 (decreed and estimated years) for each option set. It checks
// two rickar calendars: one built from Holidays and CalHolidays, and
// Calendar.BusinessCalendar.
func TestCountWorkdaysMatchesRickar(t *testing.T) {
	lo, hi := d(2019, 1, 1), d(2030, 12, 31)
	for _, opt := range []libur.Options{gov, cutiOK} {
		c := mustNew(t, opt)
		naive := naiveCalendar(c, opt, lo, hi)
		bc := c.BusinessCalendar()
		useRickarCache(t, naive, bc)
		rng := rand.New(rand.NewPCG(2024, 214))
		for range 10000 {
			from, to := randomRange(rng, lo, hi)
			got := c.CountWorkdays(from, to)
			want := naive.WorkdaysInRange(from.In(jakarta), to.In(jakarta))
			if got != want {
				t.Fatalf("%+v: CountWorkdays(%v, %v) = %d, rickar/cal WorkdaysInRange = %d", opt, from, to, got, want)
			}
			if w := bc.WorkdaysInRange(from.In(time.UTC), to.In(time.UTC)); w != want {
				t.Fatalf("%+v: BusinessCalendar().WorkdaysInRange(%v, %v) = %d, want %d", opt, from, to, w, want)
			}
		}
	}
}

// TestSixDayWeekMatchesNaive compares the fast counter with a day-by-day
// loop for the six-day week, with and without cuti bersama.
func TestSixDayWeekMatchesNaive(t *testing.T) {
	lo, hi := d(2019, 1, 1), d(2030, 12, 31)
	for _, opt := range []libur.Options{six, sixCuti} {
		c := mustNew(t, opt)
		closed := map[tahapan.Date]bool{}
		for _, day := range c.Holidays(lo, hi) {
			if day.Kind != libur.CutiBersama || !opt.CutiIsWorkday {
				closed[day.Date] = true
			}
		}
		rng := rand.New(rand.NewPCG(2019, 417))
		for range 10000 {
			from, to := randomRange(rng, lo, hi)
			want := 0
			for x := from; !x.After(to); x = x.AddDays(1) {
				if x.Weekday() != time.Sunday && !closed[x] {
					want++
				}
			}
			if got := c.CountWorkdays(from, to); got != want {
				t.Fatalf("%+v: CountWorkdays(%v, %v) = %d, naive loop = %d", opt, from, to, got, want)
			}
		}
	}
}

// TestOutsidePrecomputedYears checks the on-the-fly path, before 1900 and
// after 2200 and across both edges, against a day-by-day loop.
func TestOutsidePrecomputedYears(t *testing.T) {
	c := mustNew(t, gov)
	for _, span := range [][2]tahapan.Date{
		{d(1850, 1, 1), d(1950, 12, 31)},
		{d(2150, 1, 1), d(2250, 12, 31)},
	} {
		lo, hi := span[0], span[1]
		closed := map[tahapan.Date]bool{}
		for _, day := range c.Holidays(lo, hi) {
			closed[day.Date] = true
		}
		rng := rand.New(rand.NewPCG(uint64(lo.Year), 1))
		for range 2000 {
			from, to := randomRange(rng, lo, hi)
			want := 0
			for x := from; !x.After(to); x = x.AddDays(1) {
				if wd := x.Weekday(); wd != time.Saturday && wd != time.Sunday && !closed[x] {
					want++
				}
			}
			if got := c.CountWorkdays(from, to); got != want {
				t.Fatalf("CountWorkdays(%v, %v) = %d, naive loop = %d", from, to, got, want)
			}
		}
	}
}

// TestAddWorkdaysAgreesWithCount checks AddWorkdays against CountWorkdays and
// IsWorkday, and against rickar/cal's WorkdaysFrom on a sample.
func TestAddWorkdaysAgreesWithCount(t *testing.T) {
	for _, opt := range []libur.Options{gov, cutiOK, six} {
		c := mustNew(t, opt)
		bc := c.BusinessCalendar()
		useRickarCache(t, bc)
		rng := rand.New(rand.NewPCG(2020, 1209))
		for i := range 10000 {
			lo, hi := d(2019, 1, 1), d(2030, 12, 31)
			if i%10 == 0 { // also around the edges of the precomputed years
				lo, hi = d(1895, 1, 1), d(1905, 12, 31)
				if i%20 == 0 {
					lo, hi = d(2195, 1, 1), d(2205, 12, 31)
				}
			}
			from := lo.AddDays(rng.IntN(hi.DaysSince(lo) + 1))
			n := rng.IntN(1001) - 500
			due := c.AddWorkdays(from, n)
			switch {
			case n == 0:
				if due != from {
					t.Fatalf("%+v: AddWorkdays(%v, 0) = %v", opt, from, due)
				}
			case n > 0:
				if !due.After(from) || !c.IsWorkday(due) || c.CountWorkdays(from.AddDays(1), due) != n {
					t.Fatalf("%+v: AddWorkdays(%v, %d) = %v: CountWorkdays(%v, %v) = %d, IsWorkday = %v",
						opt, from, n, due, from.AddDays(1), due, c.CountWorkdays(from.AddDays(1), due), c.IsWorkday(due))
				}
			default:
				if !due.Before(from) || !c.IsWorkday(due) || c.CountWorkdays(due, from.AddDays(-1)) != -n {
					t.Fatalf("%+v: AddWorkdays(%v, %d) = %v: CountWorkdays(%v, %v) = %d, IsWorkday = %v",
						opt, from, n, due, due, from.AddDays(-1), c.CountWorkdays(due, from.AddDays(-1)), c.IsWorkday(due))
				}
			}
			if i%5 == 0 && lo.Year == 2019 {
				want := tahapan.DateOf(bc.WorkdaysFrom(from.In(jakarta), n))
				if due != want {
					t.Fatalf("%+v: AddWorkdays(%v, %d) = %v, rickar/cal WorkdaysFrom = %v", opt, from, n, due, want)
				}
			}
		}
	}
}

// TestCalHolidays checks the rickar/cal form of the days: one holiday per
// day, only in its year, at 00:00 WIB.
func TestCalHolidays(t *testing.T) {
	days := libur.Official()
	hs := libur.CalHolidays(days)
	if len(hs) != len(days) {
		t.Fatalf("len(CalHolidays) = %d, want %d", len(hs), len(days))
	}
	for i, h := range hs {
		day := days[i]
		act, obs := h.Calc(day.Date.Year)
		if tahapan.DateOf(act) != day.Date || !act.Equal(obs) || act.Hour() != 0 || act.Location().String() != "WIB" {
			t.Errorf("%s: Calc(%d) = %v, %v; want 00:00 WIB on that day", day.Name, day.Date.Year, act, obs)
		}
		if a, _ := h.Calc(day.Date.Year + 1); !a.IsZero() {
			t.Errorf("%s %v: Calc(%d) = %v, want the zero time", day.Name, day.Date, day.Date.Year+1, a)
		}
		if h.Name != day.Name || h.Description != day.NameEN {
			t.Errorf("CalHolidays[%d] = %q %q, want %q %q", i, h.Name, h.Description, day.Name, day.NameEN)
		}
	}
	// A day's holiday applies to a time in any location: Pemilu 2024 at
	// 00:00 and 23:59 in WIB and in UTC.
	bc := mustNew(t, gov).BusinessCalendar()
	for _, tm := range []time.Time{
		time.Date(2024, 2, 14, 0, 0, 0, 0, jakarta),
		time.Date(2024, 2, 14, 23, 59, 0, 0, jakarta),
		time.Date(2024, 2, 14, 12, 0, 0, 0, time.UTC),
	} {
		if bc.IsWorkday(tm) {
			t.Errorf("BusinessCalendar().IsWorkday(%v) = true, want false", tm)
		}
	}
}

// TestConcurrentUse runs the holiday functions, the rickar/cal calendar and
// the Calendar from many goroutines; go test -race must stay quiet.
func TestConcurrentUse(t *testing.T) {
	c := mustNew(t, gov)
	hs := libur.CalHolidays(libur.Official())
	bc := c.BusinessCalendar()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 300 {
				h := hs[(g*37+i)%len(hs)]
				h.Calc(h.StartYear)
				for _, r := range bc.Holidays {
					r.Calc(2027 + i%5)
				}
				day := d(2019+i%12, time.Month(1+i%12), 1+g)
				bc.IsWorkday(day.In(jakarta))
				c.IsWorkday(day)
				c.CountWorkdays(day, day.AddDays(100))
				c.AddWorkdays(day, 20-g)
				c.Explain(day, day.AddDays(10))
				c.Holidays(day, day.AddDays(30))
			}
		}()
	}
	wg.Wait()
}

// TestConcurrentFirstUse builds the years of a fresh Calendar from many
// goroutines at once, each asking for overlapping ranges, and checks every
// answer against one computed beforehand from a single goroutine; go test
// -race must stay quiet.
func TestConcurrentFirstUse(t *testing.T) {
	type query struct {
		from, to tahapan.Date
		n        int
	}
	type answer struct {
		count, holidays int
		back            tahapan.Date
	}
	for _, opt := range []libur.Options{gov, cutiOK} {
		var queries [8][40]query
		var want [8][40]answer
		ref := mustNew(t, opt)
		for g := range queries {
			for i := range queries[g] {
				from := d(2017+(g+i)%14, time.Month(1+i%12), 1+g)
				q := query{from, from.AddDays(200 + 97*g), -30 - g}
				queries[g][i] = q
				want[g][i] = answer{ref.CountWorkdays(q.from, q.to), len(ref.Holidays(q.from, q.to)), ref.AddWorkdays(q.to, q.n)}
			}
		}
		c := mustNew(t, opt)
		var wg sync.WaitGroup
		errs := make(chan string, 8*40)
		for g := range queries {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i, q := range queries[g] {
					got := answer{c.CountWorkdays(q.from, q.to), len(c.Holidays(q.from, q.to)), c.AddWorkdays(q.to, q.n)}
					if got != want[g][i] {
						errs <- fmt.Sprintf("%v…%v, %d: got %+v, want %+v", q.from, q.to, q.n, got, want[g][i])
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
		}
	}
}
