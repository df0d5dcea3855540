package tahapan_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
	_ "time/tzdata"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func TestLoadValid(t *testing.T) {
	s, err := tahapan.LoadFile("testdata/valid/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if s.ID != "mini" || s.Name != "Pemilu Mini" || s.Status != "draft" {
		t.Errorf("header = %q %q %q", s.ID, s.Name, s.Status)
	}
	if want := tahapan.D(2024, 2, 14); votingDay(s) != want {
		t.Errorf("VotingDay = %v, want %v", votingDay(s), want)
	}
	if got := s.PollingHours.Open.String() + "-" + s.PollingHours.Close.String(); got != "07:00-13:00" {
		t.Errorf("PollingHours = %s", got)
	}
	if len(s.Revisions) != 1 || s.Revisions[0].Date != tahapan.D(2022, 6, 9) {
		t.Errorf("Revisions = %+v", s.Revisions)
	}
	var ids []string
	for _, st := range s.All() {
		ids = append(ids, st.ID)
	}
	if got, want := strings.Join(ids, " "), "masa-kampanye rapat-umum-iklan masa-tenang pemungutan-suara putaran-kedua"; got != want {
		t.Errorf("All() = %s, want %s", got, want)
	}
	sub, err := s.Stage("rapat-umum-iklan")
	if err != nil {
		t.Fatal(err)
	}
	if sub.Parent == nil || sub.Parent.ID != "masa-kampanye" || sub.Depth() != 1 {
		t.Errorf("rapat-umum-iklan parent = %v, depth %d", sub.Parent, sub.Depth())
	}
	if sub.Confidence != tahapan.Confirmed || !sub.HasTag("kampanye") || sub.Key {
		t.Errorf("rapat-umum-iklan = %+v", sub)
	}
	if st, _ := s.Stage("putaran-kedua"); !st.Cancelled {
		t.Error("putaran-kedua not cancelled")
	}
	if _, err := s.Stage("nope"); !errors.Is(err, tahapan.ErrNoSuchStage) {
		t.Errorf("Stage(nope) error = %v, want ErrNoSuchStage", err)
	}
}

// TestLoadInvalid compares every error of each file in testdata/invalid with
// its golden NAME.err. Run with -update to rewrite the goldens.
func TestLoadInvalid(t *testing.T) {
	files, _ := filepath.Glob("testdata/invalid/*.yaml")
	if len(files) == 0 {
		t.Fatal("no test files")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, err := tahapan.LoadFile(f)
			if err == nil {
				t.Fatal("no error")
			}
			var lines []string
			for _, e := range tahapan.Errors(err) {
				var pe *tahapan.PosError
				if !errors.As(e, &pe) {
					t.Errorf("error %q is not a *PosError", e)
				}
				lines = append(lines, e.Error())
			}
			got := strings.Join(lines, "\n") + "\n"
			golden := strings.TrimSuffix(f, ".yaml") + ".err"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("errors:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
