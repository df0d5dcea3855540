package sosmed

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func pemilu2024(t testing.TB) *tahapan.Schedule {
	t.Helper()
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func wib(t testing.TB) *time.Location {
	loc, err := tahapan.Zone("WIB")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// at returns 09:00 WIB on the day, when offices post.
func at(t testing.TB, y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 9, 0, 0, 0, wib(t))
}

// Every day of the Pemilu 2024 stages, up to voting day, on every platform
// and in both languages: the caption carries the day's H-label and fits
// its platform.
func TestCaptionEveryDay(t *testing.T) {
	s := pemilu2024(t)
	loc := wib(t)
	first, last := tahapan.D(2022, 6, 14), tahapan.D(2024, 2, 14)
	days := 0
	for day := first; !day.After(last); day = day.AddDays(1) {
		days++
		label := tahapan.HLabel(votingDay(s).DaysSince(day))
		for _, lang := range []kata.Lang{"id", "en"} {
			for _, p := range Platforms() {
				c, err := NewCaption(s, p, day.At(tahapan.Clock{Hour: 9}, loc), Options{Lang: lang})
				if err != nil {
					t.Fatalf("%s %s %s: %v", day, p, lang, err)
				}
				if !hasLabel(c.Text, label) {
					t.Fatalf("%s %s %s: caption lacks %q:\n%s", day, p, lang, label, c.Text)
				}
				if n := p.Length(c.Text); n > p.Limit().Max || n != c.Length {
					t.Fatalf("%s %s %s: length %d (reported %d), limit %d", day, p, lang, n, c.Length, p.Limit().Max)
				}
				if strings.Contains(c.Text, "<no value>") || strings.Contains(c.Text, "\n\n\n") {
					t.Fatalf("%s %s %s: malformed caption:\n%s", day, p, lang, c.Text)
				}
				if slicesContains(c.Omitted, "truncated") {
					t.Fatalf("%s %s %s: built-in caption was truncated:\n%s", day, p, lang, c.Text)
				}
			}
		}
	}
	if days != 611 {
		t.Errorf("checked %d days, want 611", days)
	}
}

// hasLabel reports whether text holds label as a whole word: "H-20" is not
// in "H-206".
func hasLabel(text, label string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], label)
		if j < 0 {
			return false
		}
		end := i + j + len(label)
		if end == len(text) || !(text[end] >= '0' && text[end] <= '9') {
			return true
		}
		i = end
	}
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// goldenDays are the days whose captions are kept in testdata/golden:
// H-206 (the README's example), a day of the campaign with a debate ahead,
// and the last day of the quiet period.
var goldenDays = []struct {
	day  tahapan.Date
	lang kata.Lang
}{
	{tahapan.D(2023, 7, 23), "id"},
	{tahapan.D(2023, 12, 9), "id"},
	{tahapan.D(2024, 2, 13), "id"},
	{tahapan.D(2023, 7, 23), "en"},
}

// TestCaptionGolden compares the captions of a few fixed days with
// testdata/golden/DAY-LANG.txt. Run with -update to rewrite them.
func TestCaptionGolden(t *testing.T) {
	s := pemilu2024(t)
	for _, g := range goldenDays {
		var b bytes.Buffer
		for _, p := range Platforms() {
			c, err := NewCaption(s, p, at(t, g.day.Year, g.day.Month, g.day.Day), Options{Lang: g.lang})
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "===== %s (%d/%d %s) omitted: %v\n%s\n", p, c.Length, c.Limit, p.Limit().Unit, c.Omitted, c.Text)
		}
		name := filepath.Join("testdata", "golden", fmt.Sprintf("%s-%s.txt", g.day, g.lang))
		if *update {
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			actual := filepath.Join("testdata", "actual", filepath.Base(name))
			_ = os.MkdirAll(filepath.Dir(actual), 0o755)
			_ = os.WriteFile(actual, b.Bytes(), 0o644)
			t.Errorf("captions of %s (%s) differ from %s; got written to %s", g.day, g.lang, name, actual)
		}
	}
}

func TestCaptionH206(t *testing.T) {
	s := pemilu2024(t)
	c, err := NewCaption(s, Instagram, at(t, 2023, 7, 23), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"H-206 · Pemilu Serentak 2024",
		"Sisa waktu kurang lebih tujuh bulan menuju hari pemungutan suara, Rabu, 14 Februari 2024 (6 bulan 22 hari).",
		"(hari ke-230 dari 355)",
		"Berikutnya: ",
		"#Pemilu2024 #PemiluSerentak2024",
	} {
		if !strings.Contains(c.Text, want) {
			t.Errorf("caption lacks %q:\n%s", want, c.Text)
		}
	}
}

var phraseTests = []struct {
	day      tahapan.Date
	id, en   string
	wantSpan string
}{
	{tahapan.D(2023, 7, 23), "Sisa waktu kurang lebih tujuh bulan menuju hari pemungutan suara",
		"About seven months to go until voting day", "6 bulan 22 hari"},
	{tahapan.D(2023, 8, 14), "Sisa waktu tepat enam bulan menuju hari pemungutan suara",
		"Exactly six months to go until voting day", "6 bulan"},
	{tahapan.D(2023, 12, 1), "Sisa waktu kurang lebih dua bulan menuju hari pemungutan suara",
		"About two months to go until voting day", "2 bulan 13 hari"},
	{tahapan.D(2024, 1, 14), "Sisa waktu tiga puluh satu hari menuju hari pemungutan suara",
		"Thirty-one days to go until voting day", ""},
	{tahapan.D(2024, 2, 13), "Sisa waktu satu hari menuju hari pemungutan suara",
		"One day to go until voting day", ""},
	{tahapan.D(2024, 2, 14), "Hari ini hari pemungutan suara", "Today is voting day", ""},
	{tahapan.D(2024, 2, 15), "Satu hari telah berlalu sejak hari pemungutan suara",
		"One day has passed since voting day", ""},
	{tahapan.D(2024, 2, 17), "Tiga hari telah berlalu sejak hari pemungutan suara",
		"Three days have passed since voting day", ""},
}

func TestPhrase(t *testing.T) {
	s := pemilu2024(t)
	for _, tt := range phraseTests {
		now := at(t, tt.day.Year, tt.day.Month, tt.day.Day)
		d := NewData(s, X, now, Options{})
		if d.Phrase != tt.id || d.Span != tt.wantSpan {
			t.Errorf("%s: Phrase, Span = %q, %q; want %q, %q", tt.day, d.Phrase, d.Span, tt.id, tt.wantSpan)
		}
		if en := NewData(s, X, now, Options{Lang: "en"}); en.Phrase != tt.en {
			t.Errorf("%s: English Phrase = %q, want %q", tt.day, en.Phrase, tt.en)
		}
	}
}

// The day flips at local midnight: 23:30 WIB on 13 February is H-1 in WIB
// and already H in WITA.
func TestCaptionZone(t *testing.T) {
	s := pemilu2024(t)
	now := time.Date(2024, 2, 13, 23, 30, 0, 0, wib(t))
	wita, _ := tahapan.Zone("WITA")
	for _, tt := range []struct {
		loc  *time.Location
		want string
	}{{wib(t), "H-1 "}, {wita, "H Pemilu"}} {
		c, _ := NewCaption(s, X, now, Options{Zone: tt.loc})
		if !strings.HasPrefix(c.Text, tt.want) {
			t.Errorf("zone %s: caption starts %q, want %q", tt.loc, c.Text[:20], tt.want)
		}
	}
}

func TestCustomTemplate(t *testing.T) {
	s := pemilu2024(t)
	tmpl, err := ParseTemplate("kustom.tmpl", `{{.Label}}: {{words .Countdown.Days}} hari lagi · {{upper .Schedule}}{{with .Edukasi}} · {{.}}{{end}} {{join .Hashtags " "}}`)
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Templates: map[Platform]*Template{X: tmpl}, Hashtags: []string{"KPUKotaContoh", "#Pemilu2024", "Pemilu2024"}}
	c, err := NewCaption(s, X, at(t, 2023, 7, 23), opt)
	if err != nil {
		t.Fatal(err)
	}
	want := "H-206: dua ratus enam hari lagi · PEMILU SERENTAK 2024"
	if !strings.HasPrefix(c.Text, want) || !strings.HasSuffix(c.Text, "#KPUKotaContoh #Pemilu2024 #PemiluSerentak2024") {
		t.Errorf("custom caption = %q, want prefix %q and the two hashtags", c.Text, want)
	}
	// Other platforms keep their built-in template.
	if c, _ := NewCaption(s, Instagram, at(t, 2023, 7, 23), opt); !strings.HasPrefix(c.Text, "🗓️ H-206 · ") {
		t.Errorf("instagram with a custom X template: %q", c.Text)
	}
	if _, err := ParseTemplate("rusak.tmpl", "{{.Label"); err == nil || !strings.Contains(err.Error(), "rusak.tmpl") {
		t.Errorf("ParseTemplate(broken) error = %v, want one naming the file", err)
	}
	bad, _ := ParseTemplate("salah.tmpl", "{{.Bogus}}")
	if _, err := NewCaption(s, X, at(t, 2023, 7, 23), Options{Templates: map[Platform]*Template{X: bad}}); err == nil ||
		!strings.Contains(err.Error(), "Bogus") {
		t.Errorf("template with an unknown field: error = %v", err)
	}
}

// A template that is too long even with every part dropped is cut at a
// word and ends in "…", within the limit.
func TestCaptionTruncated(t *testing.T) {
	s := pemilu2024(t)
	long, _ := ParseTemplate("panjang.tmpl", "{{.Label}} "+strings.Repeat("pemilu jujur dan adil ", 40))
	c, err := NewCaption(s, X, at(t, 2023, 7, 23), Options{Templates: map[Platform]*Template{X: long}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(c.Text, "H-206 pemilu") || !strings.HasSuffix(c.Text, "…") || c.Length > 280 ||
		c.Length < 250 || !slicesContains(c.Omitted, "truncated") {
		t.Errorf("truncated caption (%d, %v) = %q", c.Length, c.Omitted, c.Text)
	}
	if strings.HasSuffix(c.Text, " …") || strings.Contains(c.Text, "adi…") {
		t.Errorf("not cut at a word: %q", c.Text)
	}
}

func TestShorteningOrder(t *testing.T) {
	s := pemilu2024(t)
	// A limit-sized template: X's 280 with a 150-character filler forces
	// several parts out; they must go in the table's order.
	filler := strings.Repeat("x", 150)
	tmpl, _ := ParseTemplate("t", filler+`{{range .Stages}}{{.Name}}{{end}}{{with .Next}}{{.Name}}{{end}}{{.Span}}{{.VotingDayText}}{{.Edukasi}}{{join .Hashtags ""}}{{.Label}}`)
	c, err := NewCaption(s, X, at(t, 2023, 7, 23), Options{Templates: map[Platform]*Template{X: tmpl}})
	if err != nil {
		t.Fatal(err)
	}
	order := ShorteningOrder()
	pos := 0
	for _, part := range c.Omitted {
		for pos < len(order) && order[pos] != part {
			pos++
		}
		if pos == len(order) {
			t.Fatalf("omitted %v out of ShorteningOrder %v", c.Omitted, order)
		}
	}
	if !strings.HasSuffix(c.Text, "H-206") {
		t.Errorf("the label was lost: %q", c.Text)
	}
}

func TestYouTubeAngleBrackets(t *testing.T) {
	s := pemilu2024(t)
	tmpl, _ := ParseTemplate("yt", "{{.Label}} <b>tebal</b>")
	c, _ := NewCaption(s, YouTube, at(t, 2023, 7, 23), Options{Templates: map[Platform]*Template{YouTube: tmpl}})
	if strings.ContainsAny(c.Text, "<>") {
		t.Errorf("YouTube caption keeps < or >: %q", c.Text)
	}
}

func TestBuiltinTemplates(t *testing.T) {
	for _, p := range Platforms() {
		src := BuiltinTemplate(p)
		if src == "" {
			t.Fatalf("no built-in template for %s", p)
		}
		// Each is a valid template for the documented functions.
		if _, err := template.New("x").Funcs(TemplateFuncs()).Parse(src); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	if BuiltinTemplate("myspace") != "" {
		t.Error("BuiltinTemplate(unknown) is not empty")
	}
}

func TestOptionsErrors(t *testing.T) {
	s := pemilu2024(t)
	if _, err := NewCaption(s, X, at(t, 2023, 7, 23), Options{Lang: "jv"}); err == nil ||
		!strings.Contains(err.Error(), `invalid language "jv"`) {
		t.Errorf("Lang jv: error = %v", err)
	}
}

// The education line: a short stage in progress wins; a long one only in
// its first two weeks; a stage ahead only within two weeks of its start.
func TestEdukasiChoice(t *testing.T) {
	s := pemilu2024(t)
	tests := []struct {
		day  tahapan.Date
		want string
	}{
		{tahapan.D(2023, 8, 20), "caleg-pengumuman-dcs"}, // 5 days, within the 10-day comment window
		{tahapan.D(2024, 2, 12), "masa-tenang"},
		{tahapan.D(2024, 2, 14), "pemungutan-suara"},
		{tahapan.D(2024, 1, 25), "rapat-umum-iklan"},
		{tahapan.D(2024, 1, 31), "rapat-umum-iklan"}, // in progress beats the debate of 4 February ahead
		{tahapan.D(2023, 11, 28), "masa-kampanye"},   // a 75-day stage on its first day
		{tahapan.D(2023, 12, 20), "debat-2"},         // the debate of 22 December, two days ahead
		{tahapan.D(2023, 7, 23), ""},                 // issue 14: not the DPD support of December 2022
		{tahapan.D(2023, 2, 14), "pantarlih"},        // coklit; not "Kenali calon", before anyone registered
	}
	for _, tt := range tests {
		d := NewData(s, Instagram, at(t, tt.day.Year, tt.day.Month, tt.day.Day), Options{})
		if d.EdukasiStage != tt.want {
			t.Errorf("%s: edukasi from %q, want %q", tt.day, d.EdukasiStage, tt.want)
		}
	}
	// On every day, the stage chosen is in season.
	for day := tahapan.D(2022, 6, 1); !day.After(tahapan.D(2024, 10, 31)); day = day.AddDays(1) {
		id := NewData(s, Instagram, at(t, day.Year, day.Month, day.Day), Options{}).EdukasiStage
		if id == "" {
			continue
		}
		st, _ := s.Stage(id)
		since := day.DaysSince(st.Start)
		inSeason := (since < 0 && -since <= EdukasiDays) ||
			(since >= 0 && !day.After(st.End) && (st.Days() <= 31 || since < EdukasiDays))
		if !inSeason {
			t.Errorf("%s: edukasi of %s (%s), out of season", day, id, st.Period)
		}
	}
}

// Every embedded schedule gives captions that carry the label and fit, on
// every third day from its first stage to a week after voting day.
func TestCaptionAllSchedules(t *testing.T) {
	all, err := schedules.All()
	if err != nil {
		t.Fatal(err)
	}
	loc := wib(t)
	for _, s := range all {
		if s.Planned() {
			continue // no H-label before KPU sets the voting day
		}
		first := votingDay(s)
		for _, st := range s.All() {
			if st.Start.Before(first) {
				first = st.Start
			}
		}
		for day := first; !day.After(votingDay(s).AddDays(7)); day = day.AddDays(3) {
			label := tahapan.HLabel(votingDay(s).DaysSince(day))
			for _, p := range Platforms() {
				c, err := NewCaption(s, p, day.In(loc), Options{})
				if err != nil {
					t.Fatalf("%s %s %s: %v", s.ID, day, p, err)
				}
				if !hasLabel(c.Text, label) || c.Length > c.Limit || slicesContains(c.Omitted, "truncated") {
					t.Fatalf("%s %s %s (%d/%d %v):\n%s", s.ID, day, p, c.Length, c.Limit, c.Omitted, c.Text)
				}
			}
		}
	}
}

// BenchmarkNewCaption builds the X caption of one day, the costliest
// platform to fit.
func BenchmarkNewCaption(b *testing.B) {
	s := pemilu2024(b)
	now := at(b, 2023, 12, 9)
	for b.Loop() {
		if _, err := NewCaption(s, X, now, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// Issue 14: an empty hashtag, or one with "#", a space or punctuation
// inside, is an error rather than silently dropped or written as "#KPU#X".
func TestHashtagCheck(t *testing.T) {
	s := pemilu2024(t)
	for _, h := range []string{"", "#", "KPU#X", "KPU Kota", "KPU-Kota", "#KPU\t"} {
		if _, err := NewCaption(s, X, at(t, 2023, 7, 23), Options{Hashtags: []string{h}}); err == nil ||
			!strings.Contains(err.Error(), "hashtag") {
			t.Errorf("hashtag %q: error = %v", h, err)
		}
	}
	for _, h := range []string{"KPUKotaMojokerto", "#Pemilu2024", "Pemilu_Damai", "KPUKabAceh"} {
		if err := CheckHashtag(h); err != nil {
			t.Errorf("CheckHashtag(%q) = %v", h, err)
		}
	}
}

// The office's name is in every platform's caption, and the office's
// hashtag survives the X limit.
func TestOffice(t *testing.T) {
	s := pemilu2024(t)
	opt := Options{Office: "KPU Kota Mojokerto", Hashtags: []string{"KPUKotaMojokerto"}}
	for _, p := range Platforms() {
		c, err := NewCaption(s, p, at(t, 2023, 7, 23), opt)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(c.Text, "KPU Kota Mojokerto") || !strings.Contains(c.Text, "#KPUKotaMojokerto #Pemilu2024") {
			t.Errorf("%s caption lacks the office or its hashtag:\n%s", p, c.Text)
		}
	}
}

// Issue 11: honest words. No "menuju" for a past day; the polls' phase on
// voting day; a planned schedule says its voting day is not set.
func TestHonestWords(t *testing.T) {
	pilkada, err := schedules.Load("pilkada-2024")
	if err != nil {
		t.Fatal(err)
	}
	wibLoc := wib(t)
	c, err := NewCaption(pilkada, Instagram, time.Date(2026, 11, 29, 9, 0, 0, 0, wibLoc), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(c.Text, "menuju") || !strings.Contains(c.Text, "H+732") {
		t.Errorf("pilkada-2024 at 2026-11-29:\n%s", c.Text)
	}
	s := pemilu2024(t)
	for _, tt := range []struct {
		hour      int
		id, en    string
		notID     string
		dayOffset int
	}{
		{6, "TPS dibuka pukul 07.00 WIB", "Polls open at 07:00 WIB", "", 0},
		{10, "TPS buka sampai 13.00 WIB", "Polls open until 13:00 WIB", "", 0},
		{15, "TPS sudah ditutup", "Polls have closed", "", 0},
		{9, "Satu hari telah berlalu sejak hari pemungutan suara", "One day has passed since voting day", "menuju", 1},
	} {
		now := time.Date(2024, 2, 14+tt.dayOffset, tt.hour, 0, 0, 0, wibLoc)
		for lang, want := range map[kata.Lang]string{"id": tt.id, "en": tt.en} {
			c, err := NewCaption(s, Instagram, now, Options{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(c.Text, want) || (tt.notID != "" && strings.Contains(c.Text, tt.notID)) {
				t.Errorf("%s %s: lacks %q:\n%s", now, lang, want, c.Text)
			}
		}
	}
	p2029, err := schedules.Load("pemilu-2029")
	if err != nil {
		t.Fatal(err)
	}
	c, err = NewCaption(p2029, X, time.Date(2026, 11, 29, 9, 0, 0, 0, wibLoc), Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The DPR and DPD oath of 1 October 2029 (expected) is 1037 days from
	// 29 November 2026: 33 days to 1 January 2027, 365 + 366 to 1 January
	// 2029, then 273.
	for _, want := range []string{"belum ditetapkan KPU", "1037 hari menuju Pengucapan sumpah/janji anggota DPR dan DPD", "Senin, 1 Oktober 2029", "#Pemilu2029"} {
		if !strings.Contains(c.Text, want) {
			t.Errorf("pemilu-2029 caption lacks %q:\n%s", want, c.Text)
		}
	}
	if strings.Contains(c.Text, "H-") {
		t.Errorf("pemilu-2029 caption has an H-label before KPU sets the day:\n%s", c.Text)
	}
	posts, err := Plan(p2029, tahapan.Period{Start: tahapan.D(2026, 11, 29), End: tahapan.D(2026, 12, 28)}, Platforms(), Options{})
	if err != nil || len(posts) != 30*5 {
		t.Errorf("plan of pemilu-2029: %d posts, %v", len(posts), err)
	}
}

// An English caption carries a stage's English edukasi text, and none
// rather than the Indonesian one.
func TestEdukasiEnglish(t *testing.T) {
	const doc = `
id: contoh
name: Pemilu Contoh
voting_day: 2024-02-14
stages:
  - id: kampanye
    name: Masa kampanye
    edukasi: "Kenali calon Anda."
    edukasi_en: "Get to know your candidates."
    start: 2024-01-01
    end: 2024-01-20
  - id: tenang
    name: Masa tenang
    edukasi: "Tidak ada kampanye."
    start: 2024-02-11
    end: 2024-02-13
`
	s, err := tahapan.Load(strings.NewReader(doc), "contoh.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		day     int // of the month: January, then February
		lang    kata.Lang
		want    string
		notWant string
	}{
		{5, "en", "Get to know your candidates.", "Kenali"},
		{5, "id", "Kenali calon Anda.", "Get to know"},
		{12 + 31, "en", "", "Tidak ada kampanye"},
		{12 + 31, "id", "Tidak ada kampanye.", ""},
	} {
		day := tahapan.D(2024, 1, 1).AddDays(tt.day - 1)
		d := NewData(s, Instagram, day.In(s.Location()), Options{Lang: tt.lang})
		if d.Edukasi != tt.want {
			t.Errorf("%s %s: edukasi %q, want %q", day, tt.lang, d.Edukasi, tt.want)
		}
		c, _ := NewCaption(s, Instagram, day.In(s.Location()), Options{Lang: tt.lang})
		if tt.notWant != "" && strings.Contains(c.Text, tt.notWant) {
			t.Errorf("%s %s: caption mixes the languages:\n%s", day, tt.lang, c.Text)
		}
	}
}
