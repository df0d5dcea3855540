package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestCompletion: shell completion offers the schedule ids, the stage ids
// of the chosen schedule, the platforms and the zones.
func TestCompletion(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"__complete", "countdown", "--schedule", ""}, "\npemilu-2024\n"},
		{[]string{"__complete", "countdown", "--schedule", "pemilu-2024", "masa-k"}, "masa-kampanye\n"},
		{[]string{"__complete", "explain", "--schedule", "pilkada-2024", "psu-kab-s"}, "psu-kab-serang\n"},
		{[]string{"__complete", "caption", "--platform", ""}, "instagram\n"},
		{[]string{"__complete", "countdown", "--tz", ""}, "WITA\n"},
		{[]string{"__complete", "countdown", "--lang", ""}, "en\n"},
	} {
		out, _, code := runCLI(t, tt.args...)
		if code != 0 || !strings.Contains("\n"+out, tt.want) {
			t.Errorf("%v: exit %d, %q lacks %q", tt.args, code, out, tt.want)
		}
	}
}

// TestUsageErrors: a bad value is one clean line with exit 2, with no Go
// function names, and an unknown stage id gets a suggestion.
func TestUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"holidays", "--year", "abc"}, `invalid argument "abc" for "--year" flag: want a year from 1900 to 2200`},
		{[]string{"holidays", "--year", "0"}, "want a year from 1900 to 2200"},
		{[]string{"card", "--workers", "lots"}, `--workers: invalid value "lots": want a whole number`},
		{[]string{"countdown", "masa-kampanya", "--schedule", "pemilu-2024"}, "did you mean masa-kampanye?"},
	} {
		_, errOut, code := runCLI(t, tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.want) || strings.Contains(errOut, "strconv") ||
			strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and one line with %q", tt.args, code, errOut, tt.want)
		}
	}
}

// TestToday: what a user sees on 29 November 2026 with no --schedule is
// Pemilu 2029, whose voting day KPU has not set; no H+732.
func TestToday(t *testing.T) {
	out, errOut, code := runCLI(t, "countdown", "--at", "2026-11-29")
	if code != 0 || !strings.Contains(errOut, "jadwal pemilu-2029 (Pemilu Serentak Nasional 2029): pemilu berikutnya; KPU belum menetapkan") || !strings.Contains(out, "belum ditetapkan") ||
		strings.Contains(out, "H+") || !strings.Contains(out, "1 Oktober 2029") {
		t.Errorf("exit %d\nstderr %s\nstdout %s", code, errOut, out)
	}
	out, _, code = runCLI(t, "countdown", "--at", "2026-11-29", "--output", "json")
	if code != 0 || !strings.Contains(out, `"schedule": "pemilu-2029"`) || !strings.Contains(out, `"voting_day_pending": true`) ||
		strings.Contains(out, `"label"`) || !strings.Contains(out, "belum") {
		t.Errorf("json: exit %d\n%s", code, out)
	}
	out, _, _ = runCLI(t, "schedules", "--output", "json")
	if !strings.Contains(out, `"status": "planned",
    "voting_day": null`) || !strings.Contains(out, `"id": "pilkada-ulang-2025"`) {
		t.Errorf("schedules: %s", out)
	}
	out, _, _ = runCLI(t, "stages", "--schedule", "pemilu-2029")
	if !strings.Contains(out, "2029-10-01") || !strings.Contains(out, "2029-10-20") {
		t.Errorf("stages pemilu-2029: %s", out)
	}
	out, _, _ = runCLI(t, "stages", "--schedule", "pilkada-ulang-2025")
	if !strings.Contains(out, "2025-08-27") {
		t.Errorf("stages pilkada-ulang-2025: %s", out)
	}
	out, _, _ = runCLI(t, "countdown", "--schedule", "pilkada-2024", "--at", "2026-11-29")
	if !strings.Contains(out, "H+732 setelah") || strings.Contains(out, "menuju") || strings.Contains(out, "TPS dibuka") {
		t.Errorf("pilkada-2024 at H+732: %s", out)
	}
	out, _, _ = runCLI(t, "countdown", "--schedule", "pemilu-2024", "--at", "2024-02-20", "--lang", "en")
	if strings.Contains(out, "Polls open") || strings.Contains(out, "to Voting day") || !strings.Contains(out, "H+6 since") {
		t.Errorf("English after the vote: %s", out)
	}
}

// englishWords are common English words that Indonesian output must not
// hold (checked as whole words).
var englishWords = regexp.MustCompile(`(?i)\b(the|and|is|of|from|was|with|only|not|by|to|source|confirmed|rule|note|estimate|fixed|date|days?|working|sunset|altitude|criterion|conjunction|published)\b`)

// indonesianWords are common Indonesian words that English output must
// not hold.
var indonesianWords = regexp.MustCompile(`\b(dan|yang|dari|tidak|untuk|dengan|pada|hari|kerja|perkiraan|tanggal|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b`)

// TestOneVoice: Indonesian output holds no English sentence and English
// output no Indonesian one, in the working-day commands.
func TestOneVoice(t *testing.T) {
	out, _, code := runCLI(t, "workdays", "2024-04-05", "2024-04-09", "--explain", "--lang", "en")
	if code != 0 || !strings.HasPrefix(out, "1 working day from") || indonesianWords.MatchString(out) {
		t.Errorf("workdays --explain --lang en: exit %d, Indonesian %q:\n%s", code, indonesianWords.FindAllString(out, -1), out)
	}
	out, _, _ = runCLI(t, "holidays", "--year", "2028")
	// Proper names of holidays and decrees stay as they are; "Banda Aceh"
	// and "MABIMS" are names.
	if m := englishWords.FindAllString(out, -1); len(m) > 0 {
		t.Errorf("holidays --year 2028 in Indonesian has English words %q:\n%s", m, out)
	}
	out, _, _ = runCLI(t, "holidays", "--year", "2028", "--lang", "en")
	if m := indonesianWords.FindAllString(out, -1); len(m) > 0 {
		t.Errorf("holidays --year 2028 --lang en has Indonesian words %q:\n%s", m, out)
	}
	out, _, _ = runCLI(t, "deadline", "2024-03-20", "1", "--lang", "en")
	if !strings.HasPrefix(out, "1 working day after Wednesday, 20 March 2024: Thursday, 21 March 2024") {
		t.Errorf("deadline --lang en: %q", out)
	}
}

// TestOutputFormats: --output takes only what a command can write.
func TestOutputFormats(t *testing.T) {
	for _, args := range [][]string{
		{"ics", "--schedule", "pemilu-2024", "-o", "json"},
		{"card", "-o", "json"},
		{"timeline", "-o", "json"},
		{"countdown", "-o", "yaml"},
	} {
		_, errOut, code := runCLI(t, args...)
		if code != 2 || !strings.Contains(errOut, "--output") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	out, _, code := runCLI(t, "version", "-o", "json")
	if code != 0 || !strings.Contains(out, `"version": `) {
		t.Errorf("version -o json: exit %d\n%s", code, out)
	}
}
