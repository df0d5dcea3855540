package tahapan_test

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// The hostile schedule shapes of issue #12, of about n bytes.
var loadShapes = []struct {
	name string
	gen  func(n int) []byte
}{
	// Every stage's start is a rule on the next one's, the last on the
	// first's: one cycle through every stage. Reporting it once took 14 s
	// for 40k stages, and the report was one 669 KB line.
	{"rule cycle", func(n int) []byte {
		k := n / 80
		var b bytes.Buffer
		b.WriteString("id: cyc\nname: Cycle\nvoting_day: 2024-02-14\nstages:\n")
		for i := range k {
			fmt.Fprintf(&b, "  - id: s%d\n    name: S%d\n    start: s%d.start + 1d\n    end: 2024-01-01\n", i, i, (i+1)%k)
		}
		return b.Bytes()
	}},
	// A chain of rules, each stage starting the day after the next one:
	// no cycle, but resolving it goes as deep as the schedule is long.
	{"rule chain", func(n int) []byte {
		k := n / 80
		var b bytes.Buffer
		b.WriteString("id: chain\nname: Chain\nvoting_day: 2024-02-14\nstages:\n")
		for i := range k {
			start := fmt.Sprintf("s%d.start + 0d", i+1)
			if i == k-1 {
				start = "H-1"
			}
			fmt.Fprintf(&b, "  - id: s%d\n    name: S%d\n    start: %s\n    end: 2024-02-14\n", i, i, start)
		}
		return b.Bytes()
	}},
	// Every stage wrong in two ways: many errors to sort and to cap.
	{"many errors", func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("id: bad\nname: Bad\nvoting_day: 2024-02-14\nstages:\n")
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "  - id: s%d\n    name: S\n    start: 2024-02-30\n    end: 2023-01-01\n    bogus: 1\n", i)
		}
		return b.Bytes()
	}},
}

func loadTime(t *testing.T, data []byte) time.Duration {
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		_, _ = tahapan.Load(bytes.NewReader(data), "x.yaml")
		best = min(best, time.Since(start))
	}
	return best
}

// raceEnabled is set when the race detector is on, which makes timings
// meaningless.
var raceEnabled bool

// TestLoadLinear checks that loading 16 times the input takes about 16
// times as long, not 256 times, for each shape at 64 KB and 1 MB; the
// bound is as generous as in ical's TestLintLinear.
func TestLoadLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing test")
	}
	for _, sh := range loadShapes {
		t.Run(sh.name, func(t *testing.T) {
			small, large := sh.gen(64<<10), sh.gen(1<<20)
			ts, tl := loadTime(t, small), loadTime(t, large)
			t.Logf("%d bytes: %v; %d bytes: %v (×%.1f)", len(small), ts, len(large), tl, float64(tl)/float64(ts))
			if tl > 64*ts+500*time.Millisecond {
				t.Errorf("16× the input took %v against %v: not linear", tl, ts)
			}
		})
	}
}

// BenchmarkLoadHostile loads each hostile shape at 1 MB.
func BenchmarkLoadHostile(b *testing.B) {
	for _, sh := range loadShapes {
		data := sh.gen(1 << 20)
		b.Run(sh.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_, _ = tahapan.Load(bytes.NewReader(data), "x.yaml")
			}
		})
	}
}
