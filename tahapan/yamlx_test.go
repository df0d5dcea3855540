package tahapan_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

// loaderCore strips from an error line its position and the name of the
// mapping it is in ("schedule: ", "year 2028: ", "day: "), which differ
// between a schedule and a holiday file; what is left must be worded the
// same by both loaders.
var loaderCore = regexp.MustCompile(`^f\.yaml:\d+:\d+: (schedule: |year \d+: |day: )?`)

// TestLoadersSameWords gives the same broken input to both loaders, the
// schedule loader (tahapan.Load) and the holiday-file loader (libur.Load),
// and checks each one's errors, position included, and that both word the
// problem the same way.
func TestLoadersSameWords(t *testing.T) {
	const sched = "id: x\nname: \"X\"\nvoting_day: 2024-02-14\nstages: []\n"
	const hol = "2028:\n  days: []\n"
	mb := strings.Repeat("a", 1<<20)
	tests := []struct {
		name               string
		sched, hol         string
		wantSched, wantHol string
	}{
		{"alias and anchor",
			"id: x\nname: &n \"X\"\nname_en: *n\nvoting_day: 2024-02-14\nstages: []\n",
			"2028:\n  decrees: &n \"X\"\n  days: [*n]\n",
			"f.yaml:2:7: YAML anchor &n: aliases and anchors are not allowed\n" +
				"f.yaml:3:10: YAML alias *n: aliases and anchors are not allowed",
			"f.yaml:2:12: YAML anchor &n: aliases and anchors are not allowed\n" +
				"f.yaml:3:10: YAML alias *n: aliases and anchors are not allowed"},
		{"alias of no anchor",
			sched + "sources: *s\n",
			hol + "  decrees: *s\n",
			"f.yaml:5:10: YAML alias *s: aliases and anchors are not allowed",
			"f.yaml:3:12: YAML alias *s: aliases and anchors are not allowed"},
		{"second document",
			sched + "---\n" + sched,
			hol + "---\n" + hol,
			"f.yaml:5:1: a second YAML document: want one document",
			"f.yaml:3:1: a second YAML document: want one document"},
		{"repeated field",
			"id: x\nvoting_day: 2024-02-14\nname: \"X\"\nstages: []\nname: \"Y\"\n",
			"2028:\n  days:\n    - {date: 2028-01-01, kind: libur_nasional, name: \"x\", decree: \"d\", name: \"y\"}\n",
			`f.yaml:5:1: schedule: repeated field "name" (first at line 3)`,
			`f.yaml:3:72: day: repeated field "name" (first at line 3)`},
		{"unknown field, a typo",
			sched + "nmae: \"Y\"\n",
			"2028:\n  days:\n    - {date: 2028-01-01, kind: libur_nasional, name: \"x\", decree: \"d\", nmae: \"y\"}\n",
			`f.yaml:5:1: schedule: unknown field "nmae" (did you mean "name"?)`,
			`f.yaml:3:72: day: unknown field "nmae" (did you mean "name"?)`},
		{"bad UTF-8",
			"id: x\nname: \"a\xffb\"\nvoting_day: 2024-02-14\nstages: []\n",
			"2028:\n  decrees: \"a\xffb\"\n  days: []\n",
			"f.yaml:2:9: invalid UTF-8 byte 0xff",
			"f.yaml:2:14: invalid UTF-8 byte 0xff"},
		{"control character",
			"id: x\nname: \"a\\eb\"\nvoting_day: 2024-02-14\nstages: []\n",
			"2028:\n  decrees: \"a\\eb\"\n  days: []\n",
			`f.yaml:2:7: name: character 2 is U+001B, a control character: text may not hold it`,
			`f.yaml:2:12: decrees: character 2 is U+001B, a control character: text may not hold it`},
		{"bidi override",
			"id: x\nname: \"\u202eX\"\nvoting_day: 2024-02-14\nstages: []\n",
			"2028:\n  decrees: \"\u202eX\"\n  days: []\n",
			`f.yaml:2:7: name: character 1 is U+202E, a bidirectional control: text may not hold it`,
			`f.yaml:2:12: decrees: character 1 is U+202E, a bidirectional control: text may not hold it`},
		{"1 MB scalar with a control character at its end",
			"id: x\nname: \"" + mb + "\\a\"\nvoting_day: 2024-02-14\nstages: []\n",
			"2028:\n  decrees: \"" + mb + "\\a\"\n  days: []\n",
			`f.yaml:2:7: name: character 1048577 is U+0007, a control character: text may not hold it`,
			`f.yaml:2:12: decrees: character 1048577 is U+0007, a control character: text may not hold it`},
		{"1 MB field name",
			sched + "? " + mb + "\n: 1\n", // an explicit key: a plain one is at most 1024 characters
			hol + "  ? " + mb + "\n  : 1\n",
			`f.yaml:5:3: schedule: unknown field "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"… (want constraints, extends, id, kind, legal_basis, name, name_en, polling_hours, revisions, sources, stages, status, time_zone, voting_day, voting_day_basis, voting_day_note, voting_day_note_en)`,
			`f.yaml:3:5: year 2028: unknown field "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"… (want complete, decrees, days)`},
		{"syntax error",
			"id: x\nname: [\n",
			"2028:\n  days: [\n",
			"f.yaml:2:1: invalid YAML: did not find expected node content",
			"f.yaml:2:3: invalid YAML: did not find expected node content"},
		{"list for a string",
			"id: x\nname: [a]\nvoting_day: 2024-02-14\nstages: []\n",
			"2028:\n  decrees: [a]\n  days: []\n",
			"f.yaml:2:7: name: want a string, got a list",
			"f.yaml:2:12: decrees: want a string, got a list"},
		{"missing field",
			"id: x\nname: \"X\"\nvoting_day: 2024-02-14\n",
			"2028:\n  decrees: \"X\"\n",
			`f.yaml:1:1: schedule: missing field "stages"`,
			`f.yaml:2:3: year 2028: missing field "days"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tahapan.Load(strings.NewReader(tt.sched), "f.yaml")
			gotS := lines(t, err)
			if strings.Join(gotS, "\n") != tt.wantSched {
				t.Errorf("tahapan.Load errors:\n%s\nwant\n%s", strings.Join(gotS, "\n"), tt.wantSched)
			}
			_, err = libur.Load(strings.NewReader(tt.hol), "f.yaml")
			gotH := lines(t, err)
			if strings.Join(gotH, "\n") != tt.wantHol {
				t.Errorf("libur.Load errors:\n%s\nwant\n%s", strings.Join(gotH, "\n"), tt.wantHol)
			}
			ws, wh := strings.Split(tt.wantSched, "\n"), strings.Split(tt.wantHol, "\n")
			if len(ws) != len(wh) {
				t.Fatalf("the table lists %d errors for the schedule, %d for the holiday file", len(ws), len(wh))
			}
			for i := range ws {
				cs, ch := loaderCore.ReplaceAllString(ws[i], ""), loaderCore.ReplaceAllString(wh[i], "")
				// Fields differ (name, decrees) but not what is said of them.
				cs = strings.TrimPrefix(cs, "name: ")
				ch = strings.TrimPrefix(ch, "decrees: ")
				if tt.name == "1 MB field name" {
					cs, ch = cs[:strings.Index(cs, "(want")], ch[:strings.Index(ch, "(want")]
				}
				if tt.name == "missing field" {
					cs, ch = strings.TrimSuffix(cs, `"stages"`), strings.TrimSuffix(ch, `"days"`)
				}
				if cs != ch {
					t.Errorf("worded differently:\n  schedule:     %s\n  holiday file: %s", cs, ch)
				}
			}
		})
	}
}

// lines returns the errors in err, one line each, checking that each is a
// *PosError.
func lines(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	var out []string
	for _, e := range tahapan.Errors(err) {
		var pe *tahapan.PosError
		if !errors.As(e, &pe) || pe.Line < 1 {
			t.Errorf("error %q is not a *PosError with a line", e)
		}
		out = append(out, e.Error())
	}
	return out
}

// TestLoadersSameSizeCap checks that both loaders refuse an 11 MB input,
// before parsing it, in the same words but for what the input is.
func TestLoadersSameSizeCap(t *testing.T) {
	big := "# " + strings.Repeat("x", 11<<20) + "\n"
	_, errS := tahapan.Load(strings.NewReader(big), "f.yaml")
	_, errH := libur.Load(strings.NewReader(big), "f.yaml")
	if !errors.Is(errS, tahapan.ErrTooLarge) || errS.Error() != "f.yaml: larger than 10 MB, the most a schedule may be with the files it extends" {
		t.Errorf("tahapan.Load(11 MB) = %v", errS)
	}
	if !errors.Is(errH, libur.ErrTooLarge) || errH.Error() != "f.yaml: larger than 10 MB, the most a holiday file may be" {
		t.Errorf("libur.Load(11 MB) = %v", errH)
	}
	if tahapan.MaxScheduleSize != libur.MaxFileSize || libur.MaxFileSize != 10<<20 {
		t.Errorf("MaxScheduleSize = %d, libur.MaxFileSize = %d, want both 10 MB", tahapan.MaxScheduleSize, libur.MaxFileSize)
	}
}

// TestLoadersSameErrorCap checks that both loaders list at most MaxErrors
// problems and then a count, in the same words.
func TestLoadersSameErrorCap(t *testing.T) {
	var s, h strings.Builder
	s.WriteString(sched0)
	h.WriteString("2028:\n  days:\n")
	for i := range 150 {
		s.WriteString("k" + strings.Repeat("x", i) + ": 1\n")
		h.WriteString("    - {date: 2028-01-01, kind: libur_nasional, name: \"x\", decree: \"d\", k" + strings.Repeat("x", i) + ": 1}\n")
	}
	for _, c := range []struct {
		name string
		err  error
	}{
		{"tahapan.Load", func() error { _, err := tahapan.Load(strings.NewReader(s.String()), "f.yaml"); return err }()},
		{"libur.Load", func() error { _, err := libur.Load(strings.NewReader(h.String()), "f.yaml"); return err }()},
	} {
		errs := tahapan.Errors(c.err)
		if len(errs) != tahapan.MaxErrors+1 {
			t.Fatalf("%s: %d errors, want %d and a count", c.name, len(errs), tahapan.MaxErrors)
		}
		if got, want := errs[tahapan.MaxErrors].Error(), "f.yaml: … and 50 more problems (only the first 100 are listed)"; got != want {
			t.Errorf("%s: last error %q, want %q", c.name, got, want)
		}
	}
}

const sched0 = "id: x\nname: \"X\"\nvoting_day: 2024-02-14\nstages: []\n"
