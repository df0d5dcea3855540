package libur_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/internal/scaletest"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

// The hostile holiday-file shapes: inputs of about n bytes that once took
// quadratic time to use.
var liburShapes = []scaletest.Shape{
	// Many days with distinct names on one date of a year with no decree:
	// merging them compared each day with every earlier one of its date,
	// rebuilding both keys each time, on every build and every list of the
	// year's days. 5,000 days took 9 s, 20,000 days 128 s.
	{Name: "one date, estimated year", Gen: func(n int) []byte { return oneDate(n, false) }},
	// The same in a year given in full: the official list is merged once,
	// when the year is built.
	{Name: "one date, complete year", Gen: func(n int) []byte { return oneDate(n, true) }},
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

// TestUseLinear checks that using 16 times the days takes about 16 times
// as long, not 256 times: each shape at 64 KB and at 1 MB. The file is
// parsed before the clock starts (Load has its own linear-time checks);
// what is timed is what the CLI does with it: make a Calendar, count,
// explain and list the year's days.
func TestUseLinear(t *testing.T) {
	load := func(t testing.TB, data []byte) []libur.Year {
		years, err := libur.Load(bytes.NewReader(data), "x.yaml")
		if err != nil {
			t.Fatal(err)
		}
		return years
	}
	scaletest.Linear(t, 64<<10, liburShapes, load, useYears)
}

// BenchmarkUseHostile uses each hostile shape at 1 MB, as useTime does.
func BenchmarkUseHostile(b *testing.B) {
	for _, sh := range liburShapes {
		years, err := libur.Load(bytes.NewReader(sh.Gen(1<<20)), "x.yaml")
		if err != nil {
			b.Fatal(err)
		}
		b.Run(sh.Name, func(b *testing.B) {
			for b.Loop() {
				useYears(b, years)
			}
		})
	}
}
