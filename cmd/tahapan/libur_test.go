package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestCountdownWorkdays(t *testing.T) {
	// From the day after 2023-07-23 through the day before 2024-02-14:
	// the pinned count.
	out, _, code := runCLI(t, "countdown", "--schedule", "pemilu-2024", "--at", "2023-07-23", "-o", "json")
	var got struct {
		Workdays  *int `json:"workdays"`
		Estimated bool `json:"estimated"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 0 {
		t.Fatalf("exit %d %v\n%s", code, err, out)
	}
	if got.Workdays == nil || *got.Workdays != 140 || got.Estimated {
		t.Errorf("workdays = %v, estimated %v; want 140, false", got.Workdays, got.Estimated)
	}
}

func TestHolidaysCommand(t *testing.T) {
	out, _, code := runCLI(t, "holidays", "--year", "2024")
	if code != 0 || !strings.Contains(out, "29 hari\n") ||
		!strings.Contains(out, "2024-02-14  Rabu    libur pemilu (hari pemungutan suara)  Hari Pemungutan Suara Pemilu 2024") ||
		!strings.Contains(out, "2024-04-10  Rabu    libur nasional                        Hari Raya Idul Fitri 1445 H") {
		t.Errorf("holidays --year 2024: exit %d\n%s", code, out)
	}
	out, _, _ = runCLI(t, "holidays", "--year", "2024", "-o", "json")
	var days []map[string]any
	if err := json.Unmarshal([]byte(out), &days); err != nil {
		t.Fatal(err)
	}
	if len(days) != 29 {
		t.Errorf("%d days in 2024, want 29", len(days))
	}
	for _, k := range []string{"date", "kind", "name", "name_en", "decree", "estimated"} {
		if _, ok := days[0][k]; !ok {
			t.Errorf("JSON day lacks %q: %v", k, days[0])
		}
	}
	out, _, _ = runCLI(t, "holidays", "--from", "2024-04-01", "--to", "2024-04-30", "--kind", "cuti_bersama", "-o", "json")
	if err := json.Unmarshal([]byte(out), &days); err != nil || len(days) != 4 {
		t.Errorf("cuti bersama in April 2024 = %d, want 4 (8, 9, 12, 15 April)", len(days))
	}
	out, _, _ = runCLI(t, "holidays", "--year", "2028")
	if !strings.Contains(out, "perkiraan") || !strings.Contains(out, "belum diketahui") {
		t.Errorf("2028 must be marked as an estimate:\n%s", out)
	}
	// 2027 has its SKB (1205/2026, 3/2026, 2/2026): 18 libur nasional and
	// 8 cuti bersama, none estimated, each with its confidence.
	out, _, _ = runCLI(t, "holidays", "--year", "2027", "-o", "json")
	var y2027 []struct {
		Kind       string `json:"kind"`
		Estimated  bool   `json:"estimated"`
		Confidence string `json:"confidence"`
	}
	if err := json.Unmarshal([]byte(out), &y2027); err != nil || len(y2027) != 26 {
		t.Fatalf("holidays --year 2027: %v, %d days, want 26\n%s", err, len(y2027), out)
	}
	kinds := map[string]int{}
	for _, d := range y2027 {
		kinds[d.Kind+" "+d.Confidence]++
		if d.Estimated {
			t.Errorf("2027 day %+v is estimated", d)
		}
	}
	if kinds["libur_nasional confirmed"] != 18 || kinds["cuti_bersama single_source"] != 8 {
		t.Errorf("2027 kinds and confidences = %v, want 18 confirmed libur_nasional, 8 single_source cuti_bersama", kinds)
	}
	// The text says what may still change, once per caveat.
	out, _, _ = runCLI(t, "holidays", "--year", "2027")
	if !strings.Contains(out, "* 2027-02-05, 2027-03-09, 2027-03-12, 2027-03-15, 2027-03-25, 2027-05-18, 2027-05-19, 2027-12-24: Cuti bersama ini bersandar pada satu pengumuman") ||
		!strings.Contains(out, "* 2027-03-09, 2027-03-10, 2027-03-11, 2027-03-12, 2027-03-15, 2027-05-17, 2027-05-18: Diktum KEDUA") ||
		strings.Count(out, "Diktum KEDUA") != 1 {
		t.Errorf("holidays --year 2027 lacks its caveats:\n%s", out)
	}
}

func TestWorkdaysCommand(t *testing.T) {
	out, _, code := runCLI(t, "workdays", "2024-04-01", "2024-04-30", "--explain")
	for _, want := range []string{
		"16 hari kerja dari Senin, 1 April 2024 sampai Selasa, 30 April 2024",
		"14 hari dilewati:",
		"2024-04-10 Rabu: Hari Raya Idul Fitri 1445 H (libur nasional, SKB 3 Menteri 855/2023, 3/2023, 4/2023)",
		"2024-04-15 Senin: Cuti Bersama Idul Fitri 1445 H (cuti bersama",
		"2024-04-06 Sabtu",
	} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("workdays --explain lacks %q:\n%s", want, out)
		}
	}
	// Counting cuti bersama as working days adds back 8, 9, 12 and 15 April.
	out, _, _ = runCLI(t, "workdays", "2024-04-01", "2024-04-30", "--no-cuti", "-o", "json")
	if !strings.Contains(out, `"workdays": 20`) {
		t.Errorf("--no-cuti:\n%s", out)
	}
	// A six-day week adds the four Saturdays that are not holidays.
	out, _, _ = runCLI(t, "workdays", "2024-04-01", "2024-04-30", "--six-day", "-o", "json")
	if !strings.Contains(out, `"workdays": 20`) {
		t.Errorf("--six-day:\n%s", out)
	}
	out, _, _ = runCLI(t, "workdays", "2028-01-01", "2028-12-31", "-o", "json")
	if !strings.Contains(out, `"estimated": true`) || !strings.Contains(out, `"note"`) {
		t.Errorf("2028 must be estimated, with a note:\n%s", out)
	}
	// 2027 by its SKB: 242 working days, 250 when cuti bersama are worked.
	out, _, _ = runCLI(t, "workdays", "2027-01-01", "2027-12-31", "-o", "json")
	if !strings.Contains(out, `"workdays": 242`) || !strings.Contains(out, `"estimated": false`) {
		t.Errorf("workdays 2027:\n%s", out)
	}
	out, _, _ = runCLI(t, "workdays", "2027-01-01", "2027-12-31", "--no-cuti", "-o", "json")
	if !strings.Contains(out, `"workdays": 250`) {
		t.Errorf("workdays 2027 --no-cuti:\n%s", out)
	}
	_, errOut, code := runCLI(t, "workdays", "2024-04-30", "2024-04-01")
	if code != 2 || !strings.Contains(errOut, "before FROM") {
		t.Errorf("reversed range: exit %d %s", code, errOut)
	}
}

func TestDeadlineCommand(t *testing.T) {
	// 3 working days after Wednesday 20 March 2024 skip the weekend.
	out, _, code := runCLI(t, "deadline", "2024-03-20", "3", "-o", "json")
	if code != 0 || !strings.Contains(out, `"date": "2024-03-25"`) || !strings.Contains(out, `"n": 3`) {
		t.Errorf("deadline: exit %d\n%s", code, out)
	}
	// Back from Tuesday 16 April 2024: 15, 12, 9 and 8 April are cuti
	// bersama, 10-11 April Idul Fitri, so the 5th working day back is
	// Monday 1 April (5, 4, 3, 2, 1 April).
	out, _, _ = runCLI(t, "deadline", "2024-04-16", "--", "-5")
	if !strings.Contains(out, "5 hari kerja sebelum Selasa, 16 April 2024: Senin, 1 April 2024") {
		t.Errorf("negative deadline:\n%s", out)
	}
	_, errOut, code := runCLI(t, "deadline", "2024-03-20", "tiga")
	if code != 2 || !strings.Contains(errOut, `invalid N "tiga"`) {
		t.Errorf("bad N: exit %d %s", code, errOut)
	}
}

// TestHolidaysFile adds a regional holiday from a file with --holidays.
func TestHolidaysFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "daerah.yaml")
	data := "2024:\n  decrees: \"Regional holiday for a test\"\n  days:\n    - date: 2024-04-02\n      kind: libur_nasional\n      name: Libur daerah\n      name_en: Regional holiday\n      decree: Pergub contoh\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "workdays", "2024-04-01", "2024-04-30", "--holidays", path, "-o", "json")
	if code != 0 || !strings.Contains(out, `"workdays": 15`) {
		t.Errorf("with --holidays: exit %d %s\n%s", code, errOut, out)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("2024:\n  days:\n    - date: 2024-02-30\n      kind: libur\n"), 0o644)
	_, errOut, code = runCLI(t, "holidays", "--holidays", bad)
	if code != 2 || !strings.Contains(errOut, "bad.yaml:3:") {
		t.Errorf("bad --holidays file: exit %d %s", code, errOut)
	}
}

// TestHolidaysEstimate covers holidays --estimate, which estimates a year
// whose decree is known so the estimate can be scored, and the estimated
// lunar holidays of a year with no decree.
func TestHolidaysEstimate(t *testing.T) {
	// 2024 by estimation alone: no decree, no cuti bersama, no voting day;
	// Idulfitri by hisab on the decreed 10 April; every day names its method.
	out, errOut, code := runCLI(t, "holidays", "--year", "2024", "--estimate", "-o", "json")
	var days []struct {
		Date      string `json:"date"`
		Kind      string `json:"kind"`
		Name      string `json:"name"`
		Decree    string `json:"decree"`
		Estimated bool   `json:"estimated"`
		Method    string `json:"method"`
	}
	if err := json.Unmarshal([]byte(out), &days); err != nil || code != 0 {
		t.Fatalf("holidays --year 2024 --estimate: exit %d %v %s\n%s", code, err, errOut, out)
	}
	if len(days) != 17 {
		t.Errorf("%d estimated days in 2024, want 17 (the 2024 decree lists 17 libur nasional, with Paskah)", len(days))
	}
	found := false
	for _, d := range days {
		if !d.Estimated || d.Decree != "" || d.Method == "" || d.Kind != "libur_nasional" {
			t.Errorf("estimated day %+v: want estimated, a method, no decree, libur_nasional", d)
		}
		if d.Date == "2024-04-10" && strings.Contains(d.Name, "Idulfitri") && strings.Contains(d.Method, "MABIMS") {
			found = true
		}
	}
	if !found {
		t.Errorf("no Idulfitri by hisab on 2024-04-10:\n%s", out)
	}
	// The text form says it ignored the decree.
	out, _, _ = runCLI(t, "holidays", "--year", "2024", "--estimate")
	if !strings.Contains(out, "Hanya perkiraan (--estimate)") || !strings.Contains(out, "perkiraan: hisab MABIMS 3-6.4") ||
		strings.Contains(out, "  cuti bersama  ") || strings.Contains(out, "cuti_bersama") || strings.Contains(out, "SKB 3 Menteri untuk tahun ini belum ada") {
		t.Errorf("holidays --year 2024 --estimate:\n%s", out)
	}

	// Estimated without its decree, 2027 has Isra Mikraj (27 Rajab) twice,
	// each with its method.
	out, _, code = runCLI(t, "holidays", "--year", "2027", "--estimate")
	if code != 0 || strings.Count(out, "Isra Mikraj Nabi Muhammad SAW") != 2 ||
		!strings.Contains(out, "2027-01-05  Selasa  libur nasional  Isra Mikraj") ||
		!strings.Contains(out, "2027-12-26  Minggu  libur nasional  Isra Mikraj") ||
		!strings.Contains(out, "Idulfitri 1448 H") || !strings.Contains(out, "Tahun Baru Imlek 2578 Kongzili") ||
		!strings.Contains(out, "perkiraan: aritmetika kalender Saka Bali") || !strings.Contains(out, "Hanya perkiraan (--estimate)") {
		t.Errorf("holidays --year 2027 --estimate: exit %d\n%s", code, out)
	}
	// 2028 has no decree: its holidays are estimated.
	out, _, code = runCLI(t, "holidays", "--year", "2028")
	if code != 0 || !strings.Contains(out, "2028-12-14  Kamis   libur nasional  Isra Mikraj") ||
		!strings.Contains(out, "perkiraan: hisab MABIMS 3-6.4") || !strings.Contains(out, "Cuti bersama tahun ini") {
		t.Errorf("holidays --year 2028: exit %d\n%s", code, out)
	}

	// Working days in 2028 are an estimate, and say why.
	out, _, _ = runCLI(t, "workdays", "2028-01-01", "2028-12-31", "-o", "json")
	var w struct {
		Workdays  int    `json:"workdays"`
		Estimated bool   `json:"estimated"`
		Note      string `json:"note"`
	}
	if err := json.Unmarshal([]byte(out), &w); err != nil || !w.Estimated || w.Workdays != 247 ||
		!strings.Contains(w.Note, "Cuti bersama tahun ini belum diketahui dan tidak bisa diperkirakan") {
		t.Errorf("workdays 2028: %v\n%s", err, out)
	}
	// --explain names the method of each estimated day.
	out, _, _ = runCLI(t, "workdays", "2028-12-11", "2028-12-15", "--explain")
	if !strings.Contains(out, "2028-12-14 Kamis: Isra Mikraj Nabi Muhammad SAW (libur nasional, perkiraan: hisab MABIMS 3-6.4") {
		t.Errorf("workdays --explain 2028:\n%s", out)
	}
}

// Dates outside tahapan.MinYear..MaxYear are refused before any work:
// "--from 0001-01-01 --to 9999-12-31" took 20 s and 800 MB.
func TestDateArgsInRange(t *testing.T) {
	for _, args := range [][]string{
		{"holidays", "--from", "0001-01-01", "--to", "9999-12-31"},
		{"holidays", "--from", "1899-12-31", "--to", "1900-01-01"},
		{"holidays", "--from", "2024-01-01", "--to", "2201-01-01"},
		{"workdays", "0001-01-01", "2024-01-01"},
		{"workdays", "2024-01-01", "9999-12-31"},
		{"deadline", "9999-01-01", "3"},
		{"ics", "--feed", "holidays", "--from", "0001-01-01", "--to", "9999-12-31"},
		{"ics", "--feed", "countdown", "--schedule", "pemilu-2024", "--from", "2024-01-01", "--to", "2201-01-01"},
	} {
		start := time.Now()
		out, errOut, code := runCLI(t, args...)
		if code != 2 || out != "" || !strings.Contains(errOut, "is out of range: want a day from 1900 to 2200") {
			t.Errorf("%q: exit %d, stderr %q", args, code, errOut)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q took %v", args, d)
		}
	}
	if _, errOut, code := runCLI(t, "workdays", "1900-01-01", "2200-12-31"); code != 0 {
		t.Errorf("the whole range: exit %d, stderr %q", code, errOut)
	}
}

// Text output names the kind of a day in words of --lang, never its code;
// JSON keeps the code.
func TestHolidayKindWords(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"holidays", "--year", "2024", "--lang", "en"}, []string{
			"2024-02-14  Wednesday  election-day holiday (voting day)  Election day (2024 general election)",
			"2024-03-12  Tuesday    collective leave (cuti bersama)    Collective leave for Nyepi",
			"2024-03-11  Monday     national holiday  "}},
		{[]string{"workdays", "2024-04-08", "2024-04-10", "--explain", "--lang", "en"}, []string{
			"2024-04-08 Monday: Collective leave for Eid al-Fitr 1445 AH (collective leave (cuti bersama), SKB 3 Menteri",
			"2024-04-10 Wednesday: Eid al-Fitr 1445 AH (national holiday, SKB 3 Menteri"}},
		{[]string{"deadline", "2024-04-05", "1", "--explain"}, []string{"2024-04-08 Senin: Cuti Bersama Idul Fitri 1445 H (cuti bersama, SKB"}},
	} {
		out, errOut, code := runCLI(t, tt.args...)
		for _, w := range tt.want {
			if code != 0 || !strings.Contains(out, w) {
				t.Errorf("%q: exit %d, stderr %q; lacks %q:\n%s", tt.args, code, errOut, w, out)
			}
		}
		for _, code := range []string{"libur_nasional", "cuti_bersama", "libur_pemilu"} {
			if strings.Contains(out, code) {
				t.Errorf("%q prints the code %s:\n%s", tt.args, code, out)
			}
		}
	}
	out, _, _ := runCLI(t, "holidays", "--year", "2024", "--lang", "en", "-o", "json")
	if !strings.Contains(out, `"kind": "libur_pemilu"`) {
		t.Errorf("JSON lost the kind's code:\n%.300s", out)
	}
}

// TestExplainCaveats checks that an explanation over the 2027 Lebaran says
// that its days may still move (Diktum KEDUA), in text and JSON, in the
// language asked for.
func TestExplainCaveats(t *testing.T) {
	out, errOut, code := runCLI(t, "deadline", "2027-03-05", "5", "--explain")
	if code != 0 || !strings.Contains(out, "Catatan: Diktum KEDUA SKB") || strings.Contains(out, "libur_nasional") {
		t.Errorf("exit %d: %s%s", code, out, errOut)
	}
	out, _, _ = runCLI(t, "deadline", "2027-03-05", "5", "--explain", "--lang", "en", "--output", "json")
	var v struct{ Notes []string }
	if err := json.Unmarshal([]byte(out), &v); err != nil || len(v.Notes) == 0 || !strings.Contains(v.Notes[len(v.Notes)-1], "KEDUA") {
		t.Errorf("json notes %q (%v) from %s", v.Notes, err, out)
	}
}
