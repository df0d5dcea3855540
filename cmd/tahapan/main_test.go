package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// runCLI runs the CLI with args and returns what it printed and its exit
// code. The clock is fixed, so output never depends on the real date.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runWithClock(args, &out, &errb, func() time.Time {
		return time.Date(2023, 7, 23, 9, 0, 0, 0, time.FixedZone("WIB", 7*3600))
	})
	return out.String(), errb.String(), code
}

func TestCountdownJSON(t *testing.T) {
	tests := []struct {
		args  []string
		days  int
		label string
		m, rd int
	}{
		{[]string{"--at", "2023-07-23"}, 206, "H-206", 6, 22},
		{[]string{"--at", "2024-02-14"}, 0, "H", 0, 0},
		{[]string{"--at", "2024-02-15"}, -1, "H+1", 0, 1},
		{[]string{"--at", "2024-02-13T23:30:00+07:00"}, 1, "H-1", 0, 1},
		{[]string{"--at", "2024-02-13T23:30:00+07:00", "--tz", "WITA"}, 0, "H", 0, 0},
		{[]string{"--at", "2024-02-13T16:30:00Z", "--tz", "Asia/Jayapura"}, 0, "H", 0, 0},
		{nil, 206, "H-206", 6, 22}, // the injected clock: 2023-07-23 09:00 WIB
	}
	for _, tt := range tests {
		args := append([]string{"countdown", "--schedule", "pemilu-2024", "--output", "json"}, tt.args...)
		out, errOut, code := runCLI(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d, stderr %s", tt.args, code, errOut)
		}
		var got struct {
			Schedule, Label string
			TargetDate      string `json:"target_date"`
			Days, Months    int
			Weeks           int
			RemainderDays   int    `json:"remainder_days"`
			PollsOpen       string `json:"polls_open"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v: %v\n%s", tt.args, err, out)
		}
		if got.Days != tt.days || got.Label != tt.label || got.Months != tt.m || got.RemainderDays != tt.rd {
			t.Errorf("%v: got %+v, want days %d %s %dm%dd", tt.args, got, tt.days, tt.label, tt.m, tt.rd)
		}
		if got.TargetDate != "2024-02-14" || !strings.HasPrefix(got.PollsOpen, "2024-02-14T07:00:00+0") {
			t.Errorf("%v: target %s polls %s", tt.args, got.TargetDate, got.PollsOpen)
		}
	}
}

func TestCountdownText(t *testing.T) {
	out, _, code := runCLI(t, "countdown", "--schedule", "pemilu-2024", "--at", "2023-07-23")
	want := "H-206 menuju Pemungutan Suara Pemilu Serentak 2024 (Rabu, 14 Februari 2024) · 6 bulan 22 hari lagi · 140 hari kerja\n"
	if code != 0 || !strings.HasPrefix(out, want) {
		t.Errorf("exit %d, output:\n%s\nwant prefix:\n%s", code, out, want)
	}
	for _, s := range []string{"TPS dibuka Rabu, 14 Februari 2024 pukul 07.00 WIB", "Tahapan berlangsung:", "Pencalonan anggota DPR, DPRD Provinsi, dan DPRD Kabupaten/Kota (hari ke-91 dari 216"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	out, _, _ = runCLI(t, "countdown", "masa-kampanye", "--end", "--schedule", "pemilu-2024", "--at", "2024-01-01", "--lang", "en")
	if !strings.HasPrefix(out, "40 days to the end of Campaign period (Saturday, 10 February 2024) · 1 month 9 days to go · 27 working days\n") {
		t.Errorf("stage countdown:\n%s", out)
	}
}

func TestDefaultSchedule(t *testing.T) {
	_, errOut, code := runCLI(t, "countdown", "--at", "2023-01-01")
	if code != 0 || !strings.Contains(errOut, "jadwal pemilu-2024") {
		t.Errorf("exit %d, stderr %q: want the chosen schedule named", code, errOut)
	}
}

func TestStagesJSON(t *testing.T) {
	out, _, code := runCLI(t, "stages", "--schedule", "pemilu-2024", "--at", "2023-12-09", "-o", "json")
	if code != 0 {
		t.Fatal(code)
	}
	var list []struct {
		ID, Name, Start, End, Status, Parent string
		Progress                             struct{ Day, Total int }
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for i, s := range list {
		byID[s.ID] = i
	}
	k, ok := byID["masa-kampanye"]
	if !ok || list[k].Status != "ongoing" || list[k].Start != "2023-11-28" || list[k].End != "2024-02-10" ||
		list[k].Progress.Day != 12 || list[k].Progress.Total != 75 || list[k].Parent != "" {
		t.Errorf("masa-kampanye = %+v", list[k])
	}
	r := list[byID["rapat-umum-iklan"]]
	if r.Parent != "masa-kampanye" || r.Status != "upcoming" {
		t.Errorf("rapat-umum-iklan = %+v", r)
	}
	if p := list[byID["pendaftaran-verifikasi-peserta"]]; p.Status != "done" {
		t.Errorf("pendaftaran = %+v", p)
	}
	out, _, _ = runCLI(t, "stages", "--schedule", "pemilu-2024", "--key", "--tag", "kampanye", "-o", "json")
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.ID != "masa-kampanye" && s.ID != "rapat-umum-iklan" {
			t.Errorf("--key --tag kampanye listed %s", s.ID)
		}
	}
}

func TestNow(t *testing.T) {
	out, _, code := runCLI(t, "now", "--schedule", "pemilu-2024", "--at", "2024-02-12T10:00:00+07:00")
	if code != 0 || !strings.Contains(out, "Senin, 12 Februari 2024 (WIB) · Pemilu Serentak 2024 · H-2") ||
		!strings.Contains(out, "Masa Tenang (hari ke-2 dari 3") || !strings.Contains(out, "Berikutnya: ") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestValidate(t *testing.T) {
	out, _, code := runCLI(t, "validate", "../../schedules/pemilu-2024.yaml")
	if code != 0 || !strings.Contains(out, "pemilu-2024.yaml: ok (") {
		t.Errorf("exit %d: %s", code, out)
	}
	_, errOut, code := runCLI(t, "validate", "../../tahapan/testdata/invalid/many.yaml", "../../tahapan/testdata/invalid/indent.yaml")
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	for _, want := range []string{
		`many.yaml:7:12: stage "kampanye": start: invalid date "2024-02-30": day out of range`,
		`many.yaml:9:5: stage "kampanye": unknown field "strat"`,
		`many.yaml:13:10: stage "tenang": end 2024-02-11 is before start 2024-02-13`,
		`many.yaml:14:5: duplicate stage id "kampanye"`,
		`indent.yaml:7:6: invalid YAML: mapping values are not allowed in this context`,
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if n := strings.Count(errOut, "\ntahapan: ") + 1; n != 6 {
		t.Errorf("%d lines on stderr, want 6 (one per problem):\n%s", n, errOut)
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"countdown", "--at", "2024-02-30"}, 2, `--at: invalid date "2024-02-30": day out of range`},
		{[]string{"countdown", "--at", "besok"}, 2, `invalid date or instant "besok"`},
		{[]string{"countdown", "--tz", "Mars/Olympus"}, 2, `unknown time zone "Mars/Olympus"`},
		{[]string{"countdown", "--lang", "jv"}, 2, `invalid argument "jv" for "--lang" flag: want id or en`},
		{[]string{"countdown", "--bogus"}, 2, "unknown flag: --bogus"},
		{[]string{"countdown", "a", "b"}, 2, "accepts at most 1 arg"},
		{[]string{"countdown", "nope", "--schedule", "pemilu-2024"}, 2, `stage "nope": no such stage`},
		{[]string{"countdown", "--schedule", "pemilu-1955"}, 2, `no embedded schedule "pemilu-1955"`},
		{[]string{"countdown", "--schedule", "missing.yaml"}, 2, "missing.yaml"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"countdown", "--at", "0000-01-01"}, 2, `year out of range`},
		{[]string{"countdown", "--at", "1800-01-01"}, 2, `1800-01-01 is out of range`},
		{[]string{"countdown", "--at", ""}, 2, `--at: empty`},
		{[]string{"countdown", "--tz", ""}, 2, `--tz: empty`},
		{[]string{"countdown", "--tz", "Local"}, 2, `unknown time zone "Local"`},
		{[]string{"draft", "--from", "pemilu-2024"}, 2, `required flag(s) "voting-day" not set`},
		{[]string{"serve", "--addr", "nonsense"}, 2, `--addr: invalid address "nonsense"`},
		{[]string{"publish", "--out-dir", "x", "--base-url", "not a url"}, 2, `--base-url: invalid address "not a url"`},
		{[]string{"ics", "--schedule", "pemilu-2024", "--url", "javascript:alert(1)"}, 2, `--url: invalid address`},
		{[]string{"ics", "--schedule", "pemilu-2024", "--domain", "a b"}, 2, `--domain: invalid domain "a b"`},
		{[]string{"stages", "--schedule", "pemilu-2024", "--tag", "nope"}, 2, `--tag: no stage has tag "nope"`},
	}
	for _, tt := range tests {
		out, errOut, code := runCLI(t, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, errOut, tt.code, tt.msg)
		}
		if strings.Count(errOut, "\n") != 1 || strings.Contains(errOut, "Usage:") || strings.Contains(errOut, "panic") {
			t.Errorf("%v: want exactly one line on stderr, got %q (stdout %q)", tt.args, errOut, out)
		}
	}
}

func TestSchedulesAndVersion(t *testing.T) {
	out, _, code := runCLI(t, "schedules")
	if code != 0 || !strings.Contains(out, "pemilu-2024") || !strings.Contains(out, "Rabu, 14 Februari 2024") {
		t.Errorf("schedules: exit %d\n%s", code, out)
	}
	out, _, code = runCLI(t, "version")
	if code != 0 || !strings.HasPrefix(out, "tahapan ") {
		t.Errorf("version: exit %d %q", code, out)
	}
}

func TestExplain(t *testing.T) {
	out, _, code := runCLI(t, "explain", "masa-tenang", "--schedule", "pemilu-2024")
	for _, want := range []string{"H-3", "H-1", "UU 7/2017 Pasal 278(1)", "2024-02-11", "2024-02-13"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("explain lacks %q (exit %d):\n%s", want, code, out)
		}
	}
	if !strings.Contains(out, "3 hari sebelum hari pemungutan suara (2024-02-14) [H-3] · UU 7/2017 Pasal 278(1)") {
		t.Errorf("explain:\n%s", out)
	}
}

func TestDraftCLI(t *testing.T) {
	path := t.TempDir() + "/pemilu-2029.yaml"
	_, errOut, code := runCLI(t, "draft", "--from", "pemilu-2024", "--voting-day", "2029-02-14", "--out", path)
	if code != 0 {
		t.Fatalf("draft: exit %d: %s", code, errOut)
	}
	out, errOut, code := runCLI(t, "validate", path)
	if code != 0 || !strings.Contains(out, "ok (") {
		t.Fatalf("validate draft: exit %d %s %s", code, out, errOut)
	}
	out, _, _ = runCLI(t, "explain", "masa-tenang", "--schedule", path)
	if !strings.Contains(out, "2029-02-11") || !strings.Contains(out, "2029-02-13") {
		t.Errorf("draft masa tenang:\n%s", out)
	}
	_, errOut, code = runCLI(t, "draft", "--from", "pemilu-2024", "--voting-day", "2029-02-30")
	if code != 2 || !strings.Contains(errOut, "--voting-day") {
		t.Errorf("bad voting day: exit %d %s", code, errOut)
	}
}
