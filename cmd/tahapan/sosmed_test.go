package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCaptionCmd(t *testing.T) {
	out, errOut, code := runCLI(t, "caption", "--schedule", "pemilu-2024", "--platform", "x")
	if code != 0 || !strings.HasPrefix(out, "H-206 Pemilu Serentak 2024: Sisa waktu kurang lebih tujuh bulan") {
		t.Fatalf("exit %d, stderr %q:\n%s", code, errOut, out)
	}
	out, _, code = runCLI(t, "caption", "--schedule", "pemilu-2024", "--at", "2023-12-09")
	for _, want := range []string{"── Instagram (", "── Facebook (", "── X (", "/280 weighted characters) ──", "── YouTube (",
		"/5000 bytes) ──", "── TikTok (", "H-67", "Masa Kampanye Pemilu (hari ke-12 dari 75)"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("exit %d, output lacks %q:\n%s", code, want, out)
		}
	}
	out, _, code = runCLI(t, "caption", "--schedule", "pemilu-2024", "-o", "json", "--lang", "en", "-p", "instagram,tiktok")
	var caps []struct {
		Platform, Kind, Text string
		Length, Limit        int
	}
	if err := json.Unmarshal([]byte(out), &caps); err != nil || code != 0 {
		t.Fatalf("exit %d, %v:\n%s", code, err, out)
	}
	if len(caps) != 2 || caps[0].Platform != "instagram" || caps[1].Platform != "tiktok" ||
		!strings.Contains(caps[0].Text, "About seven months to go until voting day") || caps[0].Length > caps[0].Limit {
		t.Errorf("json captions = %+v", caps)
	}
}

func TestCaptionTemplate(t *testing.T) {
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "kota.tmpl")
	os.WriteFile(tmpl, []byte(`{{.Label}} · {{words .Countdown.Days}} hari lagi {{join .Hashtags " "}}`), 0o644)
	out, errOut, code := runCLI(t, "caption", "--schedule", "pemilu-2024", "-p", "x", "--template", tmpl,
		"--hashtag", "KPUKotaContoh", "--hashtag", "#Pemilu2024")
	if code != 0 || out != "H-206 · dua ratus enam hari lagi #KPUKotaContoh #Pemilu2024\n" {
		t.Errorf("exit %d, stderr %q, output %q", code, errOut, out)
	}
	out, _, code = runCLI(t, "caption", "-p", "tiktok", "--show-template")
	if code != 0 || !strings.Contains(out, "{{.Label}}") {
		t.Errorf("--show-template: exit %d\n%s", code, out)
	}
	bad := filepath.Join(dir, "rusak.tmpl")
	os.WriteFile(bad, []byte(`{{.Label`), 0o644)
	unknown := filepath.Join(dir, "salah.tmpl")
	os.WriteFile(unknown, []byte(`{{.Hari}}`), 0o644)
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"caption", "--template", bad}, "rusak.tmpl"},
		{[]string{"caption", "--schedule", "pemilu-2024", "--template", unknown}, "Hari"},
		{[]string{"caption", "--template", filepath.Join(dir, "tidak-ada.tmpl")}, "tidak-ada.tmpl"},
		{[]string{"caption", "-p", "myspace"}, `unknown platform "myspace"`},
		{[]string{"caption", "--show-template"}, "name one --platform"},
	} {
		_, errOut, code := runCLI(t, tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tt.args, code, errOut, tt.msg)
		}
	}
}

func TestPlanCmd(t *testing.T) {
	out, errOut, code := runCLI(t, "plan", "--schedule", "pemilu-2024", "--from", "2024-02-10", "--to", "2024-02-14",
		"--platforms", "instagram,x")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "\uFEFFdate,platform,kind,stage,length,limit,caption\r\n") {
		t.Errorf("CSV starts %q", out[:min(len(out), 60)])
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, r := range rows[1:] {
		kinds[r[2]]++
	}
	// 5 days × 2 platforms of countdowns; reminders at H-3, H-1, H; the
	// campaign and its rally window end, the quiet period starts and ends.
	if kinds["countdown"] != 10 || kinds["reminder"] != 6 || kinds["stage-end"] != 6 || kinds["stage-start"] != 2 {
		t.Errorf("kinds = %v", kinds)
	}
	out, _, code = runCLI(t, "plan", "--schedule", "pemilu-2024", "--from", "2024-02-14", "--to", "2024-02-14", "-o", "json", "--bom=false")
	var posts []struct{ Date, Platform, Kind, Caption string }
	if err := json.Unmarshal([]byte(out), &posts); err != nil || code != 0 || len(posts) != 10 {
		t.Fatalf("exit %d, %v, %d posts", code, err, len(posts))
	}
	// --to defaults to voting day.
	out, _, code = runCLI(t, "plan", "--schedule", "pemilu-2024", "--from", "2024-02-13", "--platforms", "x", "--bom=false")
	if code != 0 || !strings.HasPrefix(out, "date,") || !strings.Contains(out, "2024-02-14,x,reminder") {
		t.Errorf("default --to: exit %d\n%s", code, out)
	}
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"plan", "-o", "xml"}, `invalid --output "xml": want csv, json or ics`},
		{[]string{"plan", "--schedule", "pemilu-2024", "--from", "2024-02-14", "--to", "2024-02-01"}, "--to 2024-02-01 is before --from 2024-02-14"},
		{[]string{"plan", "--schedule", "pemilu-2024", "--from", "2024-02-30"}, `--from: invalid date "2024-02-30"`},
		{[]string{"plan", "--platforms", "x,friendster"}, `unknown platform "friendster"`},
	} {
		_, errOut, code := runCLI(t, tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tt.args, code, errOut, tt.msg)
		}
	}
}

func TestCardCmd(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "h-206.png")
	out, errOut, code := runCLI(t, "card", "--schedule", "pemilu-2024", "--out", file, "--size", "portrait", "--bg", "#0B3D91")
	if code != 0 || out != file+"\n" {
		t.Fatalf("exit %d, stderr %q, out %q", code, errOut, out)
	}
	b, _ := os.ReadFile(file)
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil || img.Bounds().Dx() != 1080 || img.Bounds().Dy() != 1350 {
		t.Fatalf("card: %v %v", err, img.Bounds())
	}
	if r, g, bl, _ := img.At(2, 2).RGBA(); r>>8 != 0x0B || g>>8 != 0x3D || bl>>8 != 0x91 {
		t.Errorf("--bg not applied: %x %x %x", r>>8, g>>8, bl>>8)
	}
	out, _, code = runCLI(t, "card", "--schedule", "pemilu-2024", "--out", "-")
	if _, err := png.Decode(strings.NewReader(out)); code != 0 || err != nil {
		t.Errorf("--out -: exit %d, %v", code, err)
	}
	batch := filepath.Join(dir, "kartu")
	out, errOut, code = runCLI(t, "card", "--schedule", "pemilu-2024", "--from", "2024-02-12", "--to", "2024-02-14", "--out-dir", batch)
	files, _ := filepath.Glob(filepath.Join(batch, "*.png"))
	if code != 0 || len(files) != 3 || !strings.HasPrefix(out, "3 cards in ") || errOut != "" {
		t.Errorf("batch: exit %d, %d files, out %q, stderr %q (no progress bar when stderr is not a terminal)", code, len(files), out, errOut)
	}
	theme := filepath.Join(dir, "tema.json")
	os.WriteFile(theme, []byte(`{"latar": "#000000"}`), 0o644)
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"card", "--size", "banner"}, `unknown card size "banner"`},
		{[]string{"card", "--accent", "kuning"}, `--accent: invalid colour "kuning"`},
		{[]string{"card", "--from", "2024-01-01"}, "needs --from, --to and --out-dir"},
		{[]string{"card", "--theme", theme}, `unknown key "latar"`},
		{[]string{"card", "--logo", theme}, "--logo"},
	} {
		_, errOut, code := runCLI(t, tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tt.args, code, errOut, tt.msg)
		}
	}
}

func TestTimelineCmd(t *testing.T) {
	out, errOut, code := runCLI(t, "timeline", "--schedule", "pemilu-2024")
	if code != 0 || !strings.HasPrefix(out, "<svg ") || !strings.Contains(out, "hari ini 23 Jul 2023") {
		t.Fatalf("exit %d, stderr %q\n%.200s", code, errOut, out)
	}
	file := filepath.Join(t.TempDir(), "tahapan.svg")
	out, _, code = runCLI(t, "timeline", "--schedule", "pemilu-2024", "--out", file, "--no-today", "--depth", "0", "--lang", "en")
	b, _ := os.ReadFile(file)
	if code != 0 || out != file+"\n" || strings.Contains(string(b), "today") || !strings.Contains(string(b), "Campaign period") ||
		strings.Contains(string(b), "Presidential debate") {
		t.Errorf("exit %d, out %q", code, out)
	}
	_, errOut, code = runCLI(t, "timeline", "--width", "100")
	if code != 2 || !strings.Contains(errOut, "width 100") {
		t.Errorf("--width 100: exit %d, %q", code, errOut)
	}
}

// TestPlanICS writes the posting plan as a feed: one event per post,
// stable UIDs, and a feed that passes lint.
func TestPlanICS(t *testing.T) {
	args := []string{"plan", "--schedule", "pemilu-2024", "--from", "2024-02-10", "--to", "2024-02-14", "--platforms", "x,instagram", "-o", "ics"}
	out, errOut, code := runCLI(t, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	again, _, _ := runCLI(t, args...)
	if out != again {
		t.Error("the plan feed differs between two runs")
	}
	for _, want := range []string{"UID:pemilu-2024/plan/2024-02-14/x/countdown@", "UID:pemilu-2024/plan/2024-02-13/instagram/reminder@",
		"DTSTART;VALUE=DATE:20240214", "SUMMARY:[X] "} {
		if !strings.Contains(out, want) {
			t.Errorf("plan feed lacks %q", want)
		}
	}
	if n := strings.Count(out, "BEGIN:VEVENT"); n < 10 {
		t.Errorf("%d events, want at least 10 (5 days x 2 platforms)", n)
	}
	path := filepath.Join(t.TempDir(), "plan.ics")
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if lint, _, code := runCLI(t, "lint", path); code != 0 {
		t.Errorf("lint: %s", lint)
	}
}
