package site

import (
	"regexp"
	"testing"
)

func TestCodeMatcher(t *testing.T) {
	pattern := regexp.MustCompile(`^[0-9]{2}(\.[0-9]{2})?$`) // what codeRE stands for
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"35", true}, {"00", true}, {"35.76", true}, {"99.99", true},
		{"", false}, {"3", false}, {"357", false}, {"35.", false}, {"35.7", false}, {"35.766", false},
		{"35,76", false}, {"3576", false}, {"35.76.01", false}, {"3a", false}, {"a5.76", false},
		{"35.7a", false}, {"35a76", false}, {" 35", false}, {"35\n", false}, {"en", false}, {"api", false},
		{"٣٥", false}, // Arabic-Indic digits are not [0-9]
	} {
		if got := codeRE.MatchString(tt.in); got != tt.want {
			t.Errorf("codeRE.MatchString(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if re := pattern.MatchString(tt.in); re != tt.want {
			t.Errorf("pattern on %q = %v; the table is wrong", tt.in, re)
		}
	}
}
