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

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := libur.New(libur.Options{}); err != nil {
			b.Fatal(err)
		}
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
