// Package yamlx is the YAML decoding layer shared by the schedule loader
// (package tahapan) and the holiday-file loader (package tahapan/libur): one
// size cap, one way to parse and to report syntax errors, one alias and
// multi-document policy, one mapping walker and one set of scalar decoders,
// so that both loaders word the same problem the same way and place every
// problem at file:line:col.
//
// A [Problem] carries a line, a column and a message; each loader turns it
// into its own public error type (tahapan.PosError), adding the file name.
package yamlx

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kalender-pemilu/tahapan/tahapan/internal/editdist"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"go.yaml.in/yaml/v3"
)

// MaxSize is the most a loader reads of one YAML input, in bytes: 10 MB,
// a hundred times the largest real schedule (Pemilu 2024's, 120 KB) and a
// thousand times the built-in holiday data.
const MaxSize = 10 << 20

// MaxQuote is how many bytes of a value an error message quotes at most.
const MaxQuote = 40

// MaxErrors is how many problems a loader lists at most; a last line says
// how many more it found.
const MaxErrors = 100

// A Problem is one thing wrong in an input, at a line and column counted
// from 1 (a zero Col means the column is not known).
type Problem struct {
	Line, Col int
	Msg       string
	Err       error // the underlying error, if any
}

func (p *Problem) Error() string { return fmt.Sprintf("%d:%d: %s", p.Line, p.Col, p.Msg) }

// At returns a Problem at n's position.
func At(n *yaml.Node, format string, args ...any) *Problem {
	return &Problem{Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)}
}

// Wrap returns a Problem at n's position whose message is err's.
func Wrap(n *yaml.Node, err error) *Problem {
	return &Problem{Line: n.Line, Col: n.Column, Msg: err.Error(), Err: err}
}

// Short returns s cut to its first [MaxQuote] bytes, at a rune boundary and
// marked with "…", when it is longer: an error quotes a short prefix of a
// value, never a whole file that was read as one.
func Short(s string) string { return ShortN(s, MaxQuote) }

// ShortN is [Short] with a limit of n bytes.
func ShortN(s string, n int) string { return kata.Prefix(s, n) }

// Quote quotes a value for an error message: its first [MaxQuote] bytes
// in Go syntax (so a control character is escaped, never sent to the
// terminal), then "…" outside the quotes when there was more.
func Quote(s string) string {
	if len(s) <= MaxQuote {
		return strconv.Quote(s)
	}
	return strconv.Quote(strings.TrimSuffix(Short(s), "…")) + "…"
}

// TooLarge is the text of a loader's error for an input larger than
// [MaxSize]: "larger than 10 MB, the most " + what, such as "a holiday
// file may be".
func TooLarge(what string) string {
	return fmt.Sprintf("larger than %d MB, the most %s", MaxSize>>20, what)
}

// Read reads r to its end, but at most limit bytes; over reports that r
// held more. An error of r is returned as it is.
func Read(r io.Reader, limit int64) (data []byte, over bool, err error) {
	data, err = io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, false, err
	}
	if int64(len(data)) > limit {
		return nil, true, nil
	}
	return data, false, nil
}

// Parse parses data, which must be one YAML document, and returns its top
// node, or nil for an input with no document (empty, or only comments).
//
// It refuses, with every problem placed at a line and column: bytes that
// are not UTF-8 (yaml.v3 would give no position), a syntax error (yaml.v3
// gives a line; the column is that of the line's first non-blank), a
// second document, and every anchor (&name) and alias (*name): nothing in
// the data needs them, and an alias makes a value stand far from its key.
func Parse(data []byte) (*yaml.Node, []*Problem) {
	if p := checkUTF8(data); p != nil {
		return nil, []*Problem{p}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err == io.EOF {
			return nil, nil
		}
		return nil, []*Problem{syntaxError(data, err)}
	}
	var next yaml.Node
	if err := dec.Decode(&next); err != io.EOF {
		if err != nil {
			return nil, []*Problem{syntaxError(data, err)}
		}
		return nil, []*Problem{{Line: next.Line, Col: next.Column,
			Msg: "a second YAML document: want one document"}}
	}
	var probs []*Problem
	walk(&doc, func(n *yaml.Node) {
		switch {
		case n.Kind == yaml.AliasNode:
			probs = append(probs, At(n, "YAML alias *%s: aliases and anchors are not allowed", Short(n.Value)))
		case n.Anchor != "":
			probs = append(probs, At(n, "YAML anchor &%s: aliases and anchors are not allowed", Short(n.Anchor)))
		}
	})
	if len(probs) > 0 {
		return nil, probs
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// walk calls f for n and every node under it. Aliases are not followed.
func walk(n *yaml.Node, f func(*yaml.Node)) {
	f(n)
	for _, c := range n.Content {
		walk(c, f)
	}
}

// checkUTF8 reports the position of the first invalid UTF-8 byte; the
// column counts characters, as yaml.v3's do.
func checkUTF8(data []byte) *Problem {
	if utf8.Valid(data) {
		return nil
	}
	line, col := 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return &Problem{Line: line, Col: col, Msg: fmt.Sprintf("invalid UTF-8 byte %#02x", data[0])}
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

// syntaxRE matches yaml.v3's syntax errors: "yaml: line N: message". It
// is compiled on first use, an error, not at every start.
var syntaxRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: line (\d+): (.*)$`) })

// syntaxError turns a yaml.v3 parse error into a Problem. yaml.v3 gives no
// column, so the column is that of the first non-blank on the line; it
// leaves out the line when it is the first.
func syntaxError(data []byte, err error) *Problem {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i] + " …"
	}
	if rest, ok := strings.CutPrefix(msg, "yaml: unknown anchor '"); ok {
		if anchor, ok := strings.CutSuffix(rest, "' referenced"); ok {
			// An alias of an anchor not defined (before it): yaml.v3 gives
			// no line, so find the alias, and refuse it as any alias.
			line, col := 1, 1
			if i := bytes.Index(data, []byte("*"+anchor)); i >= 0 {
				line = 1 + bytes.Count(data[:i], []byte("\n"))
				col = 1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:i], '\n')+1:i])
			}
			return &Problem{Line: line, Col: col, Err: err,
				Msg: fmt.Sprintf("YAML alias *%s: aliases and anchors are not allowed", Short(anchor))}
		}
	}
	msg = ShortN(msg, 200) // a message may quote an anchor's name
	line := 1
	if m := syntaxRE().FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	return &Problem{Line: line, Col: firstCol(data, line), Msg: "invalid YAML: " + msg, Err: err}
}

// firstCol returns the column of the first non-blank of line in src.
func firstCol(src []byte, line int) int {
	for i := 1; i < line; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return 1
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return utf8.RuneCount(src) - utf8.RuneCount(bytes.TrimLeft(src, " \t")) + 1
}

// Describe names what n is, for "want X, got Y" messages: "a mapping", "a
// list", "nothing", "an alias" or the quoted start of its value.
func Describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			return "nothing"
		}
		return Quote(n.Value)
	}
	return "something else"
}

// Fields walks mapping n, in which known are the field names allowed (in
// the order an error lists them). It calls handle for each known key the
// first time it appears, and report for a key that is unknown, repeated or
// not a name. what names the mapping in messages ("day", `stage "x"`).
// A node that is not a mapping is reported as such.
func Fields(n *yaml.Node, what string, known []string, report func(*Problem), handle func(key string, k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		report(At(n, "%s: want a mapping, got %s", what, Describe(n)))
		return
	}
	first := make(map[string]int, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			report(At(k, "%s: want a field name, got %s", what, Describe(k)))
		case !slices.Contains(known, k.Value):
			report(At(k, "%s: unknown field %s (%s)", what, Quote(k.Value), suggest(k.Value, known)))
		case first[k.Value] != 0:
			report(At(k, "%s: repeated field %s (first at line %d)", what, Quote(k.Value), first[k.Value]))
		default:
			first[k.Value] = k.Line
			handle(k.Value, k, v)
		}
	}
}

// suggest returns "did you mean "x"?" for the known field closest to key,
// when it is at most two edits away, and else the list of known fields.
func suggest(key string, known []string) string {
	best, bestD := "", 3
	if len(key) <= 64 {
		for _, k := range known {
			if len(k) <= 64 {
				if d := editdist.Distance(key, k, bestD); d < bestD {
					best, bestD = k, d
				}
			}
		}
	}
	if best != "" {
		return fmt.Sprintf("did you mean %q?", best)
	}
	return "want " + strings.Join(known, ", ")
}

// Missing is the problem of mapping n, named what, that lacks field key.
func Missing(n *yaml.Node, what, key string) *Problem {
	return At(n, "%s: missing field %q", what, key)
}

// BadRune returns the first character of s that must not be in text shown
// to people, its position in characters from 1, and a description; ok is
// false when there is none. Such characters are the C0 controls (but tab
// and newline when multiline is set), DEL, the C1 controls, and the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069), which reorder the text around them.
func BadRune(s string, multiline bool) (r rune, pos int, what string, ok bool) {
	for _, r := range s {
		pos++
		switch {
		case r == '\t' || r == '\n':
			if !multiline {
				return r, pos, "a control character", true
			}
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
			return r, pos, "a control character", true
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return r, pos, "a bidirectional control", true
		}
	}
	return 0, 0, "", false
}

// Text decodes a string scalar holding no character [BadRune] refuses;
// with multiline, tabs and newlines are allowed.
func Text(n *yaml.Node, multiline bool) (string, *Problem) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" {
		return "", At(n, "want a string, got %s", Describe(n))
	}
	if r, pos, what, bad := BadRune(n.Value, multiline); bad {
		return "", At(n, "character %d is %U, %s: text may not hold it", pos, r, what)
	}
	return n.Value, nil
}

// Strings decodes a list of one-line strings. A bad item is reported and
// left out.
func Strings(n *yaml.Node) ([]string, []*Problem) {
	if n.Kind != yaml.SequenceNode {
		return nil, []*Problem{At(n, "want a list of strings, got %s", Describe(n))}
	}
	var out []string
	var probs []*Problem
	for _, c := range n.Content {
		s, p := Text(c, false)
		if p != nil {
			probs = append(probs, p)
			continue
		}
		out = append(out, s)
	}
	return out, probs
}

// Bool decodes true or false.
func Bool(n *yaml.Node) (bool, *Problem) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
		return false, At(n, "want true or false, got %s", Describe(n))
	}
	b, _ := strconv.ParseBool(strings.ToLower(n.Value))
	return b, nil
}

// Date decodes a date YYYY-MM-DD with parse (tahapan.ParseDate), whose
// error is the problem's. A value longer than [MaxQuote] is refused before
// it is parsed, so no message quotes all of it.
func Date[T any](n *yaml.Node, parse func(string) (T, error)) (T, *Problem) {
	var zero T
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" || len(n.Value) > MaxQuote {
		return zero, At(n, "want a date YYYY-MM-DD, got %s", Describe(n))
	}
	v, err := parse(n.Value)
	if err != nil {
		return zero, Wrap(n, err)
	}
	return v, nil
}

// Cap keeps the first [MaxErrors] of errs and, when there were more, adds
// the error more returns for the message that says how many were left out.
func Cap(errs []error, more func(msg string) error) []error {
	if len(errs) <= MaxErrors {
		return errs
	}
	n := len(errs) - MaxErrors
	noun := "problems"
	if n == 1 {
		noun = "problem"
	}
	return append(errs[:MaxErrors:MaxErrors], more(fmt.Sprintf("… and %d more %s (only the first %d are listed)", n, noun, MaxErrors)))
}
