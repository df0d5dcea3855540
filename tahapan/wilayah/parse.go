package wilayah

import (
	_ "embed"
	"errors"
	"fmt"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"slices"
	"strings"
)

// dataFile is the name of the embedded table, used in its errors.
const dataFile = "wilayah-2025.csv"

// data is the embedded table: kode wilayah, names and zones of Kepmendagri
// 300.2.2-2138/2025 and Keppres 41/1987 (see the package doc and README.md).
//
//go:embed wilayah-2025.csv
var data string

// header is the first line after the comments.
const header = "kode,nama,zona"

// zoneNames pairs the table's zone column with IANA names. It is an
// array, laid out by the linker, not a map built at start-up.
var zoneNames = [...]struct{ abbr, iana string }{
	{"WIB", "Asia/Jakarta"},
	{"WITA", "Asia/Makassar"},
	{"WIT", "Asia/Jayapura"},
}

// zoneOf returns the IANA name of a zone column: "Asia/Jakarta" for "WIB".
func zoneOf(abbr string) (string, bool) {
	for _, z := range zoneNames {
		if z.abbr == abbr {
			return z.iana, true
		}
	}
	return "", false
}

// A lineError is a problem in a row of the table, printed as
// "file:line: message".
type lineError struct {
	file string
	line int
	msg  string
}

func (e *lineError) Error() string { return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg) }

// short quotes at most a short prefix of s.
func short(s string) string {
	if p := kata.Prefix(s, 40); p != s {
		return fmt.Sprintf("%q…", strings.TrimSuffix(p, "…"))
	}
	return fmt.Sprintf("%q", s)
}

// parse reads a table in the format of wilayah-2025.csv: "#" comment lines,
// then the header "kode,nama,zona", then one row per region in ascending
// code order among the provinces and among the kabupaten/kota, every
// kabupaten/kota after its province. The result is in code order. It reports every
// problem, each as "name:line: message", joined.
func parse(src, name string) ([]Region, error) {
	var (
		regions []Region
		errs    []error
		seen    = map[string]int{} // code -> line
		prov    = map[string]Region{}
		inBody  bool
		prev    = map[bool]string{} // the last code, of provinces (true) and of kabupaten/kota
	)
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &lineError{name, line, fmt.Sprintf(format, args...)})
	}
	lines := strings.Split(src, "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1] // the final newline
	}
	for i, text := range lines {
		ln := i + 1
		if strings.HasSuffix(text, "\r") {
			fail(ln, "line ends in a carriage return: want LF line endings")
			text = strings.TrimSuffix(text, "\r")
		}
		if !inBody {
			switch {
			case strings.HasPrefix(text, "#"):
				continue
			case text == header:
				inBody = true
				continue
			default:
				fail(ln, "want the header %q after the comments, got %s", header, short(text))
				return nil, errors.Join(errs...)
			}
		}
		if text == "" {
			fail(ln, "empty line")
			continue
		}
		f := strings.Split(text, ",")
		if len(f) != 3 {
			fail(ln, "want 3 fields (kode,nama,zona), got %d in %s", len(f), short(text))
			continue
		}
		code, nm, zone := f[0], f[1], f[2]
		bad := false
		for j, v := range f {
			col := [...]string{"kode", "nama", "zona"}[j]
			if v == "" {
				fail(ln, "empty %s", col)
				bad = true
			} else if strings.TrimSpace(v) != v || strings.Contains(v, "  ") {
				fail(ln, "%s %s has leading, trailing or doubled spaces", col, short(v))
				bad = true
			}
		}
		if bad {
			continue
		}
		r := Region{Code: code, Name: nm}
		kind, ok := kindOfCode(code)
		if !ok {
			fail(ln, "invalid kode %s: want NN for a province or NN.NN (01-69 kabupaten, 71-99 kota)", short(code))
			continue
		}
		r.Kind = kind
		if at, dup := seen[code]; dup {
			fail(ln, "kode %s repeats line %d", code, at)
			continue
		}
		seen[code] = ln
		if p := prev[kind == KindProvince]; p != "" && code < p {
			fail(ln, "kode %s comes after %s: want ascending codes", code, p)
		}
		prev[kind == KindProvince] = code
		r.Zone, ok = zoneOf(zone)
		if !ok {
			fail(ln, "invalid zona %s: want WIB, WITA or WIT", short(zone))
			continue
		}
		switch kind {
		case KindProvince:
			if strings.HasPrefix(nm, "Kabupaten ") || strings.HasPrefix(nm, "Kota ") || strings.HasPrefix(nm, "Provinsi ") {
				fail(ln, "province %s: name %s: want the name without a kind prefix", code, short(nm))
				continue
			}
			prov[code] = r
		case KindKabupaten, KindKota:
			want := map[Kind]string{KindKabupaten: "Kabupaten ", KindKota: "Kota "}[kind]
			if !strings.HasPrefix(nm, want) || len(nm) == len(want) {
				fail(ln, "%s %s: name %s: want %q and a name", kind, code, short(nm), want)
				continue
			}
			p, ok := prov[code[:2]]
			if !ok {
				fail(ln, "%s %s: province %s is not listed before it", kind, code, code[:2])
				continue
			}
			if p.Zone != r.Zone {
				fail(ln, "%s %s: zona %s differs from its province %s (%s): Keppres 41/1987 zones whole provinces", kind, code, zone, p.Name, p.Zone)
				continue
			}
		}
		regions = append(regions, r)
	}
	if !inBody && len(errs) == 0 {
		fail(len(lines), "no header %q", header)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortFunc(regions, func(a, b Region) int { return strings.Compare(a.Code, b.Code) })
	return regions, nil
}

// kindOfCode returns the kind of region a code names, and whether the code is
// well formed: "NN" (a province, 11-99) or "NN.NN" (01-69 kabupaten, 71-99
// kota).
func kindOfCode(code string) (Kind, bool) {
	digits := func(s string) bool {
		return len(s) == 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9'
	}
	switch {
	case len(code) == 2 && digits(code) && code >= "11":
		return KindProvince, true
	case len(code) == 5 && digits(code[:2]) && code[2] == '.' && digits(code[3:]) && code[:2] >= "11":
		switch n := code[3:]; {
		case n >= "01" && n <= "69":
			return KindKabupaten, true
		case n >= "71":
			return KindKota, true
		}
	}
	return 0, false
}
