package sosmed

import (
	"regexp"
	"strings"
	"testing"
)

func TestCollapseBlankLines(t *testing.T) {
	blankLines := regexp.MustCompile(`\n{3,}`) // what collapseBlankLines stands for
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"a", "a"},
		{"a\nb", "a\nb"},
		{"a\n\nb", "a\n\nb"},
		{"a\n\n\nb", "a\n\nb"},
		{"a\n\n\n\n\n\nb\n\n\nc", "a\n\nb\n\nc"},
		{"\n\n\n", "\n\n"},
		{"\n\n\n\na", "\n\na"},
		{"a\n\n\n", "a\n\n"},
		{"a\n \n\nb", "a\n \n\nb"}, // a space breaks the run
		{"a\r\n\r\n\r\nb", "a\r\n\r\n\r\nb"},
		{strings.Repeat("\n", 100000) + "x", "\n\nx"},
	} {
		got := collapseBlankLines(tt.in)
		if got != tt.want {
			t.Errorf("collapseBlankLines(%q) = %q, want %q", short(tt.in), short(got), short(tt.want))
		}
		if re := blankLines.ReplaceAllString(tt.in, "\n\n"); got != re {
			t.Errorf("collapseBlankLines(%q) = %q, the pattern gives %q", short(tt.in), short(got), short(re))
		}
	}
}

// TestLimitsFallback pins what the array of limits changed nothing about:
// one row per platform, and X's limit for an unknown platform.
func TestLimitsFallback(t *testing.T) {
	if got := Platform("myspace").Limit(); got != X.Limit() {
		t.Errorf("unknown platform's limit = %+v, want X's", got)
	}
	if len(limits) != len(Platforms()) {
		t.Errorf("%d limits for %d platforms", len(limits), len(Platforms()))
	}
}
