package yamlx

import (
	"strings"
	"testing"
)

func TestShortAndQuote(t *testing.T) {
	for _, tt := range []struct{ in, short, quote string }{
		{"", "", `""`},
		{strings.Repeat("a", 40), strings.Repeat("a", 40), `"` + strings.Repeat("a", 40) + `"`},
		{strings.Repeat("a", 41), strings.Repeat("a", 40) + "…", `"` + strings.Repeat("a", 40) + `"…`},
		// é is 2 bytes: 20 of them fill 40 bytes; the 21st is cut whole.
		{strings.Repeat("é", 21), strings.Repeat("é", 20) + "…", `"` + strings.Repeat("é", 20) + `"…`},
		// 39 bytes and a 2-byte character: the cut falls inside it.
		{strings.Repeat("a", 39) + "éé", strings.Repeat("a", 39) + "…", `"` + strings.Repeat("a", 39) + `"…`},
		{"a\x1bb", "a\x1bb", `"a\x1bb"`},
	} {
		if got := Short(tt.in); got != tt.short {
			t.Errorf("Short(%q) = %q, want %q", tt.in, got, tt.short)
		}
		if got := Quote(tt.in); got != tt.quote {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.quote)
		}
	}
}

func TestParse(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"# only a comment\n", ""},
		{"a: 1\n", ""},
		// yaml.v3 leaves out line 1, and gives no column: the first
		// non-blank of the line is taken. Columns count characters ("é"
		// is one).
		{"a: 1\nbé: \"x\xffy\"\n", "2:7: invalid UTF-8 byte 0xff"},
		{"a: [\n", "1:1: invalid YAML: did not find expected node content"},
		{"a: 1\n  b: 2\n", "2:3: invalid YAML: mapping values are not allowed in this context"},
		{"a: 1\n---\nb: 2\n", "2:1: a second YAML document: want one document"},
		{"a: &x 1\nb: *x\n", "1:4: YAML anchor &x: aliases and anchors are not allowed\n2:4: YAML alias *x: aliases and anchors are not allowed"},
		{"a:\n  - *nope\n", "2:5: YAML alias *nope: aliases and anchors are not allowed"},
	} {
		_, probs := Parse([]byte(tt.in))
		var got []string
		for _, p := range probs {
			got = append(got, p.Error())
		}
		if g := strings.Join(got, "\n"); g != tt.want {
			t.Errorf("Parse(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}
