package libur_test

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

// The hostile holiday-file shapes: inputs of about n bytes that once took
// quadratic time to use.
var liburShapes = []struct {
	name string
	gen  func(n int) []byte
}{
	// Many days with distinct names on one date of a year with no decree:
	// merging them compared each day with every earlier one of its date,
	// rebuilding both keys each time, on every build and every list of the
	// year's days. 5,000 days took 9 s, 20,000 days 128 s.
	{"one date, estimated year", func(n int) []byte { return oneDate(n, false) }},
	// The same in a year given in full: the official list is merged once,
	// when the year is built.
	{"one date, complete year", func(n int) []byte { return oneDate(n, true) }},
}

// oneDate returns a holiday file of about n bytes whose days all fall on
// 2028-03-01, each with its own name.
func oneDate(n int, complete bool) []byte {
	var b bytes.Buffer
	b.WriteString("2028:\n")
	if complete {
		b.WriteString("  complete: true\n")
	}
	b.WriteString("  days:\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "    - {date: 2028-03-01, kind: libur_nasional, name: \"Hari %d\", decree: \"X\"}\n", i)
	}
	return b.Bytes()
}

// useTime returns the shortest of three runs of what the CLI does with a
// holiday file: load it, make a Calendar, count, explain and list the
// year's days. The file is parsed before the clock starts: Load has its
// own linear-time checks.
func useTime(t *testing.T, data []byte) time.Duration {
	years, err := libur.Load(bytes.NewReader(data), "x.yaml")
	if err != nil {
		t.Fatal(err)
	}
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		useYears(t, years)
		best = min(best, time.Since(start))
	}
	return best
}

func useYears(t testing.TB, years []libur.Year) {
	c, err := libur.New(libur.Options{Extra: years})
	if err != nil {
		t.Fatal(err)
	}
	from, to := d(2028, 1, 1), d(2028, 12, 31)
	c.CountWorkdays(from, to)
	ex := c.Explain(from, to)
	days := c.Holidays(from, to)
	if len(ex.Skipped) == 0 || len(days) < len(years[0].Days) {
		t.Fatalf("Explain skipped %d days, Holidays listed %d: want every one of the %d days given",
			len(ex.Skipped), len(days), len(years[0].Days))
	}
}

// raceEnabled is set when the race detector is on, which makes timings
// meaningless.
var raceEnabled bool

// TestUseLinear checks that using 16 times the days takes about 16 times
// as long, not 256 times: each shape at 64 KB and at 1 MB, with the bound
// of ical's TestLintLinear (64 times plus 500 ms).
func TestUseLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing test")
	}
	for _, sh := range liburShapes {
		t.Run(sh.name, func(t *testing.T) {
			small, large := sh.gen(64<<10), sh.gen(1<<20)
			ts, tl := useTime(t, small), useTime(t, large)
			t.Logf("%d bytes: %v; %d bytes: %v (×%.1f)", len(small), ts, len(large), tl, float64(tl)/float64(ts))
			if tl > 64*ts+500*time.Millisecond {
				t.Errorf("16× the days took %v against %v: not linear", tl, ts)
			}
		})
	}
}

// BenchmarkUseHostile uses each hostile shape at 1 MB, as useTime does.
func BenchmarkUseHostile(b *testing.B) {
	for _, sh := range liburShapes {
		years, err := libur.Load(bytes.NewReader(sh.gen(1<<20)), "x.yaml")
		if err != nil {
			b.Fatal(err)
		}
		b.Run(sh.name, func(b *testing.B) {
			for b.Loop() {
				useYears(b, years)
			}
		})
	}
}
