package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/schedules"
)

// englishRE matches common English words that no Indonesian sentence
// holds (the list of the feed test in tahapan/ical).
var englishRE = regexp.MustCompile(`(?i)\b(the|and|is|of|from|was|with|only|not|by|to|source|sources|confirmed|rule|note|for|are|this|that|before|after|day|days|start|end|fixed|working)\b`)

// wordsFixture holds Pemilu 2024's masa tenang with its note in both
// languages.
const wordsFixture = "../../tahapan/ical/testdata/words.yaml"

func TestExplainOneLanguage(t *testing.T) {
	id, errOut, code := runCLI(t, "explain", "masa-tenang", "--schedule", wordsFixture)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := `Masa Tenang [masa-tenang] · 11 Feb 2024 – 13 Feb 2024 · 3 hari
  mulai   2024-02-11  H-3   3 hari sebelum hari pemungutan suara (2024-02-14) [H-3] · UU 7/2017 Pasal 278(1)
  selesai 2024-02-13  H-1   1 hari sebelum hari pemungutan suara (2024-02-14) [H-1] · UU 7/2017 Pasal 278(1)
  catatan: Tahapan 8: tiga hari tepat sebelum hari pemungutan suara.
`
	if id != want {
		t.Errorf("explain masa-tenang:\n%s\nwant:\n%s", id, want)
	}
	if w := englishRE.FindAllString(id, -1); len(w) > 0 {
		t.Errorf("Indonesian explain holds English words %q", w)
	}
	en, _, _ := runCLI(t, "explain", "masa-tenang", "--schedule", wordsFixture, "--lang", "en")
	for _, w := range []string{"mulai", "selesai", "hari", "catatan", "sebelum", "Tahapan"} {
		if strings.Contains(en, w) {
			t.Errorf("English explain holds %q:\n%s", w, en)
		}
	}
	if !strings.Contains(en, "  start   2024-02-11  H-3   3 days before voting day (2024-02-14)") ||
		!strings.Contains(en, "  note: Stage 8: the three days right before voting day.") {
		t.Errorf("English explain:\n%s", en)
	}
	// A fixed date says so in each language.
	out, _, _ := runCLI(t, "explain", "masa-kampanye", "--schedule", wordsFixture)
	if !strings.Contains(out, "mulai   2023-11-28  H-78  tanggal tetap dalam jadwal") {
		t.Errorf("explain masa-kampanye:\n%s", out)
	}
}

// TestExplainPemilu2024Words checks the embedded masa tenang once its
// note is in Indonesian (note_en set); until then it reports and skips.
func TestExplainPemilu2024Words(t *testing.T) {
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		t.Fatal(err)
	}
	out, _, code := runCLI(t, "explain", "masa-tenang", "--schedule", "pemilu-2024")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	w := englishRE.FindAllString(out, -1)
	if st, err := s.Stage("masa-tenang"); err == nil && st.NoteEN == "" {
		t.Skipf("masa-tenang has no note_en yet: its Indonesian note holds %d English words", len(w))
	}
	if len(w) > 0 {
		t.Errorf("explain masa-tenang holds English words %q:\n%s", w, out)
	}
}
