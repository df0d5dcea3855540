package main

import (
	"strings"
	"testing"
)

// Output is all in --lang; errors are all in English (see the README).
func TestOutputFollowsLang(t *testing.T) {
	for _, tt := range []struct {
		args     []string
		want     []string
		wantNot  []string
		wantCode int
	}{
		{[]string{"now", "--schedule", "pemilu-2024", "--at", "2024-02-13", "--lang", "en"},
			[]string{"Next: Voting and counting, from Wednesday, 14 February 2024 (1 day to go)\n"}, []string{"1 days", "hari"}, 0},
		{[]string{"now", "--schedule", "pemilu-2024", "--at", "2024-02-13"},
			[]string{"Berikutnya: Pemungutan dan penghitungan suara, mulai Rabu, 14 Februari 2024 (1 hari lagi)\n"}, nil, 0},
		{[]string{"schedules"}, []string{"  resmi  ", "  rencana  "}, []string{"official", "planned"}, 0},
		{[]string{"schedules", "--lang", "en"}, []string{"  official  ", "  planned  "}, []string{"resmi", "rencana"}, 0},
		{[]string{"validate", "../../schedules/pemilu-2024.yaml"}, []string{"pemilu-2024.yaml: ok (101 tahapan)\n"}, []string{"stages"}, 0},
		{[]string{"validate", "--lang", "en", "../../schedules/pemilu-2024.yaml"}, []string{"pemilu-2024.yaml: ok (101 stages)\n"}, nil, 0},
	} {
		out, errOut, code := runCLI(t, tt.args...)
		for _, w := range tt.want {
			if code != tt.wantCode || !strings.Contains(out, w) {
				t.Errorf("%q: exit %d, stderr %q; lacks %q:\n%s", tt.args, code, errOut, w, out)
			}
		}
		for _, w := range tt.wantNot {
			if strings.Contains(out, w) {
				t.Errorf("%q: has %q:\n%s", tt.args, w, out)
			}
		}
	}
	// draft's errors are English, and list the schedules as words.
	_, errOut, code := runCLI(t, "draft", "--voting-day", "2029-02-14")
	if code != 2 || !strings.Contains(errOut, "draft needs --from, the schedule to draft from (one of pemilu-2019, pemilu-2024, ") ||
		strings.Contains(errOut, "[") || strings.Contains(errOut, "salah satu") {
		t.Errorf("draft without --from: exit %d, stderr %q", code, errOut)
	}
}
