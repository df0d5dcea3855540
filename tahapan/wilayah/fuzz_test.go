package wilayah_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

// FuzzLookup checks that no query panics, that a found region is a real one
// that its own code finds again, and that every error is one of the two
// documented types.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"35.76", "3576", "Kab. Mojokerto", "mojokerto", "Makasar", "kota", "KPU", "35.", "..", "", " kota  adm. jakarta-utara "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		r, err := wilayah.Lookup(q)
		if err != nil {
			var ae *wilayah.AmbiguousError
			if !errors.As(err, &ae) && !errors.Is(err, wilayah.ErrNotFound) {
				t.Fatalf("Lookup(%q): untyped error %v", q, err)
			}
			if utf8.ValidString(q) && len(err.Error()) > 600 {
				t.Fatalf("Lookup(%q): error of %d bytes", q, len(err.Error()))
			}
			return
		}
		if again, err := wilayah.Lookup(r.Code); err != nil || again != r || r.Office() == "" || !strings.HasPrefix(r.Zone, "Asia/") {
			t.Fatalf("Lookup(%q) = %+v, which is not a region of the table", q, r)
		}
		wilayah.Search(q)
	})
}
