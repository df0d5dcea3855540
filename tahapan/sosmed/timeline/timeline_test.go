package timeline

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func pemilu2024(t *testing.T) *tahapan.Schedule {
	t.Helper()
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func render(t *testing.T, s *tahapan.Schedule, opt Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, s, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// wellFormed parses the SVG with encoding/xml and counts its elements.
func wellFormed(t *testing.T, svg string) map[string]int {
	t.Helper()
	count := map[string]int{}
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return count
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			count[se.Name.Local]++
		}
	}
}

func TestRender(t *testing.T) {
	s := pemilu2024(t)
	svg := render(t, s, Options{Today: tahapan.D(2023, 7, 23)})
	n := wellFormed(t, svg)
	if !strings.HasPrefix(svg, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 `) {
		t.Errorf("svg starts %q", svg[:80])
	}
	// One group per stage drawn: the tahapan and their direct sub-stages,
	// without the cancelled run-off.
	want := 0
	for _, st := range s.All() {
		if !st.Cancelled && st.Depth() <= 1 && (st.Parent == nil || !st.Parent.Cancelled) {
			want++
		}
	}
	if n["g"] != want {
		t.Errorf("%d groups, want one per stage: %d", n["g"], want)
	}
	for _, s := range []string{
		"hari ini 23 Jul 2023", "Pemungutan suara 14 Feb 2024", "Masa Kampanye Pemilu · 28 Nov 2023 – 10 Feb 2024",
		"Masa Tenang · 11–13 Feb 2024", ">2023</tspan>", ">Jan</tspan>", `font-family="&#39;DejaVu Sans&#39;,`, "<title>Masa Kampanye Pemilu",
	} {
		if !strings.Contains(svg, s) {
			t.Errorf("svg lacks %q", s)
		}
	}
	if strings.Contains(svg, "putaran kedua") {
		t.Error("the cancelled run-off is drawn by default")
	}
	if render(t, s, Options{Today: tahapan.D(2023, 7, 23)}) != svg {
		t.Error("two renders differ")
	}
}

func TestRenderOptions(t *testing.T) {
	s := pemilu2024(t)
	all := wellFormed(t, render(t, s, Options{AllDepths: true, Cancelled: true}))
	top := wellFormed(t, render(t, s, Options{MaxDepth: -1}))
	key := wellFormed(t, render(t, s, Options{KeyOnly: true, AllDepths: true}))
	if !(all["g"] > top["g"] && top["g"] > 1 && key["g"] < all["g"]) || key["g"] != 21 {
		t.Errorf("groups: all %d, top %d, key %d", all["g"], top["g"], key["g"])
	}
	en := render(t, s, Options{Lang: "en", Today: tahapan.D(2024, 1, 1)})
	if !strings.Contains(en, "today 1 Jan 2024") || !strings.Contains(en, "Campaign period") {
		t.Error("English chart lacks its labels")
	}
	if strings.Contains(render(t, s, Options{}), "hari ini") {
		t.Error("a chart without Today has a today line")
	}
	if svg := render(t, s, Options{AllDepths: true, Cancelled: true}); !strings.Contains(svg, "(batal)") {
		t.Error("cancelled stages are not marked")
	}
	for _, opt := range []Options{{Lang: "jv"}, {Width: 100}} {
		if err := Render(io.Discard, s, opt); err == nil {
			t.Errorf("Render(%+v): no error", opt)
		}
	}
	if err := Render(io.Discard, nil, Options{}); err == nil {
		t.Error("Render(nil): no error")
	}
}

// Names are escaped: a stage name with markup stays text.
func TestRenderEscapes(t *testing.T) {
	const doc = `
id: contoh
name: Pemilu <Contoh> & "Uji"
voting_day: 2024-02-14
stages:
  - id: a
    name: Tahap <b>satu</b> & dua
    start: 2024-01-01
    end: 2024-02-13
`
	s, err := tahapan.Load(strings.NewReader(doc), "contoh.yaml")
	if err != nil {
		t.Fatal(err)
	}
	svg := render(t, s, Options{})
	wellFormed(t, svg)
	if strings.Contains(svg, "<b>") || !strings.Contains(svg, "Tahap &lt;b&gt;satu&lt;/b&gt; &amp; dua") {
		t.Error("names are not escaped")
	}
}

func TestWrapAndFit(t *testing.T) {
	lines := wrap("Pencalonan anggota DPR, DPRD Provinsi, dan DPRD Kabupaten/Kota · 24 Apr – 25 Nov 2023", 300, 20, false, 2)
	if len(lines) != 2 || !strings.HasSuffix(lines[1], "…") {
		t.Errorf("wrap = %q", lines)
	}
	for _, l := range lines {
		if textWidth(l, 20, false) > 300 {
			t.Errorf("line %q is wider than 300", l)
		}
	}
	if got := fit("pendek", 300, 20, false); got != "pendek" {
		t.Errorf("fit(short) = %q", got)
	}
}

// Issue 14: no label runs past the chart's right edge. Each text is
// measured with the typeface the SVG names first (and whose metrics
// Chromium, librsvg and Inkscape use on Linux), and sits inside the chart.
func TestLabelsInside(t *testing.T) {
	s := pemilu2024(t)
	for _, opt := range []Options{{Today: tahapan.D(2023, 7, 23)}, {AllDepths: true, Lang: "en"}, {Width: 480, AllDepths: true}} {
		c, err := build(s, opt)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range c.items {
			if it.kind != textItem {
				continue
			}
			for _, l := range it.lines {
				w := textWidth(l, it.size, it.bold)
				x := it.x
				switch it.anchor {
				case "middle":
					x -= w / 2
				case "end":
					x -= w
				}
				if x < 0 || x+w > float64(c.W) {
					t.Errorf("width %d: %q spans %.0f..%.0f", c.W, l, x, x+w)
				}
			}
		}
	}
}

// Issue 14: the PNG of the key stages is 1080 wide and at most 1920 tall,
// with a "hari ini" marker, and deterministic.
func TestRenderPNG(t *testing.T) {
	s := pemilu2024(t)
	opt := Options{KeyOnly: true, Today: tahapan.D(2023, 7, 23)}
	img, err := DrawPNG(s, opt)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 1080 || b.Dy() > 1920 || b.Dy() < 1000 {
		t.Errorf("PNG is %dx%d", b.Dx(), b.Dy())
	}
	c, _ := build(s, Options{KeyOnly: true, Today: tahapan.D(2023, 7, 23), Width: 540})
	found := false
	for _, it := range c.items {
		if it.kind == textItem && len(it.lines) == 1 && it.lines[0] == "hari ini 23 Jul 2023" {
			found = true
		}
	}
	if !found {
		t.Error("no hari ini marker")
	}
	var a, b bytes.Buffer
	if err := RenderPNG(&a, s, opt); err != nil {
		t.Fatal(err)
	}
	RenderPNG(&b, s, opt)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two PNGs differ")
	}
	if _, err := DrawPNG(s, Options{AllDepths: true, Cancelled: true}); err == nil || !strings.Contains(err.Error(), "key stages") {
		t.Errorf("every stage in one PNG: error = %v", err)
	}
}

// TestPeriodShort pins the labels of periods: kata's Short style, each
// end's parts joined by no-break spaces, a plain space only around the
// dash.
func TestPeriodShort(t *testing.T) {
	d := tahapan.D
	tests := []struct {
		p      tahapan.Period
		id, en string
	}{
		{tahapan.Period{Start: d(2024, 2, 14), End: d(2024, 2, 14)}, "14 Feb 2024", "14 Feb 2024"},
		{tahapan.Period{Start: d(2024, 2, 11), End: d(2024, 2, 13)}, "11–13 Feb 2024", "11–13 Feb 2024"},
		{tahapan.Period{Start: d(2023, 8, 28), End: d(2023, 12, 10)}, "28 Agu – 10 Des 2023", "28 Aug – 10 Dec 2023"},
		{tahapan.Period{Start: d(2023, 11, 28), End: d(2024, 2, 10)}, "28 Nov 2023 – 10 Feb 2024", "28 Nov 2023 – 10 Feb 2024"},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			lang kata.Lang
			want string
		}{{kata.Indonesian, tt.id}, {kata.English, tt.en}} {
			want := strings.ReplaceAll(strings.ReplaceAll(c.want, " ", nb), nb+"–"+nb, " – ")
			if got := periodShort(tt.p, c.lang); got != want {
				t.Errorf("periodShort(%v, %s) = %q, want %q", tt.p, c.lang, got, want)
			}
		}
	}
	if got, want := shortDate(d(2024, 8, 17), kata.Indonesian), "17"+nb+"Agu"+nb+"2024"; got != want {
		t.Errorf("shortDate(2024-08-17, id) = %q, want %q", got, want)
	}
}
