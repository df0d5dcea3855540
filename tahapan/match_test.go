package tahapan

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// The patterns the scanners of match.go stand for, compiled here only.
var (
	dateLikePattern = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}$`)
	idPattern       = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	regionPattern   = regexp.MustCompile(`^[0-9]{2}(\.[0-9]{2})?$`)
	hRulePattern    = regexp.MustCompile(`^H(?:\s*([+-])\s*([0-9]*)\s*(\S*))?$`)
	refRulePattern  = regexp.MustCompile(`^([a-z0-9][a-z0-9._-]*?)\.(start|end)(?:\s*([+-])\s*([0-9]*)\s*(\S*))?$`)
)

func TestIsDateLike(t *testing.T) {
	yes := []string{"2024-02-14", "2024-2-4", "0000-00-00", "9999-99-99", "2024-12-1"}
	no := []string{"", "2024", "2024-", "2024-02", "2024-02-", "2024-02-145", "2024-123-1", "202-02-14",
		"20245-02-14", "2024-02-14 ", " 2024-02-14", "2024/02/14", "2024-02-14\n", "２０２４-02-14", "2024--02-14",
		"2024-0a-14", "H-3", "2024-02-1x"}
	for _, s := range yes {
		if !isDateLike(s) {
			t.Errorf("isDateLike(%q) = false, want true", s)
		}
	}
	for _, s := range no {
		if isDateLike(s) {
			t.Errorf("isDateLike(%q) = true, want false", s)
		}
	}
}

func TestIsID(t *testing.T) {
	yes := []string{"a", "0", "pemilu-2024", "masa_tenang.1", "a-", "a.", "a..b", "9_"}
	no := []string{"", "-a", ".a", "_a", "A", "pemilu 2024", "pemilu-2024\n", "é", "a/b", "a+b", "aB", "masa–tenang"}
	for _, s := range yes {
		if !isID(s) {
			t.Errorf("isID(%q) = false, want true", s)
		}
	}
	for _, s := range no {
		if isID(s) {
			t.Errorf("isID(%q) = true, want false", s)
		}
	}
}

func TestIsRegionCode(t *testing.T) {
	yes := []string{"35", "00", "35.76", "11.01"}
	no := []string{"", "3", "357", "35.", "35.7", "35.766", "35,76", "35.76.01", "3a", "35.7a", " 35", "35 ", "3576", ".35"}
	for _, s := range yes {
		if !isRegionCode(s) {
			t.Errorf("isRegionCode(%q) = false, want true", s)
		}
	}
	for _, s := range no {
		if isRegionCode(s) {
			t.Errorf("isRegionCode(%q) = true, want false", s)
		}
	}
}

func TestSplitRule(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // ref|end|sign|num|unit, or "no"
	}{
		{"H", "|false|||"},
		{"H-3", "|false|-|3|"},
		{"H+3", "|false|+|3|"},
		{"H - 3 hk", "|false|-|3|hk"},
		{"H-3hk", "|false|-|3|hk"},
		{"H-", "|false|-||"},
		{"H-hk", "|false|-||hk"},
		{"H-3x4", "|false|-|3|x4"},
		{"H\t-\f3\r\nm", "|false|-|3|m"},
		{"H-3 ", "|false|-|3|"},
		{"H-3 hk x", "no"},
		{"H3", "no"},
		{"H -", "|false|-||"},
		{"H\v-3", "no"}, // \v is not in \s
		{"h-3", "no"},
		{"masa-tenang.start - 21d", "masa-tenang|false|-|21|d"},
		{"masa-tenang.end+1", "masa-tenang|true|+|1|"},
		{"a.start", "a|false|||"},
		{"a.b.end", "a.b|true|||"},
		{"a.start.end", "a.start|true|||"},
		{"a.end-x.start", "a|true|-||x.start"},
		{"a.end-1.start-2", "a|true|-|1|.start-2"},
		{"a.end-1.start -2", "a.end-1|false|-|2|"},
		{"a.end - 1 x.start - 2", "no"},
		{"a.started", "no"},
		{"a.ending+1", "no"},
		{"a.end+1 d", "a|true|+|1|d"},
		{"a.end 1", "no"},
		{".start", "no"},
		{"-a.start", "no"},
		{"A.start", "no"},
		{"a b.start", "no"},
		{"a.start\u00a0-3", "no"}, // a no-break space is \S, and not a sign
		{"a.start-3\u00a0d", "a|false|-|3|\u00a0d"},
		{"a.start-3\xff", "a|false|-|3|\xff"},
		{"", "no"},
	} {
		p, ok := splitRule(tt.in)
		got := "no"
		if ok {
			got = fmt.Sprintf("%s|%v|%s|%s|%s", p.ref, p.end, p.sign, p.num, p.unit)
		}
		if got != tt.want {
			t.Errorf("splitRule(%q) = %s, want %s", tt.in, got, tt.want)
		}
		if want := splitRuleByRegexp(tt.in); got != want {
			t.Errorf("splitRule(%q) = %s, the patterns give %s", tt.in, got, want)
		}
	}
}

// splitRuleByRegexp is splitRule as ParseRule did it with the patterns.
func splitRuleByRegexp(s string) string {
	if m := hRulePattern.FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("|false|%s|%s|%s", m[1], m[2], m[3])
	}
	if m := refRulePattern.FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("%s|%v|%s|%s|%s", m[1], m[2] == "end", m[3], m[4], m[5])
	}
	return "no"
}

// TestSplitRuleLinear feeds splitRule the shapes that would make a naive
// scanner quadratic: many candidate stage ids, each followed by an offset
// whose unit is only refused at the very end. It checks the answer, not
// the time; BenchmarkSplitRule shows the time is linear.
func TestSplitRuleLinear(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("a.end-1", 100000) + " x",
		strings.Repeat("a.end-", 100000) + " x",
		strings.Repeat("a.start", 100000) + "+",
	} {
		_, ok := splitRule(s)
		if want := splitRuleByRegexp(s); (want != "no") != ok {
			t.Errorf("splitRule(%q…) = %v, the patterns say %s", s[:20], ok, want)
		}
	}
}

func BenchmarkSplitRule(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		s := strings.Repeat("a.end-1", n) + " x"
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				splitRule(s)
			}
		})
	}
}

// FuzzMatchers checks each scanner against the pattern it stands for.
// Run: go test -fuzz=FuzzMatchers -fuzztime=20s ./tahapan
func FuzzMatchers(f *testing.F) {
	for _, s := range []string{"2024-02-14", "pemilu-2024", "35.76", "H-3", "H - 3 hk", "masa-tenang.start - 21d",
		"a.end-x.start", "a.start.end", "a.end-1.start -2", "H\v-3", "a.start-3\xff", "2024-2-4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isDateLike(s), dateLikePattern.MatchString(s); got != want {
			t.Errorf("isDateLike(%q) = %v, pattern %v", s, got, want)
		}
		if got, want := isID(s), idPattern.MatchString(s); got != want {
			t.Errorf("isID(%q) = %v, pattern %v", s, got, want)
		}
		if got, want := isRegionCode(s), regionPattern.MatchString(s); got != want {
			t.Errorf("isRegionCode(%q) = %v, pattern %v", s, got, want)
		}
		p, ok := splitRule(s)
		got := "no"
		if ok {
			got = fmt.Sprintf("%s|%v|%s|%s|%s", p.ref, p.end, p.sign, p.num, p.unit)
		}
		if want := splitRuleByRegexp(s); got != want {
			t.Errorf("splitRule(%q) = %s, the patterns give %s", s, got, want)
		}
	})
}
