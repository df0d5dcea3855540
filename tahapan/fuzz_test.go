package tahapan_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

var posRE = regexp.MustCompile(`^fuzz\.yaml:\d+(:\d+)?: `)

// FuzzLoad checks that no input makes Load panic, and that every problem it
// reports is a *PosError that starts with the file name and a line.
// Run: go test -fuzz=FuzzLoad -fuzztime=1m ./tahapan
func FuzzLoad(f *testing.F) {
	seeds, _ := filepath.Glob("../schedules/*.yaml")
	more, _ := filepath.Glob("testdata/*/*.yaml")
	for _, p := range append(seeds, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		// Keep seeds small: the fuzzer minimizes every new input it finds,
		// and minimizing a 100 KB schedule stalls it for minutes.
		if len(b) > 4096 {
			b = b[:bytes.LastIndexByte(b[:4096], '\n')+1]
		}
		f.Add(b)
	}
	f.Add([]byte("id: x\nname: y\nvoting_day: 2024-02-14\nstages: []\n"))
	f.Add([]byte("- a\n- b\n"))
	f.Add([]byte("&a [*a]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := tahapan.Load(bytes.NewReader(data), "fuzz.yaml")
		if err == nil {
			if s == nil {
				t.Fatal("nil schedule and nil error")
			}
			for _, st := range s.All() {
				if st.End.Before(st.Start) {
					t.Fatalf("stage %q accepted with end before start", st.ID)
				}
				if i := strings.IndexFunc(st.Name+st.NameEN+st.Location+st.LegalBasis, func(r rune) bool {
					return r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
				}); i >= 0 {
					t.Fatalf("stage %q accepted with a control character in its text", st.ID)
				}
			}
			return
		}
		errs := tahapan.Errors(err)
		if len(errs) > tahapan.MaxErrors+1 {
			t.Fatalf("%d errors: at most %d and a count", len(errs), tahapan.MaxErrors)
		}
		for i, e := range errs {
			if i == tahapan.MaxErrors && strings.HasPrefix(e.Error(), "fuzz.yaml: … and ") {
				continue
			}
			if len(e.Error()) > 1000 {
				t.Fatalf("an error of %d bytes: %.200q", len(e.Error()), e)
			}
			if !posRE.MatchString(e.Error()) {
				t.Fatalf("error without position: %q", e)
			}
		}
	})
}

// FuzzParseDate checks that ParseDate accepts only valid dates and that
// every date it accepts prints back to the same text.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-02-14", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2024-13-01", "2024-1-01", "abcd-ef-gh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := tahapan.ParseDate(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if d.Year >= 1 && !d.IsValid() {
			t.Fatalf("ParseDate(%q) accepted an invalid date %v", s, d)
		}
		back, err := tahapan.ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("round trip of %v: %v, %v", d, back, err)
		}
		if d.AddDays(1).DaysSince(d) != 1 {
			t.Fatalf("%v.AddDays(1) is not one day later", d)
		}
	})
}
