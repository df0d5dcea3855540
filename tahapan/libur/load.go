package libur

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/internal/yamlx"
	"go.yaml.in/yaml/v3"
)

// MaxFileSize is the largest holiday file [Load] and [LoadFile] read:
// 10 MB, a thousand times the built-in data. A larger input is refused
// with an error wrapping [ErrTooLarge], before it is parsed.
const MaxFileSize = yamlx.MaxSize

// ErrTooLarge is wrapped by the error of [Load] and [LoadFile] for an input
// of more than [MaxFileSize] bytes.
var ErrTooLarge = errors.New(yamlx.TooLarge("a holiday file may be"))

// Load reads holiday data in YAML: the format of the built-in data, which a
// user gives to add next year's SKB, a revision or a regional holiday.
// name is used only in error messages. Each top-level key is a year:
//
//	2028:
//	  complete: true           # optional: Days is the year's whole official list
//	  decrees: "SKB 3 Menteri …"  # optional free text
//	  days:
//	    - date: 2028-01-01
//	      kind: libur_nasional   # or cuti_bersama, libur_pemilu
//	      name: "Tahun Baru 2028 Masehi"
//	      name_en: "New Year's Day 2028"   # optional
//	      decree: "SKB 3 Menteri …"
//	      confidence: confirmed            # optional: confirmed, single_source, unconfirmed or conflict
//	      note: "…"                        # optional: what may still change, in Indonesian
//	      note_en: "…"                     # optional: the same in English
//	      sources: ["https://…"]           # optional
//
// With complete: true the days replace the built-in list of that year and
// the year counts as decreed (a new SKB, or a revised year given in full:
// revisions remove days as well as add them). Without it, the days are added
// to whatever list the year has. See [Options.Extra].
//
// Load is strict: an unknown field, a missing field, a date that does not
// exist or lies outside its year, a kind or confidence other than those
// listed, a repeated key, a YAML alias (*name) or anchor (&name), a second
// YAML document, bytes that are not UTF-8, and a name, note or other text
// holding a control character (C0, DEL or C1, tab and newline included) or a
// bidirectional override (U+202A–U+202E, U+2066–U+2069) are errors, worded
// as the schedule loader ([tahapan.Load]) words them. A day repeated in a year (the same date and the
// same name, ignoring case and runs of spaces) is an error that names the
// line of the first. It reports every problem at once, joined with
// [errors.Join], at most [tahapan.MaxErrors] of them and a count of the
// rest; each is a *[tahapan.PosError] that prints as file:line:col: message
// and quotes at most the first 40 bytes of the bad value. Years are
// returned in order, and each year's days sorted by date.
//
// Load reads at most [MaxFileSize] bytes of r; a longer input is an error
// wrapping [ErrTooLarge]. A syntax error carries the line yaml.v3 reports,
// which can be one early, and the column of that line's first non-blank.
func Load(r io.Reader, name string) ([]Year, error) {
	data, over, err := yamlx.Read(r, MaxFileSize)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if over {
		return nil, fmt.Errorf("%s: %w", name, ErrTooLarge)
	}
	return parse(data, name)
}

// parse reads holiday data that is already in memory.
func parse(data []byte, name string) ([]Year, error) {
	l := loader{file: name}
	root, probs := yamlx.Parse(data)
	for _, p := range probs {
		l.report(p)
	}
	var years []Year
	if root != nil {
		years = l.years(root)
	}
	if len(l.errs) > 0 {
		return nil, errors.Join(yamlx.Cap(l.errs, func(msg string) error {
			return fmt.Errorf("%s: %s", name, msg)
		})...)
	}
	return years, nil
}

// LoadFile reads holiday data from the file at path, as [Load] does, and
// uses path in error messages. It reads at most [MaxFileSize] bytes, so a
// device or pipe that never ends is refused too.
func LoadFile(path string) ([]Year, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load(f, path)
}

// A loader walks a parsed document and collects every problem.
type loader struct {
	file string
	errs []error
}

func (l *loader) errorf(n *yaml.Node, format string, args ...any) {
	l.report(yamlx.At(n, format, args...))
}

// report adds a problem found by package yamlx, prefixed with prefix.
func (l *loader) report(p *yamlx.Problem) { l.reportIn("", p) }

// reportIn adds a problem about field key (none if empty).
func (l *loader) reportIn(key string, p *yamlx.Problem) {
	msg := p.Msg
	if key != "" {
		msg = key + ": " + msg
	}
	l.errs = append(l.errs, &tahapan.PosError{File: l.file, Line: p.Line, Col: p.Col, Msg: msg, Err: p.Err})
}

// quote quotes s for an error message: see [yamlx.Quote].
func quote(s string) string { return yamlx.Quote(s) }

// describe names what n is, for "want X, got Y" messages.
func describe(n *yaml.Node) string { return yamlx.Describe(n) }

// checkText reports a control character or bidi override in the text of
// field key, in the words of [yamlx.Text], for the days given in
// [Options.Extra].
func checkText(key, s string) string {
	if r, pos, what, bad := yamlx.BadRune(s, false); bad {
		return fmt.Sprintf("%s: character %d is %U, %s: text may not hold it", key, pos, r, what)
	}
	return ""
}

// field is one key of a mapping and its value.
type field struct {
	key, val *yaml.Node
}

// fields returns the keys of mapping n by name, reporting keys that are
// repeated or not in known.
func (l *loader) fields(n *yaml.Node, what string, known ...string) map[string]field {
	out := make(map[string]field)
	yamlx.Fields(n, what, known, l.report, func(key string, k, v *yaml.Node) {
		out[key] = field{k, v}
	})
	return out
}

// str returns the text of a scalar field, reporting anything else and a
// text that holds a control character.
func (l *loader) str(f field) (string, bool) {
	s, p := yamlx.Text(f.val, false)
	if p != nil {
		l.reportIn(f.key.Value, p)
		return "", false
	}
	return s, true
}

// years walks the whole document.
func (l *loader) years(root *yaml.Node) []Year {
	if root.Kind != yaml.MappingNode {
		l.errorf(root, "want a mapping from years to their days, got %s", describe(root))
		return nil
	}
	var out []Year
	seen := make(map[int]*yaml.Node)
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		y, err := strconv.Atoi(k.Value)
		if k.Kind != yaml.ScalarNode || err != nil || y < 1 || y > 9999 || strings.TrimLeft(k.Value, "0123456789") != "" {
			l.errorf(k, "invalid year %s: want a year such as 2028", describe(k))
			continue
		}
		if prev := seen[y]; prev != nil {
			l.errorf(k, "repeated year %d (first at line %d)", y, prev.Line)
			continue
		}
		seen[y] = k
		out = append(out, l.year(y, v))
	}
	slices.SortFunc(out, func(a, b Year) int { return cmp.Compare(a.Year, b.Year) })
	return out
}

// sameDay is the key under which two days of a year are the same day: the
// date, and the name with case and runs of spaces ignored.
type sameDay struct {
	date tahapan.Date
	name string
}

func sameDayKey(d Day) sameDay {
	return sameDay{d.Date, strings.ToLower(strings.Join(strings.Fields(d.Name), " "))}
}

// year walks one year's entry.
func (l *loader) year(y int, n *yaml.Node) Year {
	out := Year{Year: y}
	if n.Kind != yaml.MappingNode {
		l.errorf(n, "year %d: want a mapping with days, got %s", y, describe(n))
		return out
	}
	what := fmt.Sprintf("year %d", y)
	fs := l.fields(n, what, "complete", "decrees", "days")
	if f, ok := fs["complete"]; ok {
		b, p := yamlx.Bool(f.val)
		if p != nil {
			l.reportIn(fmt.Sprintf("year %d: complete", y), p)
		}
		out.Complete = b
	}
	if f, ok := fs["decrees"]; ok {
		out.Decrees, _ = l.str(f)
	}
	f, ok := fs["days"]
	if !ok {
		l.report(yamlx.Missing(n, what, "days"))
		return out
	}
	seq := f.val
	if seq.Kind != yaml.SequenceNode {
		l.errorf(f.val, "year %d: days: want a list, got %s", y, describe(seq))
		return out
	}
	seen := make(map[sameDay]int)
	for _, dn := range seq.Content {
		d, ok := l.day(y, dn)
		if !ok {
			continue
		}
		k := sameDayKey(d)
		if line, dup := seen[k]; dup {
			l.errorf(dn, "repeated day %s %s (first at line %d)", d.Date, quote(d.Name), line)
			continue
		}
		seen[k] = dn.Line
		out.Days = append(out.Days, d)
	}
	sortDays(out.Days)
	return out
}

// day walks one day of year y. It reports false if the day has a problem.
func (l *loader) day(y int, n *yaml.Node) (Day, bool) {
	var d Day
	if n.Kind != yaml.MappingNode {
		l.errorf(n, "year %d: day: want a mapping with date, kind, name and decree, got %s", y, describe(n))
		return d, false
	}
	nerr := len(l.errs)
	fs := l.fields(n, "day", "date", "kind", "name", "name_en", "decree", "confidence", "note", "note_en", "sources")
	for _, req := range []string{"date", "kind", "name", "decree"} {
		if _, ok := fs[req]; !ok {
			l.report(yamlx.Missing(n, "day", req))
		}
	}
	if f, ok := fs["date"]; ok {
		date, p := yamlx.Date(f.val, tahapan.ParseDate)
		switch {
		case p != nil:
			l.report(p)
		case date.Year != y:
			l.errorf(f.val, "date %s is not in year %d", date, y)
		default:
			d.Date = date
		}
	}
	if f, ok := fs["kind"]; ok {
		if s, ok := l.str(f); ok {
			if d.Kind = Kind(s); !d.Kind.valid() {
				l.errorf(f.val, "unknown kind %s: want %s, %s or %s", quote(s), LiburNasional, CutiBersama, LiburPemilu)
			}
		}
	}
	if f, ok := fs["confidence"]; ok {
		if s, ok := l.str(f); ok {
			if d.Confidence = tahapan.Confidence(s); !d.Confidence.Valid() {
				l.errorf(f.val, "unknown confidence %s: want %s, %s, %s or %s", quote(s),
					tahapan.Confirmed, tahapan.SingleSource, tahapan.Unconfirmed, tahapan.Conflict)
			}
		}
	}
	for _, p := range []struct {
		key      string
		dst      *string
		optional bool
	}{
		{"name", &d.Name, false}, {"name_en", &d.NameEN, true}, {"decree", &d.Decree, false},
		{"note", &d.Note, true}, {"note_en", &d.NoteEN, true},
	} {
		if f, ok := fs[p.key]; ok {
			if s, ok := l.str(f); ok {
				if strings.TrimSpace(s) == "" && !p.optional {
					l.errorf(f.val, "%s: empty", p.key)
				}
				*p.dst = s
			}
		}
	}
	if f, ok := fs["sources"]; ok {
		srcs, probs := yamlx.Strings(f.val)
		for _, p := range probs {
			l.reportIn("sources", p)
		}
		d.Sources = srcs
	}
	return d, len(l.errs) == nerr
}
