package libur

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"go.yaml.in/yaml/v3"
)

// Load reads holiday data in YAML: the format of the built-in data, which a
// user gives to add next year's SKB, a revision or a regional holiday.
// name is used only in error messages. Each top-level key is a year:
//
//	2027:
//	  complete: true           # optional: Days is the year's whole official list
//	  decrees: "SKB 3 Menteri …"  # optional free text
//	  days:
//	    - date: 2027-01-01
//	      kind: libur_nasional   # or cuti_bersama, libur_pemilu
//	      name: "Tahun Baru 2027 Masehi"
//	      name_en: "New Year's Day 2027"   # optional
//	      decree: "SKB 3 Menteri …"
//	      sources: ["https://…"]           # optional
//
// With complete: true the days replace the built-in list of that year and
// the year counts as decreed (a new SKB, or a revised year given in full:
// revisions remove days as well as add them). Without it, the days are added
// to whatever list the year has. See [Options.Extra].
//
// Load is strict: an unknown field, a missing field, a date that does not
// exist or lies outside its year, a kind other than the three, a repeated
// key or a repeated day are errors. It reports every problem at once, joined
// with [errors.Join]; each is a *[tahapan.PosError] that prints as
// file:line:col: message and quotes the bad value. Years are returned in
// order, and each year's days sorted by date.
//
// Syntax errors carry the line yaml.v3 reports and no column; that line can
// be one early.
func Load(r io.Reader, name string) ([]Year, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
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
// uses path in error messages.
func LoadFile(path string) ([]Year, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Load(bytes.NewReader(data), path)
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

var (
	yamlLineRE   = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	yamlAnchorRE = regexp.MustCompile(`^yaml: unknown anchor '(.*)' referenced$`)
)

// syntaxError turns a yaml.v3 parse error ("yaml: line N: msg") into a
// *tahapan.PosError.
func syntaxError(name string, data []byte, err error) error {
	msg := err.Error()
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return &tahapan.PosError{File: name, Line: n, Msg: m[2], Err: err}
	}
	if m := yamlAnchorRE.FindStringSubmatch(msg); m != nil {
		// yaml.v3 gives no line for this one: find the alias.
		if i := bytes.Index(data, []byte("*"+m[1])); i >= 0 {
			line := 1 + bytes.Count(data[:i], []byte("\n"))
			col := 1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:i], '\n')+1:i])
			return &tahapan.PosError{File: name, Line: line, Col: col,
				Msg: fmt.Sprintf("unknown anchor %q", m[1]), Err: err}
		}
	}
	// yaml.v3 leaves out the line when its 0-based mark is 0: the first line.
	return &tahapan.PosError{File: name, Line: 1, Msg: strings.TrimPrefix(msg, "yaml: "), Err: err}
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

// deref follows an alias to the node it names.
func deref(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// describe names what n is, for "want X, got Y" messages.
func describe(n *yaml.Node) string {
	n = deref(n)
	switch {
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.ShortTag() == "!!null":
		return "nothing"
	}
	return strconv.Quote(n.Value)
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
		case !slices.Contains(known, k.Value):
			l.errorf(k, "unknown field %q in %s (want %s)", k.Value, what, strings.Join(known, ", "))
		case out[k.Value].key != nil:
			l.errorf(k, "repeated field %q in %s (first at line %d)", k.Value, what, out[k.Value].key.Line)
		default:
			out[k.Value] = field{k, v}
		}
	}
	return out
}

// str returns the text of a scalar field, reporting anything else.
func (l *loader) str(f field) (string, bool) {
	v := deref(f.val)
	if v.Kind != yaml.ScalarNode || v.ShortTag() == "!!null" {
		l.errorf(f.val, "%s: want a string, got %s", f.key.Value, describe(v))
		return "", false
	}
	return v.Value, true
}

// years walks the whole document.
func (l *loader) years(doc *yaml.Node) []Year {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil
	}
	root := deref(doc.Content[0])
	if root.Kind != yaml.MappingNode {
		l.errorf(doc.Content[0], "want a mapping from years to their days, got %s", describe(root))
		return nil
	}
	var out []Year
	seen := make(map[int]*yaml.Node)
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		y, err := strconv.Atoi(k.Value)
		if k.Kind != yaml.ScalarNode || err != nil || y < 1 || y > 9999 || strings.TrimLeft(k.Value, "0123456789") != "" {
			l.errorf(k, "invalid year %q: want a year such as 2027", k.Value)
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

// year walks one year's entry.
func (l *loader) year(y int, n *yaml.Node) Year {
	out := Year{Year: y}
	m := deref(n)
	if m.Kind != yaml.MappingNode {
		l.errorf(n, "year %d: want a mapping with days, got %s", y, describe(m))
		return out
	}
	what := fmt.Sprintf("year %d", y)
	fs := l.fields(m, what, "complete", "decrees", "days")
	if f, ok := fs["complete"]; ok {
		v := deref(f.val)
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
	seq := deref(f.val)
	if seq.Kind != yaml.SequenceNode {
		l.errorf(f.val, "year %d: days: want a list, got %s", y, describe(seq))
		return out
	}
	type key struct {
		date tahapan.Date
		name string
	}
	seen := make(map[key]int)
	for _, dn := range seq.Content {
		d, ok := l.day(y, dn)
		if !ok {
			continue
		}
		k := key{d.Date, d.Name}
		if line, dup := seen[k]; dup {
			l.errorf(dn, "repeated day %s %q (first at line %d)", d.Date, d.Name, line)
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
	m := deref(n)
	if m.Kind != yaml.MappingNode {
		l.errorf(n, "year %d: day: want a mapping with date, kind, name and decree, got %s", y, describe(m))
		return d, false
	}
	nerr := len(l.errs)
	fs := l.fields(m, "day", "date", "kind", "name", "name_en", "decree", "sources")
	for _, req := range []string{"date", "kind", "name", "decree"} {
		if _, ok := fs[req]; !ok {
			l.errorf(n, "day is missing field %q", req)
		}
	}
	if f, ok := fs["date"]; ok {
		if s, ok := l.str(f); ok {
			date, err := tahapan.ParseDate(s)
			switch {
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
				l.errorf(f.val, "unknown kind %q: want %s, %s or %s", s, LiburNasional, CutiBersama, LiburPemilu)
			}
		}
	}
	for _, p := range []struct {
		key string
		dst *string
	}{{"name", &d.Name}, {"name_en", &d.NameEN}, {"decree", &d.Decree}} {
		if f, ok := fs[p.key]; ok {
			if s, ok := l.str(f); ok {
				if strings.TrimSpace(s) == "" && p.key != "name_en" {
					l.errorf(f.val, "%s: empty", p.key)
				}
				*p.dst = s
			}
		}
	}
	if f, ok := fs["sources"]; ok {
		seq := deref(f.val)
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
