package main

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// TestSourcesTable pins rows of the host table of pemilu-2024; the counts
// were checked against the YAML with a separate script (stages citing the
// host, and those of them that are tahapan).
func TestSourcesTable(t *testing.T) {
	out, errOut, code := runCLI(t, "sources", "--schedule", "pemilu-2024")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, re := range []string{
		`(?m)^Pemilu Serentak 2024 \(pemilu-2024\): 101 tahapan dan kegiatan, 11 tahapan utama$`,
		`(?m)^HOST\s+KELAS\s+TAHAPAN\s+UTAMA$`,
		`(?m)^nasional\.kompas\.com\s+media besar\s+19\s+11$`,
		`(?m)^jdih\.kpu\.go\.id\s+primer\s+2\s+1$`,
		`(?m)^news\.okezone\.com\s+lainnya\s+18\s+0$`,
		`(?m)^Tahapan utama dengan sumber primer atau media besar: 11 dari 11 \(100%\)$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("no line matching %s in:\n%s", re, out)
		}
	}
	if strings.Contains(out, ":443") || strings.Contains(out, "Tanpa:") {
		t.Errorf("unexpected port or missing main stages:\n%s", out)
	}
	// The first data row is the most-cited host.
	lines := strings.Split(out, "\n")
	if len(lines) < 3 || !strings.HasPrefix(lines[2], "nasional.kompas.com ") {
		t.Errorf("first row %q, want nasional.kompas.com", lines[2])
	}

	out, _, code = runCLI(t, "sources", "--schedule", "pilkada-2024", "--lang", "en")
	if code != 0 || !strings.Contains(out, "Main stages citing a primary page or a major outlet: 11 of 12 (91%)\nWithout: pelantikan\n") {
		t.Errorf("pilkada-2024: exit %d\n%s", code, out)
	}
}

func TestSourcesJSON(t *testing.T) {
	out, errOut, code := runCLI(t, "sources", "--schedule", "pemilu-2019", "-o", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var sum struct {
		Schedule    string   `json:"schedule"`
		Main        int      `json:"main_stages"`
		MainStrong  int      `json:"main_stages_with_strong_source"`
		MainWithout []string `json:"main_stages_without_strong_source"`
		Hosts       []struct {
			Host, Class string
			Stages      int
			MainStages  int `json:"main_stages"`
		}
		FileSources []struct{ URL, Host, Class string } `json:"file_sources"`
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if sum.Schedule != "pemilu-2019" || sum.Main != 14 || sum.MainStrong != 9 || len(sum.MainWithout) != 5 {
		t.Errorf("got %s %d/%d without %v", sum.Schedule, sum.MainStrong, sum.Main, sum.MainWithout)
	}
	classes := map[string]string{}
	for _, h := range sum.Hosts {
		classes[h.Host] = h.Class
	}
	if classes["kl.antaranews.com"] != "major" || classes["kota-cirebon.kpu.go.id"] != "primary" || classes["teritorial.com"] != "other" {
		t.Errorf("classes: %v", classes)
	}
	var primaryFile bool
	for _, f := range sum.FileSources {
		primaryFile = primaryFile || (f.Class == "primary" && f.Host == "jdih.kpu.go.id")
	}
	if !primaryFile {
		t.Errorf("file sources lack jdih.kpu.go.id: %+v", sum.FileSources)
	}

	out, _, code = runCLI(t, "sources", "--schedule", "all", "-o", "json")
	var all []struct{ Schedule string }
	if err := json.Unmarshal([]byte(out), &all); code != 0 || err != nil || len(all) < 3 {
		t.Errorf("--schedule all: exit %d, %v, %d schedules", code, err, len(all))
	}
}

func TestSourcesStage(t *testing.T) {
	out, errOut, code := runCLI(t, "sources", "--schedule", "pemilu-2024", "--stage", "perencanaan", "-o", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var st struct {
		ID, Confidence, Note, Start, End string
		NoteEN                           string `json:"note_en"`
		Main                             bool
		Sources                          []struct{ URL, Host, Class string }
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if st.ID != "perencanaan" || st.Confidence != "confirmed" || !st.Main || st.Start != "2022-06-14" || st.End != "2024-06-14" ||
		len(st.Sources) != 2 || st.Sources[0].Host != "nasional.kompas.com" || st.Sources[1].Class != "major" ||
		!strings.Contains(st.Note, "sama-sama menyebut 14 Juni 2022 - 14 Juni 2024") || !strings.Contains(st.NoteEN, "both give 14 Jun 2022 - 14 Jun 2024") {
		t.Errorf("got %+v", st)
	}

	out, _, code = runCLI(t, "sources", "--schedule", "pemilu-2024", "--stage", "putaran2-pemutakhiran")
	for _, want := range []string{"keyakinan: sumber saling bertentangan", "[lainnya] https://katadata.co.id/", "22 Maret - 25 April 2024", "17 Mei - 12 Juni 2024"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("run-off voter list: exit %d, no %q in:\n%s", code, want, out)
		}
	}
}

func TestSourcesStageEnglish(t *testing.T) {
	out, _, code := runCLI(t, "sources", "--schedule", "pemilu-2024", "--stage", "putaran2-pemutakhiran", "--lang", "en")
	for _, want := range []string{"confidence: sources conflict", "[other] https://katadata.co.id/", "22 Mar - 25 Apr 2024", "17 May - 12 Jun 2024"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("run-off voter list (en): exit %d, no %q in:\n%s", code, want, out)
		}
	}
}

func TestSourcesErrors(t *testing.T) {
	tests := [][]string{
		{"sources", "--schedule", "pemilu-1955"},
		{"sources", "--schedule", "pemilu-2024", "--stage", "no-such-stage"},
		{"sources", "--schedule", "all", "--stage", "perencanaan"},
		{"sources", "extra-arg"},
	}
	for _, args := range tests {
		out, errOut, code := runCLI(t, args...)
		if code != 2 || out != "" || !strings.HasPrefix(errOut, "tahapan: ") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and one error", args, code, out, errOut)
		}
	}
}
