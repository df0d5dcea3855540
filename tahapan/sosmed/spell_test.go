package sosmed

import (
	"math"
	"strings"
	"testing"
)

var spellTests = []struct {
	n      int
	id, en string
}{
	{0, "nol", "zero"},
	{1, "satu", "one"},
	{7, "tujuh", "seven"},
	{10, "sepuluh", "ten"},
	{11, "sebelas", "eleven"},
	{12, "dua belas", "twelve"},
	{19, "sembilan belas", "nineteen"},
	{20, "dua puluh", "twenty"},
	{22, "dua puluh dua", "twenty-two"},
	{99, "sembilan puluh sembilan", "ninety-nine"},
	{100, "seratus", "one hundred"},
	{101, "seratus satu", "one hundred one"},
	{110, "seratus sepuluh", "one hundred ten"},
	{111, "seratus sebelas", "one hundred eleven"},
	{206, "dua ratus enam", "two hundred six"},
	{611, "enam ratus sebelas", "six hundred eleven"},
	{1000, "seribu", "one thousand"},
	{1001, "seribu satu", "one thousand one"},
	{1100, "seribu seratus", "one thousand one hundred"},
	{2024, "dua ribu dua puluh empat", "two thousand twenty-four"},
	{11000, "sebelas ribu", "eleven thousand"},
	{100000, "seratus ribu", "one hundred thousand"},
	{101000, "seratus satu ribu", "one hundred one thousand"},
	{1000000, "satu juta", "one million"},
	{1001000, "satu juta seribu", "one million one thousand"},
	{204807222, "dua ratus empat juta delapan ratus tujuh ribu dua ratus dua puluh dua",
		"two hundred four million eight hundred seven thousand two hundred twenty-two"},
	{1000000000, "satu miliar", "one billion"},
	{2000000000000, "dua triliun", "two trillion"},
	{-5, "minus lima", "minus five"},
	{-1000, "minus seribu", "minus one thousand"},
	{math.MaxInt64, "sembilan kuintiliun dua ratus dua puluh tiga kuadriliun tiga ratus tujuh puluh dua triliun " +
		"tiga puluh enam miliar delapan ratus lima puluh empat juta tujuh ratus tujuh puluh lima ribu delapan ratus tujuh",
		"nine quintillion two hundred twenty-three quadrillion three hundred seventy-two trillion thirty-six billion " +
			"eight hundred fifty-four million seven hundred seventy-five thousand eight hundred seven"},
	{math.MinInt64, "minus sembilan kuintiliun dua ratus dua puluh tiga kuadriliun tiga ratus tujuh puluh dua triliun " +
		"tiga puluh enam miliar delapan ratus lima puluh empat juta tujuh ratus tujuh puluh lima ribu delapan ratus delapan",
		"minus nine quintillion two hundred twenty-three quadrillion three hundred seventy-two trillion thirty-six billion " +
			"eight hundred fifty-four million seven hundred seventy-five thousand eight hundred eight"},
}

func TestSpellNumber(t *testing.T) {
	for _, tt := range spellTests {
		if got := SpellNumber(tt.n, "id"); got != tt.id {
			t.Errorf("SpellNumber(%d, id) = %q, want %q", tt.n, got, tt.id)
		}
		if got := SpellNumber(tt.n, "en"); got != tt.en {
			t.Errorf("SpellNumber(%d, en) = %q, want %q", tt.n, got, tt.en)
		}
	}
}

// Every number up to 10,000 is spelled with single spaces, no "satu ratus"
// or "satu ribu", and never "nol" except for zero.
func TestSpellNumberShape(t *testing.T) {
	for n := 1; n <= 10000; n++ {
		s := SpellNumber(n, "id")
		for _, bad := range []string{"  ", "satu ratus", "satu ribu", "satu belas", "satu puluh", "nol"} {
			if containsWord(s, bad) {
				t.Fatalf("SpellNumber(%d) = %q contains %q", n, s, bad)
			}
		}
		if s[0] == ' ' || s[len(s)-1] == ' ' {
			t.Fatalf("SpellNumber(%d) = %q has outer spaces", n, s)
		}
	}
}

func containsWord(s, w string) bool {
	if w == "  " {
		return strings.Contains(s, w)
	}
	return strings.Contains(" "+s+" ", " "+w+" ")
}
