package wilayah

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/kalender-pemilu/tahapan/tahapan/internal/editdist"
)

// ErrNotFound is matched by every [*NotFoundError], for [errors.Is].
var ErrNotFound = errors.New("no such region")

// An AmbiguousError is returned by [Lookup] when a name fits more than one
// region, such as "Mojokerto": Kabupaten Mojokerto (35.16) and Kota
// Mojokerto (35.76). Candidates are in code order.
type AmbiguousError struct {
	Query      string
	Candidates []Region
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("region %s is ambiguous: %s; give its code, or its name with \"Provinsi\", \"Kabupaten\" or \"Kota\"",
		short(e.Query), orList(e.Candidates))
}

// A NotFoundError is returned by [Lookup] when no region has the code or the
// name asked for. Suggestions holds up to five regions with close names, the
// closest first; it may be empty.
type NotFoundError struct {
	Query       string
	Suggestions []Region
}

func (e *NotFoundError) Error() string {
	var msg string
	q := strings.TrimSpace(e.Query)
	switch {
	case q == "":
		return "empty region: want a code such as 35.76 or a name such as Kota Mojokerto"
	case isCodeLike(q):
		if _, ok := canonicalCode(q); !ok {
			return fmt.Sprintf("invalid region code %s: want NN for a province or NN.NN for a kabupaten/kota, such as 35 or 35.76", short(e.Query))
		}
		msg = fmt.Sprintf("no region with code %s", short(e.Query))
	default:
		msg = fmt.Sprintf("no region named %s", short(e.Query))
	}
	if len(e.Suggestions) > 0 {
		msg += "; did you mean " + orList(e.Suggestions) + "?"
	}
	return msg
}

// Is reports whether target is [ErrNotFound].
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

// orList writes regions as "A (1), B (2) or C (3)".
func orList(rs []Region) string {
	var b strings.Builder
	for i, r := range rs {
		switch {
		case i == 0:
		case i == len(rs)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(r.String())
	}
	return b.String()
}

// Lookup finds a region by its code or its name.
//
// A code is "NN" for a province or "NN.NN" for a kabupaten/kota; the
// undotted "NNNN" works too. A name is matched ignoring case, punctuation and
// extra spaces, and ignoring a leading "KPU" or "KIP" and a leading kind
// ("Provinsi", "Prov.", "Kabupaten", "Kab.", "Kota", then "Administrasi" or
// "Adm."). A kind given that way also restricts the match to that kind.
// Besides the decree's names, a region is found by its short name
// ("Mojokerto", "Jakarta Utara") and a province by a few common names
// ("DKI Jakarta", "DIY", "NTB", "Jatim").
//
// A name that fits several regions is an [*AmbiguousError] listing them; no
// match is a [*NotFoundError] suggesting close names. If the embedded table
// failed to parse, Lookup returns that error, which names the file and line.
func Lookup(query string) (Region, error) {
	t := table()
	if t.err != nil {
		return Region{}, t.err
	}
	q := strings.TrimSpace(query)
	if q == "" {
		return Region{}, &NotFoundError{Query: query}
	}
	if isCodeLike(q) {
		code, ok := canonicalCode(q)
		if i, found := t.byCode[code]; ok && found {
			return t.regions[i], nil
		}
		return Region{}, &NotFoundError{Query: query}
	}
	kind, key := parseName(q)
	var hits []Region
	for _, i := range t.byName[key] {
		if kind == 0 || t.regions[i].Kind == kind {
			hits = append(hits, t.regions[i])
		}
	}
	switch len(hits) {
	case 1:
		return hits[0], nil
	case 0:
		return Region{}, &NotFoundError{Query: query, Suggestions: t.suggest(kind, key)}
	}
	return Region{}, &AmbiguousError{Query: query, Candidates: hits}
}

// Search returns the regions whose name contains the query's words, in code
// order, for a list or a search box. The query is read as by [Lookup]: a
// leading kind restricts the kind, so Search("kota") returns every kota and
// Search("kabupaten aceh") every kabupaten with "Aceh" in its name. A code
// or code prefix ("35", "35.7") matches by code. A query with no match
// returns nil.
func Search(query string) []Region {
	t := table()
	q := strings.TrimSpace(query)
	if q != "" && isCodeLike(q) {
		var out []Region
		for _, r := range t.regions {
			if strings.HasPrefix(r.Code, q) || strings.HasPrefix(strings.ReplaceAll(r.Code, ".", ""), q) {
				out = append(out, r)
			}
		}
		return out
	}
	kind, key := parseName(q)
	var out []Region
	for i, r := range t.regions {
		if (kind == 0 || r.Kind == kind) && strings.Contains(t.search[i], key) {
			out = append(out, r)
		}
	}
	return out
}

// IsCode reports whether s is a kode wilayah as the table writes it: "NN"
// for a province (11–99), or "NN.NN" for a kabupaten (01–69) or a kota
// (71–99), N an ASCII digit. It says only that s is well formed, not that
// a region has that code (see [Lookup]), and it takes no other form: no
// spaces and not the undotted "3576" that Lookup also reads. It is meant
// for telling a code from a name cheaply, as in a URL path "/35.76/".
func IsCode(s string) bool {
	_, ok := kindOfCode(s)
	return ok
}

// isCodeLike reports whether q is made of digits and dots only, and so is
// read as a code.
func isCodeLike(q string) bool {
	for _, c := range q {
		if (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return q != ""
}

// canonicalCode returns q as "NN" or "NN.NN", and whether it is well formed.
func canonicalCode(q string) (string, bool) {
	if len(q) == 4 && !strings.Contains(q, ".") {
		q = q[:2] + "." + q[2:]
	}
	_, ok := kindOfCode(q)
	return q, ok
}

// normalize lowercases s, turns punctuation into spaces and collapses
// spaces, so "Toli-Toli" and "toli  toli" are the same key.
func normalize(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// parseName normalizes a name and cuts its leading office and kind words,
// returning the kind they name (0 for none) and the rest.
func parseName(q string) (Kind, string) {
	words := strings.Fields(normalize(q))
	if len(words) > 1 && (words[0] == "kpu" || words[0] == "kip") {
		words = words[1:]
	}
	var kind Kind
	if len(words) > 0 {
		switch words[0] {
		case "provinsi", "prov":
			kind, words = KindProvince, words[1:]
		case "kabupaten", "kab":
			kind, words = KindKabupaten, words[1:]
		case "kota":
			kind, words = KindKota, words[1:]
		}
	}
	if kind != 0 && len(words) > 0 && (words[0] == "administrasi" || words[0] == "adm") {
		words = words[1:]
	}
	return kind, strings.Join(words, " ")
}

// suggest returns up to five regions whose names are closest to key: the
// same name of another kind, names that contain it, or names within a few
// typing mistakes, the fewest first. A region of another kind than the one
// asked for counts one mistake more.
func (t *tableData) suggest(kind Kind, key string) []Region {
	n := len([]rune(key))
	if n == 0 || n > 64 {
		return nil
	}
	maxDist := 1 + n/4
	if maxDist > 3 {
		maxDist = 3
	}
	best := map[int]int{} // region index -> distance
	for k, idx := range t.byName {
		d := -1
		switch {
		case k == key:
			d = 0
		case n >= 4 && strings.Contains(k, key),
			len(k) >= 4 && strings.Contains(" "+key+" ", " "+k+" "): // "surabaya raya"
			d = 1
		default:
			if e := editdist.Distance(key, k, maxDist); e <= maxDist {
				d = e
			}
		}
		if d < 0 {
			continue
		}
		for _, i := range idx {
			if old, ok := best[i]; !ok || d < old {
				best[i] = d
			}
		}
	}
	type cand struct{ i, d int }
	var cs []cand
	for i, d := range best {
		if kind != 0 && t.regions[i].Kind != kind {
			d++ // the kind asked for first
		}
		cs = append(cs, cand{i, d})
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if a.d != b.d {
			return a.d - b.d
		}
		return a.i - b.i
	})
	var out []Region
	for _, c := range cs[:min(len(cs), 5)] {
		if c.d > cs[0].d {
			break // only the closest: "Makasar" is Makassar, not also Takalar
		}
		out = append(out, t.regions[c.i])
	}
	return out
}
