package libur

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// TestBuiltinIndex checks that the years parsed one at a time are those of
// the whole file, with the lines of the whole file, and that every one is
// complete.
func TestBuiltinIndex(t *testing.T) {
	whole, err := Load(bytes.NewReader(builtinYAML), "libur.yaml")
	if err != nil {
		t.Fatal(err)
	}
	idx := builtinIndex()
	if got, want := builtinYears(), []int{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027}; !slices.Equal(got, want) {
		t.Fatalf("builtinYears() = %v, want %v", got, want)
	}
	lines := strings.Split(string(builtinYAML), "\n")
	for i, e := range idx {
		if lines[e.line-1] != fmt.Sprintf("%d:", e.year) {
			t.Errorf("year %d: line %d is %q", e.year, e.line, lines[e.line-1])
		}
		y := e.parsed()
		w := whole[i]
		if y.Year != w.Year || !y.Complete || y.Decrees != w.Decrees || !slices.EqualFunc(y.Days, w.Days, func(a, b Day) bool {
			return a.Date == b.Date && a.Kind == b.Kind && a.Name == b.Name && a.NameEN == b.NameEN && a.Decree == b.Decree &&
				a.Confidence == b.Confidence && a.Note == b.Note && a.NoteEN == b.NoteEN && slices.Equal(a.Sources, b.Sources)
		}) {
			t.Errorf("year %d parsed alone differs from the whole file", e.year)
		}
		if got := builtinYear(e.year); len(got) != len(w.Days) {
			t.Errorf("builtinYear(%d) has %d days, want %d", e.year, len(got), len(w.Days))
		}
	}
	if builtinYear(2018) != nil || builtinYear(2028) != nil {
		t.Error("builtinYear of a year with no data is not nil")
	}
	// An error in a year's entry names the line of the whole file: parse
	// 2020 with its key line moved, as builtinEntry.parse does.
	e := idx[1]
	src := append(bytes.Repeat([]byte("\n"), e.line-1), builtinYAML[e.start:e.end]...)
	src = bytes.Replace(src, []byte("kind: libur_nasional"), []byte("kind: libur_x"), 1)
	_, err = parse(src, "libur.yaml")
	if err == nil || !strings.HasPrefix(err.Error(), fmt.Sprintf("libur.yaml:%d:", e.line+5)) {
		t.Errorf("error in 2020 = %v, want it at line %d", err, e.line+5)
	}
}

// TestNewBuildsNothing checks that New builds no year, and that a call
// builds only the years it needs.
func TestNewBuildsNothing(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	built := func() []int {
		var out []int
		for i := range c.years {
			if c.years[i].Load() != nil {
				out = append(out, c.first+i)
			}
		}
		return out
	}
	if b := built(); len(b) != 0 {
		t.Fatalf("New built %v", b)
	}
	c.CountWorkdays(tahapan.D(2023, 7, 24), tahapan.D(2024, 2, 13))
	if b := built(); !slices.Equal(b, []int{2023, 2024}) {
		t.Errorf("CountWorkdays(2023-07-24, 2024-02-13) built %v, want [2023 2024]", b)
	}
	c.Decreed(2030)
	c.Estimated(tahapan.D(2030, 1, 1), tahapan.D(2031, 1, 1))
	if b := built(); !slices.Equal(b, []int{2023, 2024}) {
		t.Errorf("Decreed and Estimated built %v, want nothing more", b)
	}
	c.IsWorkday(tahapan.D(2030, 5, 1))
	if b := built(); !slices.Equal(b, []int{2023, 2024, 2030}) {
		t.Errorf("IsWorkday(2030-05-01) built %v, want 2030 more", b)
	}
}

// BenchmarkParseBuiltinYear parses one year of the built-in data, 2024,
// as the first call that needs the year does once per process.
func BenchmarkParseBuiltinYear(b *testing.B) {
	var e *builtinEntry
	for i := range builtinIndex() {
		if builtinIndex()[i].year == 2024 {
			e = &builtinIndex()[i]
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if y := e.parse(); len(y.Days) != 29 {
			b.Fatalf("%d days", len(y.Days))
		}
	}
}

// BenchmarkParseBuiltinAll parses the whole built-in data, as New did
// before it parsed only the years a call needs.
func BenchmarkParseBuiltinAll(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(builtinYAML, "libur.yaml"); err != nil {
			b.Fatal(err)
		}
	}
}
