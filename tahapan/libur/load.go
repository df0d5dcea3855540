package libur

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"go.yaml.in/yaml/v3"
)

// MaxFileSize is the largest holiday file [Load] and [LoadFile] read:
// 10 MB, a thousand times the built-in data. A larger input is refused
// with an error wrapping [ErrTooLarge], before it is parsed.
const MaxFileSize = 10 << 20

// ErrTooLarge is wrapped by the error of [Load] and [LoadFile] for an input
// of more than [MaxFileSize] bytes.
var ErrTooLarge = errors.New("file too large")

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
// listed, a repeated key, a YAML alias (*name), a second YAML document, and
// a name, note or other text holding a control character (C0, DEL or C1,
// tab and newline included) or a bidirectional override (U+202A–U+202E,
// U+2066–U+2069) are errors. A day repeated in a year (the same date and the
// same name, ignoring case and runs of spaces) is an error that names the
// line of the first. It reports every problem at once, joined with
// [errors.Join]; each is a *[tahapan.PosError] that prints as
// file:line:col: message and quotes at most the first 40 bytes of the bad
// value. Years are returned in order, and each year's days sorted by date.
//
// Load reads at most [MaxFileSize] bytes of r; a longer input is an error
// wrapping [ErrTooLarge]. Syntax errors carry the line yaml.v3 reports and
// no column; that line can be one early.
func Load(r io.Reader, name string) ([]Year, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%s: %w: more than %d bytes (%d MB), the limit of a holiday file",
			name, ErrTooLarge, MaxFileSize, MaxFileSize>>20)
	}
	return parse(data, name)
}

// parse reads holiday data that is already in memory.
func parse(data []byte, name string) ([]Year, error) {
	if err := checkUTF8(name, data); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err == io.EOF {
			return nil, nil // no document: no days
		}
		return nil, syntaxError(name, data, err)
	}
	var next yaml.Node
	if err := dec.Decode(&next); err != io.EOF {
		if err != nil {
			return nil, syntaxError(name, data, err)
		}
		return nil, &tahapan.PosError{File: name, Line: next.Line, Col: next.Column,
			Msg: "a second YAML document: want one document"}
	}
	l := loader{file: name}
	years := l.years(&doc)
	if len(l.errs) > 0 {
		return nil, errors.Join(l.errs...)
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

// checkUTF8 reports the position of the first invalid UTF-8 byte, which
// yaml.v3 reports without a line.
func checkUTF8(name string, data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	line, col := 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return &tahapan.PosError{File: name, Line: line, Col: col,
				Msg: fmt.Sprintf("invalid UTF-8 byte %#02x", data[0])}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return nil
}

// syntaxError turns a yaml.v3 parse error ("yaml: line N: msg") into a
// *tahapan.PosError. yaml.v3's messages quote no value, but one is cut at
// 120 bytes all the same.
func syntaxError(name string, data []byte, err error) error {
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "yaml: line "); ok {
		if num, text, ok := strings.Cut(rest, ": "); ok {
			if n, err2 := strconv.Atoi(num); err2 == nil {
				return &tahapan.PosError{File: name, Line: n, Msg: clip(text), Err: err}
			}
		}
	}
	if rest, ok := strings.CutPrefix(msg, "yaml: unknown anchor '"); ok {
		if anchor, ok := strings.CutSuffix(rest, "' referenced"); ok {
			// yaml.v3 gives no line for this one: find the alias.
			if i := bytes.Index(data, []byte("*"+anchor)); i >= 0 {
				line := 1 + bytes.Count(data[:i], []byte("\n"))
				col := 1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:i], '\n')+1:i])
				return &tahapan.PosError{File: name, Line: line, Col: col,
					Msg: "unknown anchor " + quote(anchor), Err: err}
			}
		}
	}
	// yaml.v3 leaves out the line when its 0-based mark is 0: the first line.
	return &tahapan.PosError{File: name, Line: 1, Msg: clip(strings.TrimPrefix(msg, "yaml: ")), Err: err}
}

// clip cuts s to 120 bytes, at a character, with "…" if it was longer.
func clip(s string) string {
	if len(s) <= 120 {
		return s
	}
	cut := 120
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// A loader walks a parsed document and collects every problem.
type loader struct {
	file string
	errs []error
}

func (l *loader) errorf(n *yaml.Node, format string, args ...any) {
	l.errs = append(l.errs, &tahapan.PosError{File: l.file, Line: n.Line, Col: n.Column,
		Msg: fmt.Sprintf(format, args...)})
}

// quote quotes s for an error message: at most its first 40 bytes (cut
// at a character), then "…" if there is more, with Go escapes for control
// characters, so no error echoes a whole file or drives the terminal.
func quote(s string) string {
	const max = 40
	if len(s) <= max {
		return strconv.Quote(s)
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "…"
}

// describe names what n is, for "want X, got Y" messages. An alias is not
// followed: aliases are refused, as in schedules (and a chain of them could
// make the walk exponential).
func describe(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.AliasNode:
		return "an alias: YAML aliases are not allowed"
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.ShortTag() == "!!null":
		return "nothing"
	}
	return quote(n.Value)
}

// badRune returns the first rune of s that a name or note may not hold,
// and its position in runes from 1: a C0 control (tab and newline
// included), DEL, a C1 control, or a bidirectional embedding, override or
// isolate (U+202A–U+202E, U+2066–U+2069), which could reorder or hide what a
// terminal shows.
func badRune(s string) (rune, int) {
	i := 0
	for _, r := range s {
		i++
		if r < 0x20 || r >= 0x7f && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			return r, i
		}
	}
	return 0, 0
}

// checkText reports a control character or bidi override in the text of
// field key.
func checkText(key, s string) string {
	if r, i := badRune(s); i > 0 {
		return fmt.Sprintf("%s: character %d is %U, a control character or bidi override: "+
			"names, notes and other texts may not hold them", key, i, r)
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
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			l.errorf(k, "want a field name in %s, got %s", what, describe(k))
		case !slices.Contains(known, k.Value):
			l.errorf(k, "unknown field %s in %s (want %s)", quote(k.Value), what, strings.Join(known, ", "))
		case out[k.Value].key != nil:
			l.errorf(k, "repeated field %q in %s (first at line %d)", k.Value, what, out[k.Value].key.Line)
		default:
			out[k.Value] = field{k, v}
		}
	}
	return out
}

// str returns the text of a scalar field, reporting anything else and a
// text that holds a control character.
func (l *loader) str(f field) (string, bool) {
	v := f.val
	if v.Kind != yaml.ScalarNode || v.ShortTag() == "!!null" {
		l.errorf(f.val, "%s: want a string, got %s", f.key.Value, describe(v))
		return "", false
	}
	if msg := checkText(f.key.Value, v.Value); msg != "" {
		l.errorf(v, "%s", msg)
		return "", false
	}
	return v.Value, true
}

// years walks the whole document.
func (l *loader) years(doc *yaml.Node) []Year {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
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
		v := f.val
		if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" {
			l.errorf(f.val, "year %d: complete: want true or false, got %s", y, describe(v))
		} else {
			out.Complete = strings.EqualFold(v.Value, "true")
		}
	}
	if f, ok := fs["decrees"]; ok {
		out.Decrees, _ = l.str(f)
	}
	f, ok := fs["days"]
	if !ok {
		l.errorf(n, "year %d: missing field \"days\"", y)
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
			l.errorf(n, "day is missing field %q", req)
		}
	}
	if f, ok := fs["date"]; ok {
		if s, ok := l.str(f); ok {
			date, err := tahapan.ParseDate(s)
			switch {
			case err != nil && len(s) > 40: // ParseDate's message would quote all of it
				l.errorf(f.val, "invalid date %s: want YYYY-MM-DD", quote(s))
			case err != nil:
				l.errs = append(l.errs, &tahapan.PosError{File: l.file, Line: f.val.Line, Col: f.val.Column,
					Msg: err.Error(), Err: err})
			case date.Year != y:
				l.errorf(f.val, "date %s is not in year %d", date, y)
			default:
				d.Date = date
			}
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
			if d.Confidence = tahapan.Confidence(s); !validConfidence(d.Confidence) {
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
		seq := f.val
		if seq.Kind != yaml.SequenceNode {
			l.errorf(f.val, "sources: want a list of strings, got %s", describe(seq))
		} else {
			for _, sn := range seq.Content {
				if s, ok := l.str(field{f.key, sn}); ok {
					d.Sources = append(d.Sources, s)
				}
			}
		}
	}
	return d, len(l.errs) == nerr
}

// validConfidence reports whether c is one of the confidence levels of the
// reference data.
func validConfidence(c tahapan.Confidence) bool {
	return c == tahapan.Confirmed || c == tahapan.SingleSource || c == tahapan.Unconfirmed || c == tahapan.Conflict
}
