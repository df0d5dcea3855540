package kata_test

import (
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func TestMoreProblems(t *testing.T) {
	for _, tt := range []struct {
		more int
		l    kata.Lang
		want string
	}{
		{1, kata.English, "… and 1 more problem (only the first 1000 are listed)"},
		{159000, kata.English, "… and 159000 more problems (only the first 1000 are listed)"},
		{2, kata.Indonesian, "… dan 2 masalah lagi (hanya 1000 yang pertama dicantumkan)"},
	} {
		if got := kata.MoreProblems(tt.more, 1000, tt.l); got != tt.want {
			t.Errorf("MoreProblems(%d, 1000, %s) = %q, want %q", tt.more, tt.l, got, tt.want)
		}
	}
}
