package libur_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

// loadErrorTests hold inputs that Load rejects, with the exact error text:
// every problem, one per line, as file:line:col: message.
var loadErrorTests = []struct {
	name string
	in   string
	want string
}{
	{"unknown and missing field", `
2027:
  days:
    - date: 2027-01-01
      kind: libur_nasional
      nama: "Tahun Baru"
      decree: "SKB"
`, `f.yaml:6:7: day: unknown field "nama" (did you mean "name"?)
f.yaml:4:7: day: missing field "name"`},

	{"day that does not exist", `
2024:
  days:
    - {date: 2024-02-30, kind: libur_nasional, name: "x", decree: "d"}
`, `f.yaml:4:14: invalid date "2024-02-30": day out of range`},

	{"date in the wrong form", `
2024:
  days:
    - {date: 2024-2-3, kind: libur_nasional, name: "x", decree: "d"}
`, `f.yaml:4:14: invalid date "2024-2-3": want YYYY-MM-DD`},

	{"date in another year", `
2024:
  days:
    - {date: 2025-01-01, kind: libur_nasional, name: "x", decree: "d"}
`, `f.yaml:4:14: date 2025-01-01 is not in year 2024`},

	{"unknown kind", `
2024:
  days:
    - date: 2024-07-01
      kind: libur_daerah
      name: "x"
      decree: "d"
`, `f.yaml:5:13: unknown kind "libur_daerah": want libur_nasional, cuti_bersama or libur_pemilu`},

	{"repeated day", `
2024:
  days:
    - {date: 2024-07-01, kind: libur_nasional, name: "x", decree: "d"}
    - {date: 2024-07-01, kind: cuti_bersama, name: "x", decree: "d"}
`, `f.yaml:5:7: repeated day 2024-07-01 "x" (first at line 4)`},

	{"repeated year and field", `
2024:
  days: []
  days: []
2024:
  days: []
`, `f.yaml:4:3: year 2024: repeated field "days" (first at line 3)
f.yaml:5:1: repeated year 2024 (first at line 2)`},

	{"bad year", `
20x7:
  days: []
"0":
  days: []
`, `f.yaml:2:1: invalid year "20x7": want a year such as 2028
f.yaml:4:1: invalid year "0": want a year such as 2028`},

	{"bad year fields", `
2027:
  complete: 1
  decree: "SKB"
  days: {}
2028:
  decrees: "SKB"
`, `f.yaml:4:3: year 2027: unknown field "decree" (did you mean "decrees"?)
f.yaml:3:13: year 2027: complete: want true or false, got "1"
f.yaml:5:9: year 2027: days: want a list, got a mapping
f.yaml:7:3: year 2028: missing field "days"`},

	{"bad day values", `
2027:
  days:
    - ~
    - date: [2027-01-01]
      kind: libur_nasional
      name: ""
      decree: "d"
      sources: "https://example.org"
`, `f.yaml:4:7: year 2027: day: want a mapping with date, kind, name and decree, got nothing
f.yaml:5:13: want a date YYYY-MM-DD, got a list
f.yaml:7:13: name: empty
f.yaml:9:16: sources: want a list of strings, got "https://example.org"`},

	{"not a mapping", `
- 2027
`, `f.yaml:2:1: want a mapping from years to their days, got a list`},

	{"syntax error", `
2027:
  days: [
`, `f.yaml:3:3: invalid YAML: did not find expected node content`},

	{"second document", `
2027:
  days: []
---
2028:
  days: []
`, `f.yaml:4:1: a second YAML document: want one document`},

	{"invalid UTF-8", "2027:\n  decrees: \"a\xffb\"\n  days: []\n", `f.yaml:2:14: invalid UTF-8 byte 0xff`},

	{"unknown anchor", `
2027:
  days: *hari
`, `f.yaml:3:9: YAML alias *hari: aliases and anchors are not allowed`},

	// Aliases and anchors are refused, each at its place, as in schedules:
	// nothing needs them, and a chain of aliases (a "billion laughs") could
	// make a walk exponential.
	{"aliases", `
2024:
  days:
    - &hari {date: 2024-07-01, kind: libur_nasional, name: "Libur daerah", decree: "Pergub contoh", sources: &src ["https://example.org"]}
    - {date: 2024-07-02, kind: cuti_bersama, name: "Cuti daerah", decree: "Pergub contoh", sources: *src}
    - *hari
2025: *hari
*src : {days: []}
`, `f.yaml:4:7: YAML anchor &hari: aliases and anchors are not allowed
f.yaml:4:110: YAML anchor &src: aliases and anchors are not allowed
f.yaml:5:101: YAML alias *src: aliases and anchors are not allowed
f.yaml:6:7: YAML alias *hari: aliases and anchors are not allowed
f.yaml:7:7: YAML alias *hari: aliases and anchors are not allowed
f.yaml:8:1: YAML alias *src: aliases and anchors are not allowed`},

	{"confidence and notes", `
2027:
  days:
    - date: 2027-03-10
      kind: libur_nasional
      name: "Idul Fitri 1448 H"
      decree: "SKB"
      confidence: sure
      note: [a]
`, `f.yaml:8:19: unknown confidence "sure": want confirmed, single_source, unconfirmed or conflict
f.yaml:9:13: note: want a string, got a list`},

	// Names, notes and other texts may not hold control characters (tab
	// and newline included) or bidi overrides: printed raw, ESC[2J would
	// clear a terminal and U+202E would reverse what follows it.
	{"control characters", "2028:\n  decrees: \"a\\tb\"\n  days:\n" +
		"    - {date: 2028-01-01, kind: libur_nasional, name: \"x\\e[2J\", decree: \"d\"}\n" +
		"    - {date: 2028-01-02, kind: libur_nasional, name: \"y\", name_en: \"\u202Ey\", decree: \"d\\x85\"}\n" +
		"    - {date: 2028-01-03, kind: libur_nasional, name: \"z\", note: \"line\\nbreak\", note_en: \"\\x7f\", decree: \"d\", sources: [\"\\0\"]}\n" +
		"    - date: 2028-01-04\n      kind: libur_nasional\n      name: |\n        two\n        lines\n      decree: \"d\"\n",
		`f.yaml:2:12: decrees: character 2 is U+0009, a control character: text may not hold it
f.yaml:4:54: name: character 2 is U+001B, a control character: text may not hold it
f.yaml:5:68: name_en: character 1 is U+202E, a bidirectional control: text may not hold it
f.yaml:5:82: decree: character 2 is U+0085, a control character: text may not hold it
f.yaml:6:65: note: character 5 is U+000A, a control character: text may not hold it
f.yaml:6:89: note_en: character 1 is U+007F, a control character: text may not hold it
f.yaml:6:120: sources: character 1 is U+0000, a control character: text may not hold it
f.yaml:9:13: name: character 4 is U+000A, a control character: text may not hold it`},

	// A value is quoted up to 40 bytes, never whole.
	{"long values", "2028:\n  days:\n    - date: \"" + strings.Repeat("2", 5000) + "\"\n      kind: \"" + strings.Repeat("é", 3000) +
		"\"\n      name: \"x\"\n      decree: \"d\"\n      " + strings.Repeat("k", 1000) + ": 1\n" + strings.Repeat("9", 1000) + ": {days: []}\n",
		`f.yaml:7:7: day: unknown field "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"… (want date, kind, name, name_en, decree, confidence, note, note_en, sources)
f.yaml:3:13: want a date YYYY-MM-DD, got "2222222222222222222222222222222222222222"…
f.yaml:4:13: unknown kind "éééééééééééééééééééé"…: want libur_nasional, cuti_bersama or libur_pemilu
f.yaml:8:1: invalid year "9999999999999999999999999999999999999999"…: want a year such as 2028`},

	// The same day twice is an error naming the first, also when the names
	// differ only in case or spaces (they were listed twice).
	{"repeated day, other spacing", `
2028:
  days:
    - {date: 2028-03-01, kind: cuti_bersama, name: "Cuti contoh", decree: "d"}
    - {date: 2028-03-01, kind: cuti_bersama, name: " cuti  CONTOH ", decree: "d"}
    - {date: 2028-03-01, kind: cuti_bersama, name: "Cuti lain", decree: "d"}
`, `f.yaml:5:7: repeated day 2028-03-01 " cuti  CONTOH " (first at line 4)`},
}

func TestLoadErrors(t *testing.T) {
	for _, tt := range loadErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			years, err := libur.Load(strings.NewReader(tt.in), "f.yaml")
			if err == nil {
				t.Fatalf("Load = %+v, nil; want error\n%s", years, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("Load error =\n%s\nwant\n%s", err, tt.want)
			}
			for _, e := range tahapan.Errors(err) {
				var pe *tahapan.PosError
				if !errors.As(e, &pe) || pe.File != "f.yaml" || pe.Line < 1 {
					t.Errorf("error %q is not a *tahapan.PosError with file and line", e)
				}
			}
		})
	}
}

func TestLoad(t *testing.T) {
	in := `# A regional holiday and next year's list (invented, for the test).
2024:
  days:
    - date: 2024-07-01
      kind: libur_nasional
      name: "Libur daerah"
      decree: "Pergub contoh"
2027:
  complete: true
  decrees: "SKB contoh"
  days:
    - date: 2027-12-25
      kind: libur_nasional
      name: "Kelahiran Yesus Kristus (Natal)"
      name_en: "Christmas Day"
      decree: "SKB contoh"
    - date: 2027-01-01
      kind: libur_nasional
      name: "Tahun Baru 2027 Masehi"
      decree: "SKB contoh"
      sources: ["https://example.org/skb"]
`
	years, err := libur.Load(strings.NewReader(in), "f.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(years) != 2 || years[0].Year != 2024 || years[0].Complete || years[1].Year != 2027 || !years[1].Complete ||
		years[1].Decrees != "SKB contoh" {
		t.Fatalf("Load = %+v", years)
	}
	days := years[1].Days
	if len(days) != 2 || days[0].Date != d(2027, 1, 1) || days[1].Date != d(2027, 12, 25) {
		t.Fatalf("2027 days = %+v, want sorted by date", days)
	}
	if days[0].Sources[0] != "https://example.org/skb" || days[1].NameEN != "Christmas Day" || days[0].Estimated {
		t.Errorf("2027 days = %+v", days)
	}

	for _, empty := range []string{"", "# nothing yet\n"} {
		years, err := libur.Load(strings.NewReader(empty), "f.yaml")
		if years != nil || err != nil {
			t.Errorf("Load(%q) = %v, %v; want nil, nil", empty, years, err)
		}
	}
}

func TestLoadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "libur-2027.yaml")
	if err := os.WriteFile(path, []byte("2027:\n  days:\n    - {date: 2027-02-29}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := libur.LoadFile(path)
	want := path + `:3:7: day: missing field "kind"` + "\n" +
		path + `:3:7: day: missing field "name"` + "\n" +
		path + `:3:7: day: missing field "decree"` + "\n" +
		path + `:3:14: invalid date "2027-02-29": day out of range`
	if err == nil || err.Error() != want {
		t.Errorf("LoadFile error =\n%v\nwant\n%s", err, want)
	}
	if _, err := libur.LoadFile(filepath.Join(t.TempDir(), "missing.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadFile(missing) error = %v, want os.ErrNotExist", err)
	}
}

// FuzzLoad checks that no input makes Load panic, and that every error
// names the file and a line, is short and holds no control character.
func FuzzLoad(f *testing.F) {
	data, err := os.ReadFile("libur.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data))
	for _, tt := range loadErrorTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		_, err := libur.Load(strings.NewReader(in), "f.yaml")
		errs := tahapan.Errors(err)
		if len(errs) > tahapan.MaxErrors+1 {
			t.Fatalf("%d errors: at most %d and a count", len(errs), tahapan.MaxErrors)
		}
		for i, e := range errs {
			if i == tahapan.MaxErrors && strings.HasPrefix(e.Error(), "f.yaml: … and ") {
				continue // the count of the problems not listed
			}
			var pe *tahapan.PosError
			if !errors.As(e, &pe) || pe.File != "f.yaml" || pe.Line < 1 {
				t.Errorf("error %q is not a *tahapan.PosError with file and line", e)
			}
			// An error quotes a short prefix of a value, escaped: it is
			// never long and never holds a raw control character.
			if msg := e.Error(); len(msg) > 400 || strings.ContainsFunc(msg, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
				t.Errorf("error %q is too long or holds a control character", msg)
			}
		}
	})
}

// repeatReader yields the same byte forever.
type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// TestLoadTooLarge checks the size cap: a file of more than MaxFileSize
// bytes, or one that never ends, is refused with a short error before it
// is parsed.
func TestLoadTooLarge(t *testing.T) {
	big := io.MultiReader(strings.NewReader("2028:\n  days: []\n"), io.LimitReader(repeatReader('#'), libur.MaxFileSize))
	_, err := libur.Load(big, "f.yaml")
	if !errors.Is(err, libur.ErrTooLarge) || len(err.Error()) > 200 ||
		err.Error() != "f.yaml: larger than 10 MB, the most a holiday file may be" {
		t.Errorf("Load(10 MB + 17 bytes) error = %v, want ErrTooLarge", err)
	}
	// Exactly MaxFileSize bytes is fine.
	head := "2028:\n  days: []\n"
	ok := io.MultiReader(strings.NewReader(head), io.LimitReader(repeatReader('#'), libur.MaxFileSize-int64(len(head))))
	if _, err := libur.Load(ok, "f.yaml"); err != nil {
		t.Errorf("Load(10 MB) error = %v, want none", err)
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		if _, err := libur.LoadFile("/dev/zero"); !errors.Is(err, libur.ErrTooLarge) {
			t.Errorf("LoadFile(/dev/zero) error = %v, want ErrTooLarge", err)
		}
	}
}

// TestRepeatedDayListedOnce checks that a day a user's file repeats, with
// another case or spacing, is listed once: the built-in one in a decreed
// year, and the user's own (with its decree) over an estimated one.
func TestRepeatedDayListedOnce(t *testing.T) {
	years, err := libur.Load(strings.NewReader(`
2024:
  days:
    - {date: 2024-02-14, kind: libur_pemilu, name: "hari pemungutan suara  Pemilu 2024", decree: "Keppres 10/2024"}
2028:
  days:
    - {date: 2028-01-01, kind: libur_nasional, name: "Tahun Baru 2028 masehi", decree: "SKB contoh"}
`), "f.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c := mustNew(t, libur.Options{Extra: years})
	h := c.Holidays(d(2024, 2, 14), d(2024, 2, 14))
	if len(h) != 1 || h[0].Name != "Hari Pemungutan Suara Pemilu 2024" {
		t.Errorf("Holidays(2024-02-14) = %+v, want the built-in day once", h)
	}
	h = c.Holidays(d(2028, 1, 1), d(2028, 1, 1))
	if len(h) != 1 || h[0].Decree != "SKB contoh" || h[0].Estimated {
		t.Errorf("Holidays(2028-01-01) = %+v, want the user's day once", h)
	}
}
