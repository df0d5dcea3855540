package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAgenda loads the example agenda of a KPU office, which extends the
// embedded Pemilu 2024 schedule with timed local events.
func TestAgenda(t *testing.T) {
	const agenda = "../../examples/agenda-kpu/agenda.yaml"
	out, _, code := runCLI(t, "stages", "--schedule", agenda, "-o", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var list []struct {
		ID, Start, Location string
		StartTime           string `json:"start_time"`
		TimeZone            string `json:"time_zone"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for i, s := range list {
		byID[s.ID] = i
	}
	for _, id := range []string{"masa-kampanye", "pemungutan-suara", "rakor-sosdiklih-jatim", "kirab-pacitan-gunungkidul"} {
		if _, ok := byID[id]; !ok {
			t.Errorf("merged schedule lacks %s", id)
		}
	}
	r := list[byID["rakor-sosdiklih-jatim"]]
	if r.Start != "2023-07-23" || r.StartTime != "14:00" || r.TimeZone != "Asia/Jakarta" || r.Location != "Gedung Karya Dharma, Pacitan" {
		t.Errorf("rakor = %+v", r)
	}
	if k := list[byID["kirab-pacitan-gunungkidul"]]; k.Start != "2023-07-24" || k.StartTime != "13:00" {
		t.Errorf("kirab = %+v", k)
	}
	// The countdown of the merged schedule is Pemilu 2024's.
	out, _, _ = runCLI(t, "countdown", "--schedule", agenda, "--at", "2023-07-23")
	if !strings.HasPrefix(out, "H-206 ") {
		t.Errorf("countdown: %s", out)
	}
	// Its feed passes lint, with the timed events in Asia/Jakarta.
	feed := filepath.Join(t.TempDir(), "agenda.ics")
	if _, errOut, code := runCLI(t, "ics", "--schedule", agenda, "--out", feed); code != 0 {
		t.Fatalf("ics: exit %d %s", code, errOut)
	}
	data, _ := os.ReadFile(feed)
	for _, want := range []string{"DTSTART;TZID=Asia/Jakarta:20230723T140000", "LOCATION:Gedung Karya Dharma\\, Pacitan",
		"DTSTART;TZID=Asia/Jakarta:20230724T130000", "TZID:Asia/Jakarta"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("feed lacks %q", want)
		}
	}
	if out, errOut, code := runCLI(t, "lint", feed); code != 0 {
		t.Errorf("lint: exit %d %s %s", code, out, errOut)
	}
}

func TestExtendsErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bad := write("bad.yaml", "id: a\nname: A\nextends: pemilu-1955\nstages: []\n")
	_, errOut, code := runCLI(t, "validate", bad)
	if code != 2 || !strings.Contains(errOut, `bad.yaml:3:10: extends: cannot load "pemilu-1955"`) {
		t.Errorf("unknown base: exit %d %s", code, errOut)
	}
	dup := write("dup.yaml", "id: a\nname: A\nextends: pemilu-2024\nstages:\n  - id: masa-tenang\n    name: X\n    start: 2023-01-01\n    end: 2023-01-01\n")
	_, errOut, code = runCLI(t, "validate", dup)
	if code != 2 || !strings.Contains(errOut, `duplicate stage id "masa-tenang"`) {
		t.Errorf("duplicate id: exit %d %s", code, errOut)
	}
	// A local event may be set by a rule on a national stage.
	rel := write("rel.yaml", "id: a\nname: A\nextends: pemilu-2024\nstages:\n  - id: apel\n    name: Apel siaga\n    start: masa-tenang.start - 1d\n    end: masa-tenang.start - 1d\n    start_time: \"08:00\"\n    end_time: \"07:00\"\n")
	_, errOut, code = runCLI(t, "validate", rel)
	if code != 2 || !strings.Contains(errOut, "end_time 07:00 is not after start_time 08:00") {
		t.Errorf("end_time before start_time: exit %d %s", code, errOut)
	}
	loop1 := write("loop1.yaml", "id: a\nname: A\nextends: loop2.yaml\nstages: []\n")
	write("loop2.yaml", "id: b\nname: B\nextends: loop1.yaml\nstages: []\n")
	_, errOut, code = runCLI(t, "validate", loop1)
	if code != 2 || !strings.Contains(errOut, "a cycle of extends: ") || !strings.Contains(errOut, "loop2.yaml → ") {
		t.Errorf("extends cycle: exit %d %s", code, errOut)
	}
}

func TestScheduleAll(t *testing.T) {
	out, _, code := runCLI(t, "stages", "--schedule", "all", "--key", "-o", "json")
	var list []struct{ ID, Schedule string }
	if err := json.Unmarshal([]byte(out), &list); err != nil || code != 0 {
		t.Fatalf("exit %d %v", code, err)
	}
	seen := map[string]bool{}
	for _, s := range list {
		seen[s.Schedule] = true
	}
	if !seen["pemilu-2019"] || !seen["pemilu-2024"] || !seen["pilkada-2024"] || seen[""] {
		t.Errorf("schedules in --schedule all: %v", seen)
	}
	feed := filepath.Join(t.TempDir(), "all.ics")
	if _, errOut, code := runCLI(t, "ics", "--schedule", "all", "--out", feed); code != 0 {
		t.Fatalf("ics --schedule all: %d %s", code, errOut)
	}
	data, _ := os.ReadFile(feed)
	for _, uid := range []string{"UID:pemilu-2019/masa-tenang@", "UID:pemilu-2024/masa-tenang@", "UID:pilkada-2024/masa-tenang@"} {
		if !strings.Contains(string(data), uid) {
			t.Errorf("the combined feed lacks %s", uid)
		}
	}
	if out, _, code := runCLI(t, "lint", feed); code != 0 {
		t.Errorf("lint of the combined feed: %s", out)
	}
	if _, errOut, code := runCLI(t, "countdown", "--schedule", "all"); code != 2 || !strings.Contains(errOut, "--schedule all works with") {
		t.Errorf("countdown --schedule all: exit %d %s", code, errOut)
	}
}
