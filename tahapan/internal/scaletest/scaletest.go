// Package scaletest is for tests that a parser or checker of tahapan runs
// in time linear in its input: a hostile input 16 times as long must take
// about 16 times as long, not 256 times.
package scaletest

import (
	"testing"
	"time"
)

// A Shape is a kind of hostile input: Gen returns one of about n bytes.
type Shape struct {
	Name string
	Gen  func(n int) []byte
}

// Linear runs each shape at small and at 16*small bytes, timing the best of
// three calls of run on each after prepare, and fails the test unless the
// large input took at most 64 times as long as the small one plus 500 ms:
// generous enough for a busy machine, while a quadratic shape fails it by
// far. prepare turns the input into what run takes (parsing it, say, when
// only the use is being measured); it is not timed. It skips the test with
// -short and under the race detector, which make timings meaningless.
func Linear[T any](t *testing.T, small int, shapes []Shape, prepare func(testing.TB, []byte) T, run func(testing.TB, T)) {
	if testing.Short() || raceEnabled {
		t.Skip("timing test")
	}
	best := func(t *testing.T, data []byte) time.Duration {
		in := prepare(t, data)
		d := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			run(t, in)
			d = min(d, time.Since(start))
		}
		return d
	}
	for _, sh := range shapes {
		t.Run(sh.Name, func(t *testing.T) {
			s, l := sh.Gen(small), sh.Gen(16*small)
			ts, tl := best(t, s), best(t, l)
			t.Logf("%d bytes: %v; %d bytes: %v (×%.1f)", len(s), ts, len(l), tl, float64(tl)/float64(ts))
			if tooSlow(ts, tl) {
				t.Errorf("16× the input took %v against %v: not linear", tl, ts)
			}
		})
	}
}

// Bytes is a prepare for [Linear] that passes the input on as it is.
func Bytes(_ testing.TB, data []byte) []byte { return data }

// tooSlow reports whether large, the time of 16 times the input, is more
// than 64 times small plus 500 ms.
func tooSlow(small, large time.Duration) bool { return large > 64*small+500*time.Millisecond }
