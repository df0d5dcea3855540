package kata_test

import (
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func TestCutiBersama(t *testing.T) {
	for _, tt := range []struct {
		name string
		l    kata.Lang
		want string
	}{
		{"Idul Fitri 1448 H", kata.Indonesian, "Cuti bersama: Idul Fitri 1448 H"},
		{"Eid al-Fitr 1448 AH", kata.English, "Collective leave: Eid al-Fitr 1448 AH"},
		{"Cuti Bersama Hari Raya Natal", kata.Indonesian, "Cuti Bersama Hari Raya Natal"},
		{"Pengganti Cuti Bersama Hari Raya Idul Fitri 1441 H", kata.Indonesian, "Pengganti Cuti Bersama Hari Raya Idul Fitri 1441 H"},
		{"Collective leave for Christmas", kata.English, "Collective leave for Christmas"},
		{"Cuti Bersama Natal", kata.English, "Cuti Bersama Natal"}, // an Indonesian name in English output says so too
	} {
		if got := kata.CutiBersama(tt.name, tt.l); got != tt.want {
			t.Errorf("CutiBersama(%q, %s) = %q, want %q", tt.name, tt.l, got, tt.want)
		}
	}
}

func TestHijriMonth(t *testing.T) {
	if got := kata.HijriMonth(10, kata.Indonesian) + " " + kata.HijriYear(1448, kata.Indonesian); got != "Syawal 1448 H" {
		t.Errorf("Indonesian: %q, want Syawal 1448 H", got)
	}
	if got := kata.HijriMonth(10, kata.English) + " " + kata.HijriYear(1448, kata.English); got != "Shawwal 1448 AH" {
		t.Errorf("English: %q, want Shawwal 1448 AH", got)
	}
	if kata.HijriMonth(1, kata.English) != "Muharram" || kata.HijriMonth(12, kata.Indonesian) != "Zulhijah" ||
		kata.HijriMonth(0, kata.English) != "" || kata.HijriMonth(13, kata.Indonesian) != "" {
		t.Error("HijriMonth of 1, 12, 0 or 13 is wrong")
	}
}
