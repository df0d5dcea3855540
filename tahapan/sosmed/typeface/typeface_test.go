package typeface

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Every font file in the package has its licence beside it, naming it.
func TestLicenceBesideFonts(t *testing.T) {
	fonts, _ := filepath.Glob("*.ttf")
	if len(fonts) != 2 {
		t.Fatalf("font files: %v, want the two weights", fonts)
	}
	lic, err := os.ReadFile("LICENSE")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fonts {
		if !strings.Contains(string(lic), f) {
			t.Errorf("LICENSE does not name %s", f)
		}
	}
	if !strings.Contains(string(lic), "Permission is hereby granted") || !strings.Contains(string(lic), "Bitstream") {
		t.Error("LICENSE lacks the Bitstream Vera permission notice")
	}
}

// The ten digits share one advance in both weights: the figures are
// tabular, so "H-206" and "H-199" are as wide.
func TestTabularFigures(t *testing.T) {
	for _, w := range []Weight{Regular, Bold} {
		want := Measure("0", w, 100)
		for _, d := range "123456789" {
			if got := Measure(string(d), w, 100); got != want {
				t.Errorf("weight %d: %q is %.2f wide, %q %.2f", w, d, got, '0', want)
			}
		}
		if hy, zero := Measure("-", w, 100), Measure("0", w, 100); hy >= zero*0.7 {
			t.Errorf("weight %d: hyphen %.1f is not short beside a digit %.1f", w, hy, zero)
		}
	}
	// DejaVu Sans: digits are 1303/2048 em, bold 1425/2048.
	if got := Measure("206", Regular, 2048); got != 3*1303 {
		t.Errorf("Measure(206) = %v, want %v", got, 3*1303)
	}
}

// Measure agrees with the raster face, which adds kerning: the drawn text
// is never wider than measured, and not much narrower.
func TestMeasureMatchesFace(t *testing.T) {
	for _, s := range []string{"Pemungutan Suara", "Masa Kampanye Pemilu · 28 Nov 2023 – 10 Feb 2024", "H-206", "Wednesday, 14 February 2024"} {
		for _, w := range []Weight{Regular, Bold} {
			f := NewFace(w, 40)
			got := float64(font.MeasureString(f, s)) / 64
			m := Measure(s, w, 40)
			if got > m+0.02*float64(len(s)) || got < m*0.97 { // the face rounds each advance to 1/64 px
				t.Errorf("%q weight %d: face %.2f, Measure %.2f", s, w, got, m)
			}
		}
	}
}

// Measure errs wide: it is at least the width without kerning, and at
// least the width with it.
func TestMeasureErrsWide(t *testing.T) {
	for _, w := range []Weight{Regular, Bold} {
		f := Font(w)
		var buf sfnt.Buffer
		ppem := fixed.Int26_6(f.UnitsPerEm()) << 6
		for a := rune(32); a < 127; a++ {
			ia, _ := f.GlyphIndex(&buf, a)
			for b := rune(32); b < 127; b++ {
				ib, _ := f.GlyphIndex(&buf, b)
				aa, _ := f.GlyphAdvance(&buf, ia, ppem, font.HintingNone)
				ab, _ := f.GlyphAdvance(&buf, ib, ppem, font.HintingNone)
				k, _ := f.Kern(&buf, ia, ib, ppem, font.HintingNone)
				plain := float64(aa+ab) / 64
				got := Measure(string([]rune{a, b}), w, float64(f.UnitsPerEm()))
				if got < plain || got < plain+float64(k)/64 {
					t.Fatalf("weight %d: Measure(%q) = %v, plain %v, kern %v", w, string([]rune{a, b}), got, plain, k)
				}
			}
		}
	}
	// "TT" is kerned apart in the bold weight by 47/2048 em.
	if got, want := Measure("TT", Bold, 2048), 2*Measure("T", Bold, 2048)+47; got != want {
		t.Errorf("Measure(TT) = %v, want %v", got, want)
	}
}
