package wilayah_test

import (
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

func benchLookup(b *testing.B, q string, wantErr bool) {
	if _, err := wilayah.Lookup(q); (err != nil) != wantErr {
		b.Fatalf("Lookup(%q): %v", q, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		wilayah.Lookup(q)
	}
}

func BenchmarkLookupCode(b *testing.B)      { benchLookup(b, "35.76", false) }
func BenchmarkLookupName(b *testing.B)      { benchLookup(b, "Kota Mojokerto", false) }
func BenchmarkLookupAmbiguous(b *testing.B) { benchLookup(b, "Mojokerto", true) }

// BenchmarkLookupNotFound is the slow path: suggestions compare the name
// with every name in the table.
func BenchmarkLookupNotFound(b *testing.B) { benchLookup(b, "Kota Mojokrto", true) }

func BenchmarkSearch(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		wilayah.Search("jakarta")
	}
}
