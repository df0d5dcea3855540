package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		want string // must appear in the output
	}{
		{nil, 0, "Tenggat: 2024-06-10\nDihitung 2024-04-23 s.d. 2024-06-10: 30 hari kerja"},
		{[]string{"-cuti-kerja"}, 0, "Tenggat: 2024-06-06\n"},
		{[]string{"2024-02-14", "-5"}, 0, "Tenggat: 2024-02-05\n"},
		// Day 1 is 21 Dec 2026; 24-25 Dec (cuti bersama, Natal), 1 Jan and
		// Isra Mikraj of 5 Jan 2027 (decreed) are skipped: day 10 is 7 Jan.
		{[]string{"2026-12-21", "10"}, 0, "Tenggat: 2027-01-07\n"},
		// Day 1 is 20 Dec 2027; the cuti bersama of 24 Dec is skipped: day 10
		// is Monday 3 Jan 2028, a year with no decree yet.
		{[]string{"2027-12-20", "10"}, 0, "Tenggat: 2028-01-03\n"},
		{[]string{"2027-12-20", "10"}, 0, "Perkiraan: SKB 3 Menteri untuk tahun ini belum ada."},
		{[]string{"2024-02-30", "1"}, 2, `invalid date "2024-02-30": day out of range`},
		{[]string{"2024-02-14"}, 2, "usage: hari-kerja"},
	} {
		var out bytes.Buffer
		if code := run(tt.args, &out, &out); code != tt.code || !strings.Contains(out.String(), tt.want) {
			t.Errorf("run(%q) = %d, output:\n%s\nwant %d and %q", tt.args, code, out.String(), tt.code, tt.want)
		}
	}
}

func TestRunHolidaysFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "libur.yaml")
	if err := os.WriteFile(path, []byte("2024:\n  days:\n    - {date: 2024-06-10, kind: libur, name: x, decree: y}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := run([]string{"-holidays", path}, &out, &out); code != 1 ||
		!strings.Contains(out.String(), path+`:3:32: unknown kind "libur"`) {
		t.Errorf("run(-holidays bad) = %d, output:\n%s", code, out.String())
	}
}
