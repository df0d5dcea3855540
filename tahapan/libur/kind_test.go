package libur

import (
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func TestKindLocal(t *testing.T) {
	for _, tt := range []struct {
		k      Kind
		id, en string
	}{
		{LiburNasional, "libur nasional", "national holiday"},
		{CutiBersama, "cuti bersama", "collective leave (cuti bersama)"},
		{LiburPemilu, "libur pemilu (hari pemungutan suara)", "election-day holiday (voting day)"},
		{"libur_daerah", "libur_daerah", "libur_daerah"},
	} {
		if got := tt.k.Local(kata.Indonesian); got != tt.id {
			t.Errorf("%s.Local(id) = %q, want %q", tt.k, got, tt.id)
		}
		if got := tt.k.Local(kata.English); got != tt.en {
			t.Errorf("%s.Local(en) = %q, want %q", tt.k, got, tt.en)
		}
	}
}
