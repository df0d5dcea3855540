package tahapan_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// TestEdgeErrors pins the errors for inputs a review found accepted or
// misreported.
func TestEdgeErrors(t *testing.T) {
	base := "id: base\nname: Base\nvoting_day: 2024-02-14\nstages:\n  - id: a\n    name: A\n    start: 2024-01-01\n    end: 2024-01-02\n"
	fsys := fstest.MapFS{
		"dir/base.yaml": {Data: []byte(base)},
		"dir/dup.yaml":  {Data: []byte("id: dup\nname: Dup\nextends: base.yaml\nstages:\n  - id: a\n    name: A again\n    start: 2024-01-01\n    end: 2024-01-01\n")},
		"dir/ok.yaml":   {Data: []byte("id: ok\nname: OK\nextends: base.yaml\nstages:\n  - id: b\n    name: B\n    start: a.end + 1d\n    end: a.end + 1d\n")},
	}
	// extends resolves inside the fs.FS given to LoadFS.
	s, err := tahapan.LoadFS(fsys, "dir/ok.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := s.Stage("b"); b.Start != d(2024, 1, 3) || votingDay(s) != d(2024, 2, 14) {
		t.Errorf("b = %v, voting day %v", b.Period, votingDay(s))
	}
	tests := []struct {
		name, doc, want string
	}{
		{"year 0", "id: x\nname: X\nvoting_day: 0000-01-01\nstages: []\n", `invalid date "0000-01-01": year out of range`},
		{"far future", "id: x\nname: X\nvoting_day: 2999-01-01\nstages: []\n", "date 2999-01-01 is out of range: schedules hold dates from 1900 to 2200"},
		{"rule out of range", "id: x\nname: X\nvoting_day: 2024-02-14\nstages:\n  - id: a\n    name: A\n    start: H\n    end: H+99999m\n", `rule "H+99999m" gives 10357-05-14, out of range`},
		{"multi-day timed", "id: x\nname: X\nvoting_day: 2024-02-14\nstages:\n  - id: a\n    name: A\n    start: 2024-01-10\n    end: 2024-01-12\n    start_time: \"09:00\"\n", "a timed event of several days (2024-01-10/2024-01-12) needs an end_time"},
		{"local zone", "id: x\nname: X\nvoting_day: 2024-02-14\ntime_zone: Local\nstages: []\n", `unknown time zone "Local"`},
		{"extends from a reader", "id: x\nname: X\nextends: ../../../../etc/passwd\nstages: []\n", "can extend another only through tahapan.WithResolver"},
	}
	for _, tt := range tests {
		_, err := tahapan.Load(strings.NewReader(tt.doc), "x.yaml")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
		if err != nil && strings.Contains(err.Error(), "root:") {
			t.Errorf("%s: error quotes a file it should not have read: %v", tt.name, err)
		}
	}
	_, err = tahapan.LoadFS(fsys, "dir/dup.yaml")
	if err == nil || !strings.Contains(err.Error(), `dir/dup.yaml:5:5: duplicate stage id "a" (schedule "base", which this one extends, has it already)`) {
		t.Errorf("duplicate of a base stage: %v", err)
	}
}
