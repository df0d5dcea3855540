package scaletest

import (
	"testing"
	"time"
)

// TestTooSlow checks the bound Linear applies. The figures are those of
// the quadratic shapes it was written for: a 40k-stage revision list took
// 148 ms at 64 KB and 40 s at 1 MB; the linear code takes 0.6 s for both.
func TestTooSlow(t *testing.T) {
	ms := time.Millisecond
	for _, tt := range []struct {
		small, large time.Duration
		want         bool
	}{
		{148 * ms, 40 * time.Second, true},
		{10 * ms, 2560 * ms, true},  // ×256: quadratic
		{10 * ms, 160 * ms, false},  // ×16: linear
		{10 * ms, 1140 * ms, false}, // 64× + 500 ms exactly
		{10 * ms, 1141 * ms, true},
		{0, 400 * ms, false}, // a small input too quick to time
	} {
		if got := tooSlow(tt.small, tt.large); got != tt.want {
			t.Errorf("tooSlow(%v, %v) = %v, want %v", tt.small, tt.large, got, tt.want)
		}
	}
}
