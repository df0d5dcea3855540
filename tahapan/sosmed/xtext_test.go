package sosmed

import (
	"strings"
	"testing"
)

var weightedTests = []struct {
	name string
	text string
	want int
}{
	{"empty", "", 0},
	{"ascii", "H-206 menuju Pemilu", 19},
	{"latin-1 and dashes", "07.00–13.00 · “tenang”", 22},
	{"ellipsis outside the ranges", "…", 2},
	{"bullet outside the ranges", "•", 2},
	{"CJK", "日本語", 6},
	{"emoji", "🗳️", 2},
	{"emoji without VS16", "😀", 2},
	{"skin tone", "👍🏽", 2},
	{"ZWJ family", "👨‍👩‍👧‍👦", 2},
	{"flag", "🇮🇩", 2},
	{"keycap", "1️⃣", 2},
	{"digit alone", "1", 1},
	{"text and emoji", "Ayo memilih 🗳️!", 15},
	{"https URL", "lihat https://www.kpu.go.id/berita/baca/12345/sangat-panjang-sekali ya", 6 + 23 + 3},
	{"short URL still 23", "https://a.id", 23},
	{"www URL", "www.kpu.go.id.", 24},
	{"bare domain: at least 23", "kpu.go.id", 23},
	{"long bare domain: its length", "infopemilu.kpu.go.id/Pemilu/Dct_dpr/dct", 39},
	{"time is not a domain", "07.00", 5},
	{"number is not a domain", "Rp1.000.000", 11},
	{"abbreviation is not a domain", "a.n. dst.", 9},
}

func TestWeightedLength(t *testing.T) {
	for _, tt := range weightedTests {
		if got := WeightedLength(tt.text); got != tt.want {
			t.Errorf("%s: WeightedLength(%q) = %d, want %d", tt.name, tt.text, got, tt.want)
		}
	}
}

func TestPlatformLength(t *testing.T) {
	text := "Rabu – 🗳️"
	tests := []struct {
		p    Platform
		want int
	}{
		{Instagram, 10}, // 7 BMP characters + U+1F5F3 (2 UTF-16 units) + U+FE0F
		{Facebook, 10},
		{TikTok, 10},
		{YouTube, len(text)}, // bytes
		{X, 9},               // "Rabu – " is 7, the emoji 2
	}
	for _, tt := range tests {
		if got := tt.p.Length(text); got != tt.want {
			t.Errorf("%s.Length(%q) = %d, want %d", tt.p, text, got, tt.want)
		}
	}
	if !X.Fits(strings.Repeat("a", 280)) || X.Fits(strings.Repeat("a", 281)) || X.Fits(strings.Repeat("日", 141)) {
		t.Error("X.Fits: wrong at the 280 boundary")
	}
}

func TestLimitsTable(t *testing.T) {
	want := map[Platform]int{Instagram: 2200, Facebook: 63206, X: 280, YouTube: 5000, TikTok: 2200}
	for _, p := range Platforms() {
		l := p.Limit()
		if l.Max != want[p] || l.Source == "" || l.What == "" {
			t.Errorf("%s.Limit() = %+v, want max %d with a source", p, l, want[p])
		}
	}
}

func TestParsePlatform(t *testing.T) {
	for in, want := range map[string]Platform{"Instagram": Instagram, "ig": Instagram, "twitter": X, "X": X,
		" youtube ": YouTube, "TikTok": TikTok, "fb": Facebook} {
		if got, err := ParsePlatform(in); err != nil || got != want {
			t.Errorf("ParsePlatform(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParsePlatform("myspace"); err == nil || !strings.Contains(err.Error(), `unknown platform "myspace"`) {
		t.Errorf("ParsePlatform(myspace) error = %v", err)
	}
	list, err := ParsePlatforms("x,ig,x")
	if err != nil || len(list) != 2 || list[0] != X || list[1] != Instagram {
		t.Errorf("ParsePlatforms(x,ig,x) = %v, %v", list, err)
	}
	if list, _ := ParsePlatforms(""); len(list) != 5 {
		t.Errorf("ParsePlatforms(\"\") = %v, want all five", list)
	}
}
