package card

import (
	"bytes"
	"crypto/sha256"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func pemilu2024(t testing.TB) *tahapan.Schedule {
	t.Helper()
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func render(t *testing.T, s *tahapan.Schedule, day tahapan.Date, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, s, day.In(s.Location()), opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Each size decodes as a PNG of its dimensions, and the same input gives
// the same bytes.
func TestRenderSizeAndDeterminism(t *testing.T) {
	s := pemilu2024(t)
	day := tahapan.D(2023, 7, 23)
	for _, tt := range []struct {
		size Size
		w, h int
	}{{Square, 1080, 1080}, {Portrait, 1080, 1350}, {Story, 1080, 1920}, {"", 1080, 1080}} {
		a := render(t, s, day, Options{Size: tt.size})
		img, err := png.Decode(bytes.NewReader(a))
		if err != nil {
			t.Fatalf("%s: %v", tt.size, err)
		}
		if b := img.Bounds(); b.Dx() != tt.w || b.Dy() != tt.h {
			t.Errorf("%s: %dx%d, want %dx%d", tt.size, b.Dx(), b.Dy(), tt.w, tt.h)
		}
		if b := render(t, s, day, Options{Size: tt.size}); !bytes.Equal(a, b) {
			t.Errorf("%s: two renders of the same card differ", tt.size)
		}
		// The background colour is the theme's, and the label is drawn in
		// the accent colour somewhere.
		if c := color.RGBAModel.Convert(img.At(5, 5)).(color.RGBA); c != DefaultTheme.Background {
			t.Errorf("%s: corner pixel %v, want the background %v", tt.size, c, DefaultTheme.Background)
		}
		if !hasColor(img, DefaultTheme.Accent) {
			t.Errorf("%s: no pixel in the accent colour", tt.size)
		}
	}
	if bytes.Equal(render(t, s, day, Options{}), render(t, s, day.AddDays(1), Options{})) {
		t.Error("cards of two days are the same")
	}
}

func hasColor(img image.Image, want color.RGBA) bool {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			if color.RGBAModel.Convert(img.At(x, y)).(color.RGBA) == want {
				return true
			}
		}
	}
	return false
}

func TestThemeAndLogo(t *testing.T) {
	s := pemilu2024(t)
	th, err := LoadTheme(strings.NewReader(`{"background": "#0B3D91", "accent": "#fc0"}`), "tema.json", DefaultTheme)
	if err != nil {
		t.Fatal(err)
	}
	if th.Background != (color.RGBA{0x0B, 0x3D, 0x91, 0xFF}) || th.Accent != (color.RGBA{0xFF, 0xCC, 0x00, 0xFF}) ||
		th.Foreground != DefaultTheme.Foreground {
		t.Errorf("theme = %+v", th)
	}
	logo := image.NewRGBA(image.Rect(0, 0, 40, 20))
	green := color.RGBA{0, 0xFF, 0, 0xFF}
	for i := range logo.Pix {
		logo.Pix[i] = []uint8{0, 0xFF, 0, 0xFF}[i%4]
	}
	img, err := png.Decode(bytes.NewReader(render(t, s, tahapan.D(2023, 7, 23), Options{Theme: &th, Logo: logo})))
	if err != nil {
		t.Fatal(err)
	}
	if c := color.RGBAModel.Convert(img.At(5, 5)).(color.RGBA); c != th.Background {
		t.Errorf("background %v, want %v", c, th.Background)
	}
	// The logo is scaled into the 150-pixel box at the top right of the
	// square card (margin 72, top 64): 150×75 for a 2:1 logo.
	if c := color.RGBAModel.Convert(img.At(1080-72-75, 64+37)).(color.RGBA); c != green {
		t.Errorf("logo pixel %v, want %v", c, green)
	}
	for _, bad := range []string{`{"latar": "#000000"}`, `{"accent": "merah"}`, `[`} {
		if _, err := LoadTheme(strings.NewReader(bad), "tema.json", DefaultTheme); err == nil {
			t.Errorf("LoadTheme(%s): no error", bad)
		}
	}
	if _, err := ParseColor("#12345"); err == nil {
		t.Error("ParseColor(#12345): no error")
	}
}

func TestContentOn(t *testing.T) {
	s := pemilu2024(t)
	tests := []struct {
		day                  tahapan.Date
		label, target, stage string
		progress             string
	}{
		{tahapan.D(2023, 7, 23), "H-206", "menuju Pemungutan Suara",
			"Pencalonan Presiden dan Wakil Presiden serta anggota DPR, DPD, DPRD", "hari ke-230 dari 355"},
		{tahapan.D(2023, 12, 9), "H-67", "menuju Pemungutan Suara", "Masa Kampanye Pemilu", "hari ke-12 dari 75"},
		{tahapan.D(2024, 2, 14), "H", "hari ini Pemungutan Suara", "Pemungutan suara", "hari ini"},
		{tahapan.D(2024, 2, 16), "H+2", "setelah Pemungutan Suara", "Pemungutan dan penghitungan suara", "hari ke-3 dari 36"},
	}
	for _, tt := range tests {
		c := ContentOn(s, tt.day, Options{})
		if c.Label != tt.label || c.Target != tt.target || c.Stage != tt.stage || c.Progress != tt.progress ||
			!strings.HasPrefix(c.Date, "Rabu, 14 Februari 2024") || c.Election != "Pemilu Serentak 2024" {
			t.Errorf("ContentOn(%s) = %+v", tt.day, c)
		}
	}
}

// loadThemeTests are theme files LoadTheme refuses, each with its error.
var loadThemeTests = []struct {
	name, in string
	err      string // the whole error
}{
	{"empty", "", `tema.json: empty file: want a JSON object such as {"background": "#0B3D91"}`},
	{"blank", " \n\t\n", `tema.json: empty file: want a JSON object such as {"background": "#0B3D91"}`},
	{"trailing object", `{"accent": "#fc0"}{"muted": "#000"}`, "tema.json:1:19: data after the theme object: a theme file holds one object"},
	{"trailing garbage", "{\"accent\": \"#fc0\"}\n\n  xyz", "tema.json:3:3: data after the theme object: a theme file holds one object"},
	{"trailing comma", `{"accent": "#fc0"},`, "tema.json:1:19: data after the theme object: a theme file holds one object"},
	{"number", "{\n  \"background\": \"#000\",\n  \"accent\": 123\n}", `tema.json:3:13: accent: want a colour string such as "#0B3D91", not a number`},
	{"object value", "{\"muted\": {\"r\": 1}}", `tema.json:1:11: muted: want a colour string such as "#0B3D91", not an object`},
	{"null value", `{"muted": null}`, `tema.json:1:11: muted: want a colour string such as "#0B3D91", not null`},
	{"duplicate", "{\n\"accent\": \"#fc0\",\n\"accent\": \"#000\"\n}", `tema.json:3:1: key "accent" given twice (first on line 2)`},
	{"array", `["#000"]`, `tema.json:1:1: want a JSON object such as {"background": "#0B3D91"}, not an array`},
	{"string", `"#000"`, `tema.json:1:1: want a JSON object such as {"background": "#0B3D91"}, not a string`},
	{"unknown key", "{\n \"latar\": \"#000\"}", `tema.json:2:2: unknown key "latar": want background, foreground, accent or muted`},
	{"bad colour", "{\"accent\":\n  \"merah\"}", `tema.json:2:3: accent: invalid colour "merah": want #RRGGBB`},
	{"unclosed", `{"accent": "#fc0"`, "tema.json:1:18: unexpected end of file: the object is not closed"},
	{"syntax", "{\"accent\" \"#fc0\"}", "tema.json:1:11: invalid JSON: invalid character '\"' after object key"},
	{"long key", `{"` + strings.Repeat("k", 5000) + `": "#000"}`, `tema.json:1:2: unknown key "` + strings.Repeat("k", 40) + `…": want background, foreground, accent or muted`},
	{"too big", `{"accent": "#fc0"` + strings.Repeat(" ", 64<<10) + "}", "tema.json: a theme is at most 64 KB"},
}

func TestLoadThemeErrors(t *testing.T) {
	for _, tt := range loadThemeTests {
		t.Run(tt.name, func(t *testing.T) {
			th, err := LoadTheme(strings.NewReader(tt.in), "tema.json", DefaultTheme)
			if err == nil || err.Error() != tt.err {
				t.Errorf("LoadTheme(%.60q) = %v\nwant %s", tt.in, err, tt.err)
			}
			if th != DefaultTheme {
				t.Errorf("LoadTheme(%.60q) on error = %+v, want the base theme", tt.in, th)
			}
		})
	}
	// Blanks around the object are fine; so is a colour given once per key.
	th, err := LoadTheme(strings.NewReader("\n {\"muted\": \"#123456\", \"accent\": \"#fc0\"}\n\n"), "tema.json", DefaultTheme)
	if err != nil || th.Muted != (color.RGBA{0x12, 0x34, 0x56, 0xFF}) || th.Accent != (color.RGBA{0xFF, 0xCC, 0x00, 0xFF}) {
		t.Errorf("LoadTheme(a good file) = %+v, %v", th, err)
	}
	if th, err := LoadTheme(strings.NewReader("{}"), "tema.json", DefaultTheme); err != nil || th != DefaultTheme {
		t.Errorf("LoadTheme({}) = %+v, %v, want the base theme", th, err)
	}
}

// TestBadValueShort pins the size of an error: a 100 KB value is quoted
// to its first 40 bytes, cut between runes.
func TestBadValueShort(t *testing.T) {
	long := strings.Repeat("é", 50_000)
	want := `"` + strings.Repeat("é", 20) + `…"`
	if _, err := ParseColor(long); err == nil || !strings.Contains(err.Error(), want) || len(err.Error()) > 100 {
		t.Errorf("ParseColor(100 KB) = %.200v, want at most 100 bytes quoting %s", err, want)
	}
	if _, err := ParseSize(long); err == nil || !strings.Contains(err.Error(), want) || len(err.Error()) > 100 {
		t.Errorf("ParseSize(100 KB) = %.200v, want at most 100 bytes quoting %s", err, want)
	}
}

// TestNextNotWrapped checks that the next stage's date and "(29 hari
// lagi)" are each one unbreakable run: the portrait card broke "(29" from
// "hari lagi)".
func TestNextNotWrapped(t *testing.T) {
	s := pemilu2024(t)
	nb := func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }
	for _, tt := range []struct {
		lang              kata.Lang
		stage, date, when string
	}{
		{kata.Indonesian, "Penetapan hasil Pemilu", "Rabu, 20 Maret 2024", "29 hari lagi"},
		{kata.English, "Determination of election results", "Wednesday, 20 March 2024", "in 29 days"},
	} {
		c := ContentOn(s, tahapan.D(2024, 2, 20), Options{Lang: tt.lang, Size: Portrait})
		want := tt.stage + ", " + nb(tt.date) + " (" + nb(tt.when) + ")"
		if c.Next != want {
			t.Errorf("Next (%s) = %q, want %q", tt.lang, c.Next, want)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]Size{"square": Square, "": Square, "Portrait": Portrait, "STORY": Story} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseSize("banner"); err == nil || !strings.Contains(err.Error(), `"banner"`) {
		t.Errorf("ParseSize(banner): %v", err)
	}
}

// A batch writes one card a day, each the same as Render's, whatever the
// number of workers, and reports progress in order.
func TestBatch(t *testing.T) {
	s := pemilu2024(t)
	p := tahapan.Period{Start: tahapan.D(2024, 2, 10), End: tahapan.D(2024, 2, 15)}
	var sums [2][]string
	for i, workers := range []int{1, 2} {
		dir := t.TempDir()
		var seen []int
		paths, err := Batch(s, p, dir, BatchOptions{Workers: workers, Progress: func(done, total int) {
			if total != 6 {
				t.Errorf("total %d", total)
			}
			seen = append(seen, done)
		}})
		if err != nil {
			t.Fatal(err)
		}
		if len(paths) != 6 || filepath.Base(paths[0]) != "2024-02-10.png" || filepath.Base(paths[5]) != "2024-02-15.png" {
			t.Fatalf("paths = %v", paths)
		}
		for j, n := range seen {
			if n != j+1 {
				t.Fatalf("progress %v, want 1..6", seen)
			}
		}
		for _, path := range paths {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(b)
			sums[i] = append(sums[i], string(sum[:]))
		}
	}
	for j := range sums[0] {
		if sums[0][j] != sums[1][j] {
			t.Errorf("card %d differs between 1 and 2 workers", j)
		}
	}
	if want := render(t, s, p.Start, Options{}); sha256.Sum256(want) != [32]byte([]byte(sums[0][0])) {
		t.Error("a batch card differs from Render's")
	}
	if _, err := Batch(s, p, filepath.Join(t.TempDir(), "tidak-ada"), BatchOptions{}); err == nil {
		t.Error("Batch into a missing directory: no error")
	}
	if _, err := Batch(s, tahapan.Period{Start: p.End, End: p.Start}, t.TempDir(), BatchOptions{}); err == nil {
		t.Error("Batch of a reversed period: no error")
	}
}

// BenchmarkBatch measures the batch rate: cards drawn, encoded and written
// per second with one worker per processor. On a shared machine the wall
// rate (cards/s) depends on the load; cards/cpu-s, the cards per second of
// processor time, does not: times GOMAXPROCS, it is the rate on idle
// processors.
func BenchmarkBatch(b *testing.B) {
	s := pemilu2024(b)
	dir := b.TempDir()
	p := tahapan.Period{Start: tahapan.D(2023, 7, 1), End: tahapan.D(2023, 7, 30)}
	b.ResetTimer()
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Batch(s, p, dir, BatchOptions{Overwrite: true}); err != nil {
			b.Fatal(err)
		}
		n += p.Days()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "cards/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "cards/cpu-s")
	}
}

// BenchmarkRender draws and encodes one square card.
func BenchmarkRender(b *testing.B) {
	s := pemilu2024(b)
	r := NewRenderer()
	c := ContentOn(s, tahapan.D(2023, 7, 23), Options{})
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := r.Encode(&buf, r.Draw(c, Options{})); err != nil {
			b.Fatal(err)
		}
	}
}

// The card's words: English, after voting day, on voting day and for a
// planned schedule (issues 11 and 14).
func TestContentWords(t *testing.T) {
	s := pemilu2024(t)
	wib := s.Location()
	en := ContentOn(s, tahapan.D(2023, 7, 23), Options{Lang: "en", Office: "KPU Kota Mojokerto"})
	if en.Label != "H-206" || en.Target != "to voting day" || en.Date != "Wednesday, 14 February 2024" ||
		en.Progress != "day 230 of 355" || en.Office != "KPU Kota Mojokerto" || en.StageHead != "IN PROGRESS" {
		t.Errorf("English content = %+v", en)
	}
	after := ContentOn(s, tahapan.D(2024, 2, 16), Options{})
	if after.Note != "2 hari yang lalu" || strings.Contains(after.Target, "menuju") {
		t.Errorf("H+2 content = %+v", after)
	}
	for hour, want := range map[int]string{6: "TPS dibuka pukul 07.00 WIB", 10: "TPS buka sampai 13.00 WIB", 15: "TPS sudah ditutup"} {
		if c := ContentAt(s, time.Date(2024, 2, 14, hour, 0, 0, 0, wib), Options{}); c.Note != want {
			t.Errorf("voting day %02d:00: note %q, want %q", hour, c.Note, want)
		}
	}
	p, err := schedules.Load("pemilu-2029")
	if err != nil {
		t.Fatal(err)
	}
	c := ContentOn(p, tahapan.D(2026, 11, 29), Options{})
	if c.Label != "1037 hari" || !strings.HasPrefix(c.Target, "menuju Pengucapan sumpah/janji anggota DPR dan DPD") ||
		c.Date != "Senin, 1 Oktober 2029" || c.Note != "KPU belum menetapkan hari pemungutan suara" ||
		!strings.HasPrefix(c.Next, "Pengucapan sumpah/janji Presiden") {
		t.Errorf("pemilu-2029 content = %+v", c)
	}
	var b bytes.Buffer
	if err := Render(&b, p, tahapan.D(2026, 11, 29).In(wib), Options{Size: Story}); err != nil {
		t.Fatal(err)
	}
	if err := Render(&b, s, time.Time{}.In(wib), Options{Lang: "jv"}); err == nil {
		t.Error("Lang jv: no error")
	}
}

// The fast encoder writes a PNG that decodes to the very pixels drawn,
// for a card and for an image with an offset origin.
func TestEncodeRoundTrip(t *testing.T) {
	s := pemilu2024(t)
	r := NewRenderer()
	img := r.Draw(ContentOn(s, tahapan.D(2023, 7, 23), Options{Size: Portrait, Office: "KPU Kota Mojokerto"}), Options{Size: Portrait})
	sub := img.SubImage(image.Rect(100, 200, 357, 301)).(*image.RGBA)
	for _, im := range []*image.RGBA{img, sub} {
		var b bytes.Buffer
		if err := r.Encode(&b, im); err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		gb, ib := got.Bounds(), im.Bounds()
		if gb.Dx() != ib.Dx() || gb.Dy() != ib.Dy() {
			t.Fatalf("decoded %v, drew %v", gb, ib)
		}
		for y := 0; y < ib.Dy(); y++ {
			for x := 0; x < ib.Dx(); x++ {
				want := im.RGBAAt(ib.Min.X+x, ib.Min.Y+y)
				if c := color.RGBAModel.Convert(got.At(gb.Min.X+x, gb.Min.Y+y)).(color.RGBA); c != want {
					t.Fatalf("pixel %d,%d: %v, want %v", x, y, c, want)
				}
			}
		}
	}
	// A translucent image goes through image/png and keeps its alpha.
	tr := image.NewRGBA(image.Rect(0, 0, 4, 4))
	var b bytes.Buffer
	if err := r.Encode(&b, tr); err != nil {
		t.Fatal(err)
	}
	if got, err := png.Decode(&b); err != nil || !func() bool { _, _, _, a := got.At(1, 1).RGBA(); return a == 0 }() {
		t.Errorf("translucent image: %v", err)
	}
}
