package sosmed

import (
	"strings"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

var (
	unitsID = [...]string{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
		"sepuluh", "sebelas"}
	unitsEN = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tensEN = [...]string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// scales are the short-scale powers of a thousand, largest first, with
// their Indonesian and English names. Indonesian uses miliar (10⁹),
// triliun (10¹²), kuadriliun (10¹⁵) and kuintiliun (10¹⁸).
var scales = [...]struct {
	n      uint64
	id, en string
}{
	{1e18, "kuintiliun", "quintillion"},
	{1e15, "kuadriliun", "quadrillion"},
	{1e12, "triliun", "trillion"},
	{1e9, "miliar", "billion"},
	{1e6, "juta", "million"},
	{1e3, "ribu", "thousand"},
}

// SpellNumber writes n in words, as an Indonesian "terbilang" does:
// 206 is "dua ratus enam", 7 is "tujuh", 1000 is "seribu", 11 is
// "sebelas" and -5 is "minus lima". With lang "en" it writes English
// words: "two hundred six", "twenty-two", "minus five".
//
// Satu becomes the prefix se- before belas, puluh, ratus and ribu
// (sebelas, sepuluh, seratus, seribu) but not before juta and the larger
// scales (satu juta, satu miliar). Every int, including math.MinInt64, is
// spelled.
func SpellNumber(n int, lang kata.Lang) string {
	var b strings.Builder
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u // two's complement: exact even for math.MinInt64
		b.WriteString("minus ")
	}
	if lang == kata.English {
		spellEN(&b, u)
	} else {
		spellID(&b, u)
	}
	return b.String()
}

func spellID(b *strings.Builder, n uint64) {
	if n == 0 {
		b.WriteString("nol")
		return
	}
	sep := func() {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
	}
	for _, sc := range scales {
		if n < sc.n {
			continue
		}
		q := n / sc.n
		n %= sc.n
		sep()
		if q == 1 && sc.n == 1e3 {
			b.WriteString("seribu")
		} else {
			below1000ID(b, q)
			b.WriteString(" " + sc.id)
		}
	}
	if n > 0 {
		sep()
		below1000ID(b, n)
	}
}

// below1000ID writes 1 ≤ n ≤ 999.
func below1000ID(b *strings.Builder, n uint64) {
	var parts []string
	switch h := n / 100; {
	case h == 1:
		parts = append(parts, "seratus")
	case h > 1:
		parts = append(parts, unitsID[h]+" ratus")
	}
	switch r := n % 100; {
	case r == 0:
	case r < 12:
		parts = append(parts, unitsID[r])
	case r < 20:
		parts = append(parts, unitsID[r-10]+" belas")
	default:
		t := unitsID[r/10] + " puluh"
		if r%10 != 0 {
			t += " " + unitsID[r%10]
		}
		parts = append(parts, t)
	}
	b.WriteString(strings.Join(parts, " "))
}

func spellEN(b *strings.Builder, n uint64) {
	if n == 0 {
		b.WriteString("zero")
		return
	}
	first := true
	sep := func() {
		if !first {
			b.WriteByte(' ')
		}
		first = false
	}
	for _, sc := range scales {
		if n < sc.n {
			continue
		}
		q := n / sc.n
		n %= sc.n
		sep()
		below1000EN(b, q)
		b.WriteString(" " + sc.en)
	}
	if n > 0 {
		sep()
		below1000EN(b, n)
	}
}

// below1000EN writes 1 ≤ n ≤ 999 without "and": "two hundred six".
func below1000EN(b *strings.Builder, n uint64) {
	var parts []string
	if h := n / 100; h > 0 {
		parts = append(parts, unitsEN[h]+" hundred")
	}
	switch r := n % 100; {
	case r == 0:
	case r < 20:
		parts = append(parts, unitsEN[r])
	default:
		t := tensEN[r/10]
		if r%10 != 0 {
			t += "-" + unitsEN[r%10]
		}
		parts = append(parts, t)
	}
	b.WriteString(strings.Join(parts, " "))
}
