// Package typeface is the one typeface of the social-media kit: DejaVu
// Sans, regular and bold, embedded in the program with its licence (the
// LICENSE file beside the font files). The countdown cards and both
// outputs of the timeline (PNG and SVG) set their text in it and measure it
// with its real metrics.
//
// # Why DejaVu Sans
//
// It is the default sans-serif of Chromium, librsvg and Inkscape on Linux,
// so an SVG laid out with its metrics is drawn with the very widths it was
// measured with; where it is missing, the usual fallbacks (Arial,
// Helvetica, Segoe UI) are narrower, so text still fits. Its zero has no
// slash, its hyphen is short ("H-206" does not read as "H–2Ø6"), and its
// ten digits share one advance, so a countdown label does not shift as
// the days change: the figures are tabular without an OpenType feature,
// which golang.org/x/image cannot apply. The Bitstream Vera licence allows
// embedding and redistribution with the notice kept.
package typeface

import (
	_ "embed"
	"image"
	"image/color"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Family is the CSS font-family name of the typeface.
const Family = "DejaVu Sans"

// CSSFamily is the font-family list for an SVG or web page: the typeface
// first, then fallbacks that are no wider, so text measured with
// [Measure] fits wherever it is drawn.
const CSSFamily = "'DejaVu Sans', 'Bitstream Vera Sans', Arial, Helvetica, sans-serif"

var (
	//go:embed DejaVuSans.ttf
	regularTTF []byte
	//go:embed DejaVuSans-Bold.ttf
	boldTTF []byte
)

// A Weight is a weight of the typeface.
type Weight int

// The embedded weights.
const (
	Regular Weight = iota
	Bold
)

var fonts = sync.OnceValues(func() ([2]*opentype.Font, error) {
	var out [2]*opentype.Font
	for i, b := range [][]byte{regularTTF, boldTTF} {
		f, err := opentype.Parse(b)
		if err != nil {
			return out, err
		}
		out[i] = f
	}
	return out, nil
})

// Font returns the parsed font of weight w. It is safe for concurrent use;
// the faces made from it are not.
func Font(w Weight) *opentype.Font {
	fs, err := fonts()
	if err != nil {
		panic("typeface: embedded font does not parse: " + err.Error()) // caught by every test
	}
	if w == Bold {
		return fs[1]
	}
	return fs[0]
}

// NewFace returns a face of weight w at size pixels (72 DPI, unhinted, so
// widths scale exactly with size). A face is not safe for concurrent use.
func NewFace(w Weight, size float64) font.Face {
	f, err := opentype.NewFace(Font(w), &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic("typeface: " + err.Error()) // only for a size of 0 or less, a programmer error
	}
	return f
}

// glyph is a rune's glyph index and advance width in font units.
type glyph struct {
	idx sfnt.GlyphIndex
	adv float64
}

// metrics caches the glyphs of one weight as runes are met.
type metrics struct {
	mu   sync.Mutex
	upem float64
	m    map[rune]glyph
	buf  sfnt.Buffer
}

var met [2]metrics

// Measure returns the width of s set in weight w at size units, from the
// glyph advances of the typeface plus those kerning pairs that widen it
// (a few, such as "T" "T"); pairs that narrow it are left out. So the
// width is never less than what a renderer draws, whether it kerns or
// not. A rune the typeface lacks counts as wide as "M". It is safe for
// concurrent use.
func Measure(s string, w Weight, size float64) float64 {
	if w != Bold {
		w = Regular
	}
	m := &met[w]
	m.mu.Lock()
	defer m.mu.Unlock()
	f := Font(w)
	if m.m == nil {
		m.m = map[rune]glyph{}
		m.upem = float64(f.UnitsPerEm())
	}
	ppem := fixed.Int26_6(m.upem * 64)
	total := 0.0
	prev := sfnt.GlyphIndex(0)
	for _, r := range s {
		g, ok := m.m[r]
		if !ok {
			g = m.glyph(f, r, ppem)
			m.m[r] = g
		}
		total += g.adv
		if prev != 0 && g.idx != 0 {
			if k, err := f.Kern(&m.buf, prev, g.idx, ppem, font.HintingNone); err == nil && k > 0 {
				total += float64(k) / 64
			}
		}
		prev = g.idx
	}
	return total * size / m.upem
}

func (m *metrics) glyph(f *opentype.Font, r rune, ppem fixed.Int26_6) glyph {
	idx, err := f.GlyphIndex(&m.buf, r)
	if err != nil || idx == 0 {
		if r == 'M' {
			return glyph{adv: m.upem}
		}
		g := m.glyph(f, 'M', ppem)
		g.idx = 0
		return g
	}
	a, err := f.GlyphAdvance(&m.buf, idx, ppem, font.HintingNone)
	if err != nil {
		return glyph{idx: idx, adv: m.upem}
	}
	return glyph{idx: idx, adv: float64(a) / 64}
}

// Draw draws s with face f on dst, its baseline starting at (x, y).
func Draw(dst *image.RGBA, f font.Face, s string, x, y int, c color.Color) {
	d := font.Drawer{Dst: dst, Src: image.NewUniform(c), Face: f, Dot: fixed.P(x, y)}
	d.DrawString(s)
}

// Width returns the width of s in face f, in whole pixels, rounded up.
func Width(f font.Face, s string) int { return font.MeasureString(f, s).Ceil() }
