package libur

import (
	"os"
	"slices"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// builtinYears returns the years of the built-in data, sorted.
func builtinYears() []int {
	out := make([]int, len(builtinData))
	for i, y := range builtinData {
		out[i] = y.Year
	}
	return out
}

// TestBuiltinYears checks the years of the built-in data and the lookup
// of one year.
func TestBuiltinYears(t *testing.T) {
	if got, want := builtinYears(), []int{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027}; !slices.Equal(got, want) {
		t.Fatalf("builtinYears() = %v, want %v", got, want)
	}
	if got := builtinYear(2027); len(got) != 26 || got[0].Date != tahapan.D(2027, 1, 1) {
		t.Errorf("builtinYear(2027) = %d days from %v, want 26 from 2027-01-01", len(got), got[0].Date)
	}
	if builtinYear(2018) != nil || builtinYear(2028) != nil {
		t.Error("builtinYear of a year with no data is not nil")
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

// BenchmarkParseBuiltin parses libur.yaml, as New did once per process
// before the data was generated into Go.
func BenchmarkParseBuiltin(b *testing.B) {
	data, err := os.ReadFile("libur.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(data, "libur.yaml"); err != nil {
			b.Fatal(err)
		}
	}
}
