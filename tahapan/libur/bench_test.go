package libur_test

import (
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

// The benchmarks count the same range, from 2022-06-14 (the start of the
// Pemilu 2024 stages) to 2024-02-14 (voting day), over the same days: the
// government-office calendar of the built-in data.
var benchFrom, benchTo = d(2022, 6, 14), d(2024, 2, 14)

var sink int

func BenchmarkCountWorkdays(b *testing.B) {
	c := mustNew(b, libur.Options{})
	b.ReportAllocs()
	for b.Loop() {
		sink = c.CountWorkdays(benchFrom, benchTo)
	}
}

func BenchmarkRickarWorkdaysInRange(b *testing.B) {
	c := mustNew(b, libur.Options{})
	bc := c.BusinessCalendar()
	start, end := benchFrom.In(jakarta), benchTo.In(jakarta)
	if got, want := bc.WorkdaysInRange(start, end), c.CountWorkdays(benchFrom, benchTo); got != want {
		b.Fatalf("rickar/cal counts %d, Calendar %d", got, want)
	}
	b.ReportAllocs()
	for b.Loop() {
		sink = bc.WorkdaysInRange(start, end)
	}
}

func BenchmarkAddWorkdays(b *testing.B) {
	c := mustNew(b, libur.Options{})
	b.ReportAllocs()
	for b.Loop() {
		sink = c.AddWorkdays(benchFrom, 411).Day
	}
}

// BenchmarkCountWorkdaysCentury counts over 1900–2200: a few popcounts
// per year of the range, once the years are built.
func BenchmarkCountWorkdaysCentury(b *testing.B) {
	c := mustNew(b, libur.Options{})
	from, to := d(1900, 1, 1), d(2200, 12, 31)
	c.CountWorkdays(from, to)
	b.ReportAllocs()
	for b.Loop() {
		sink = c.CountWorkdays(from, to)
	}
}

// BenchmarkNew makes a Calendar, which builds no year.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := libur.New(libur.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstCount is what tahapan countdown pays for its working days:
// a new Calendar and its first count, from 2023-07-24 to 2024-02-13, which
// builds 2023 and 2024 from their decreed days. The days are parsed once
// per process (BenchmarkParseBuiltinYear times that), so this is the cost
// of building the two years.
func BenchmarkFirstCount(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, _ := libur.New(libur.Options{})
		sink = c.CountWorkdays(d(2023, 7, 24), d(2024, 2, 13))
	}
}

// BenchmarkFirstCountEstimated is a new Calendar and its first count over
// 2028–2029, two estimated years. The lunar dates are computed once per
// process and year (BenchmarkComputeLunar times that).
func BenchmarkFirstCountEstimated(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, _ := libur.New(libur.Options{})
		sink = c.CountWorkdays(d(2028, 1, 1), d(2029, 12, 31))
	}
}

// BenchmarkFirstCountAllYears builds every year from 1900 to 2200, as New
// did before it built years on first use (the lunar dates cached).
func BenchmarkFirstCountAllYears(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, _ := libur.New(libur.Options{})
		sink = c.CountWorkdays(d(1900, 1, 1), d(2200, 12, 31))
	}
}

// BenchmarkEstimate estimates one year's holidays, names and methods
// included, once its lunar dates are cached (BenchmarkComputeLunar times
// their computation).
func BenchmarkEstimate(b *testing.B) {
	libur.Estimate(2027) // compute and cache the lunar dates
	b.ReportAllocs()
	for b.Loop() {
		sink = len(libur.Estimate(2027))
	}
}
