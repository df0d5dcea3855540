package tahapan

import "strings"

// The shapes the loader checks (ids, dates, kode wilayah, rules) are
// matched by the small scanners in this file, not by regular expressions:
// a package-level regexp.MustCompile runs at every start of every program
// that imports the package, before a command has asked for anything. Each
// scanner documents the pattern it stands for, does exactly what that
// pattern does (FuzzMatchers compares them), and is linear in its input.

// A matcher reports whether a whole string has a shape. Its method has
// regexp's name, so that a call reads as it did with the pattern.
type matcher func(string) bool

// MatchString reports whether s has the matcher's shape.
func (m matcher) MatchString(s string) bool { return m(s) }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLowerAlnum(c byte) bool { return 'a' <= c && c <= 'z' || isDigit(c) }

func isIDByte(c byte) bool { return isLowerAlnum(c) || c == '.' || c == '_' || c == '-' }

// isSpace reports whether c is in regexp's \s: ASCII space, \t, \n, \f
// or \r (not \v, nor any non-ASCII space).
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// digitRun returns the number of ASCII digits s starts with.
func digitRun(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// isDateLike matches `^\d{4}-\d{1,2}-\d{1,2}$`: "2024-02-14", "2024-2-4".
func isDateLike(s string) bool {
	if digitRun(s) != 4 || len(s) < 5 || s[4] != '-' {
		return false
	}
	s = s[5:]
	n := digitRun(s)
	if n < 1 || n > 2 || n == len(s) || s[n] != '-' {
		return false
	}
	s = s[n+1:]
	n = digitRun(s)
	return 1 <= n && n <= 2 && n == len(s)
}

// isID matches `^[a-z0-9][a-z0-9._-]*$`: "pemilu-2024", "masa_tenang.1".
func isID(s string) bool {
	if s == "" || !isLowerAlnum(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isIDByte(s[i]) {
			return false
		}
	}
	return true
}

// isRegionCode matches `^[0-9]{2}(\.[0-9]{2})?$`: a kode wilayah of a
// province ("35") or of a kabupaten or kota ("35.76").
func isRegionCode(s string) bool {
	switch len(s) {
	case 2:
		return digitRun(s) == 2
	case 5:
		return digitRun(s) == 2 && s[2] == '.' && digitRun(s[3:]) == 2
	}
	return false
}

// ruleParts are the parts of a rule expression: "masa-tenang.start - 21d"
// has ref "masa-tenang", sign "-", num "21" and unit "d"; "H-3" has no ref.
type ruleParts struct {
	ref             string
	end             bool // ".end", not ".start"
	sign, num, unit string
	lastSpace       int // the index of the expression's last \s byte, or -1
}

// splitRule splits a rule expression as the first of these patterns that
// matches it does, with their submatches, and reports whether one does:
//
//	^H(?:\s*([+-])\s*([0-9]*)\s*(\S*))?$
//	^([a-z0-9][a-z0-9._-]*?)\.(start|end)(?:\s*([+-])\s*([0-9]*)\s*(\S*))?$
//
// The stage id is the shortest that lets the rest match, as *? makes it:
// "a.end-x.start" is stage "a", end, "-", unit "x.start". It runs in time
// linear in len(expr).
func splitRule(expr string) (ruleParts, bool) {
	p := ruleParts{lastSpace: strings.LastIndexAny(expr, " \t\n\f\r")}
	if strings.HasPrefix(expr, "H") {
		return p, p.offset(expr, 1)
	}
	if expr == "" || !isLowerAlnum(expr[0]) {
		return p, false
	}
	// Each '.' that ends a valid id is a candidate, shortest first. The
	// offset scans of the candidates never overlap (see offset), so the
	// whole walk is linear.
	for i := 1; i < len(expr) && isIDByte(expr[i]); i++ {
		if expr[i] != '.' {
			continue
		}
		rest := expr[i+1:]
		var after int
		switch {
		case strings.HasPrefix(rest, "start"):
			after = i + 1 + len("start")
			p.end = false
		case strings.HasPrefix(rest, "end"):
			after = i + 1 + len("end")
			p.end = true
		default:
			continue
		}
		if p.offset(expr, after) {
			p.ref = expr[:i]
			return p, true
		}
	}
	return ruleParts{}, false
}

// offset matches expr[at:] against `(?:\s*([+-])\s*([0-9]*)\s*(\S*))?$`
// and sets sign, num and unit. It reads expr only up to the end of the
// digits and the spaces after them; whether the unit holds no space is
// known from lastSpace. A scan that goes past a space or a '+' is the last
// one splitRule makes (neither is an id byte), and the digits read for one
// candidate lie before the next candidate's '.', so scans do not overlap.
func (p *ruleParts) offset(expr string, at int) bool {
	p.sign, p.num, p.unit = "", "", ""
	if at == len(expr) {
		return true
	}
	i := at
	for i < len(expr) && isSpace(expr[i]) {
		i++
	}
	if i == len(expr) || (expr[i] != '+' && expr[i] != '-') {
		return false
	}
	sign := expr[i : i+1]
	i++
	for i < len(expr) && isSpace(expr[i]) {
		i++
	}
	j := i + digitRun(expr[i:])
	num := expr[i:j]
	for j < len(expr) && isSpace(expr[j]) {
		j++
	}
	if p.lastSpace >= j { // a space inside what would be the unit
		return false
	}
	p.sign, p.num, p.unit = sign, num, expr[j:]
	return true
}
