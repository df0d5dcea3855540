package ical

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kalender-pemilu/tahapan/tahapan/internal/yamlx"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

// MaxLintSize is the largest input, in bytes, that [Lint] checks: 10 MB,
// the most the schedule and holiday loaders read, far more than a feed of
// every election's stages and holidays (about 200 KB).
const MaxLintSize = yamlx.MaxSize

// MaxProblems is how many problems [Lint] lists at most.
const MaxProblems = 1000

// ErrTooLarge is returned by [Lint] for an input larger than
// [MaxLintSize].
var ErrTooLarge = errors.New(yamlx.TooLarge("a feed may be"))

// A Problem is one thing wrong in an iCalendar file, found by [Lint].
type Problem struct {
	Line int    // the physical line, from 1, where the content line starts
	Msg  string // what is wrong, in Go's error style
	More int    // on the last Problem only, with Line 0: how many more were found but not listed
}

// String returns the problem as "line N: message", or just the message
// when Line is 0.
func (p Problem) String() string {
	if p.Line == 0 {
		return p.Msg
	}
	return fmt.Sprintf("line %d: %s", p.Line, p.Msg)
}

// Lint checks an iCalendar file for the mistakes that make calendar clients
// drop, duplicate or shift events, and returns every problem found, in line
// order; none means the file passed. It checks:
//
//   - every line ends in CRLF (one problem when all end in LF), and no line
//     is longer than 75 octets;
//   - folding never splits a UTF-8 sequence, and the text is UTF-8;
//   - BEGIN and END match, and there is one VCALENDAR with VERSION:2.0
//     and a PRODID;
//   - every VEVENT, VTODO and VJOURNAL has a UID and a DTSTAMP, and no UID
//     is used twice (except with different RECURRENCE-IDs);
//   - DTSTART and DTEND are both DATE or both DATE-TIME, DTEND is after
//     DTSTART, and both parse;
//   - every TZID parameter names a VTIMEZONE in the file;
//   - REFRESH-INTERVAL has VALUE=DURATION, as RFC 7986 requires.
//
// Lint takes time linear in the size of its input, whatever the input, and
// reads at most [MaxLintSize] bytes: a larger input is the error
// [ErrTooLarge], and is not checked. Of the problems a line can have on
// every line (too long, LF only, a bare CR, empty, a continuation of
// nothing, a split UTF-8 sequence, invalid UTF-8) it lists the first 10 of
// each kind one by one, then one more problem of that kind that says how
// many more like it there are, up to which line: so a feed of unfolded
// lines still shows its missing UID or PRODID. It lists at most
// [MaxProblems] problems, the first ones found; when there are more, a
// last Problem with Line 0 says how many were left out, in its message and
// in More. A value is quoted in a message only up to a short prefix.
// Otherwise the error is non-nil only when r fails.
func Lint(r io.Reader) ([]Problem, error) {
	data, over, err := yamlx.Read(r, MaxLintSize)
	if err != nil {
		return nil, err
	}
	if over {
		return nil, ErrTooLarge
	}
	l := &linter{zones: map[string]*time.Location{}}
	l.run(data)
	slices.SortStableFunc(l.probs, func(a, b Problem) int { return a.Line - b.Line })
	if l.dropped > 0 {
		l.probs = append(l.probs, Problem{More: l.dropped, Msg: kata.MoreProblems(l.dropped, MaxProblems, kata.English)})
	}
	return l.probs, nil
}

type linter struct {
	probs   []Problem
	dropped int                       // problems found beyond MaxProblems
	zones   map[string]*time.Location // TZIDs looked up, nil when unknown
	// The problems of one line that can be on every line, each counted
	// so that they cannot crowd the others out of the MaxProblems listed.
	long, lfOnly, bareCR, empty, orphan, split, badUTF8 repeated
}

// maxRepeated is how many problems of one kind of line [Lint] lists one by
// one; the rest of that kind are one problem that counts them.
const maxRepeated = 10

// repeated counts the problems of one kind of line.
type repeated struct {
	n     int     // problems of this kind found
	first Problem // the first beyond maxRepeated
	last  int     // the line of the last one
}

// addLine adds a problem of the kind r at line: one of the first
// maxRepeated of its kind, or one more counted in r.
func (l *linter) addLine(r *repeated, line int, format string, args ...any) {
	r.n++
	switch {
	case r.n <= maxRepeated:
		l.add(line, format, args...)
	case r.n == maxRepeated+1:
		r.first = Problem{Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	r.last = line
}

// summarize adds the problems of the kind r beyond the first maxRepeated:
// the first of them, with how many more there are.
func (l *linter) summarize(r *repeated) {
	switch more := r.n - maxRepeated - 1; {
	case more == 0:
		l.add(r.first.Line, "%s", r.first.Msg)
	case more > 0:
		l.add(r.first.Line, "%s (and %d more like it, up to line %d)", r.first.Msg, more, r.last)
	}
}

func (l *linter) add(line int, format string, args ...any) {
	if len(l.probs) >= MaxProblems {
		l.dropped++
		return
	}
	l.probs = append(l.probs, Problem{Line: line, Msg: fmt.Sprintf(format, args...)})
}

// maxQuote is how many bytes of a value a message quotes.
const maxQuote = 40

// short returns s, cut to its first maxQuote bytes (at a rune boundary)
// and marked with "…" when it is longer, for quoting in a message.
func short(s string) string { return kata.Prefix(s, maxQuote) }

// A contentLine is one unfolded line with the physical line it starts on.
type contentLine struct {
	line int
	text string
}

// An unfolder joins a content line's physical lines in a buffer, so that
// a line folded a million times takes linear time.
type unfolder struct {
	lines []contentLine
	buf   []byte
	start int // the physical line buf starts on; 0 when buf is empty
}

func (u *unfolder) flush() {
	if u.start > 0 {
		u.lines = append(u.lines, contentLine{u.start, string(u.buf)})
	}
	u.buf, u.start = u.buf[:0], 0
}

func (l *linter) run(data []byte) {
	if len(data) == 0 {
		l.add(1, "empty file")
		return
	}
	u := unfolder{lines: make([]contentLine, 0, bytes.Count(data, []byte{'\n'})+1)}
	var lfOnly []int
	physical := 0
	for len(data) > 0 {
		physical++
		var raw []byte
		i := bytes.IndexByte(data, '\n')
		switch {
		case i < 0:
			raw, data = data, nil
			l.add(physical, "last line does not end in CRLF")
		case i > 0 && data[i-1] == '\r':
			raw, data = data[:i-1], data[i+1:]
		default:
			raw, data = data[:i], data[i+1:]
			lfOnly = append(lfOnly, physical)
		}
		if j := bytes.IndexByte(raw, '\r'); j >= 0 {
			l.addLine(&l.bareCR, physical, "bare CR inside the line, at octet %d", j+1)
		}
		if len(raw) > maxOctets {
			l.addLine(&l.long, physical, "line is %d octets long; at most %d", len(raw), maxOctets)
		}
		if len(raw) > 0 && (raw[0] == ' ' || raw[0] == '\t') {
			if u.start == 0 {
				l.addLine(&l.orphan, physical, "continuation line with nothing to continue")
				continue
			}
			if len(raw) > 1 && !utf8.RuneStart(raw[1]) {
				l.addLine(&l.split, physical, "folding splits a UTF-8 sequence")
			}
			u.buf = append(u.buf, raw[1:]...)
			continue
		}
		if len(raw) == 0 {
			l.addLine(&l.empty, physical, "empty line") // a continuation after it still continues the line before
			continue
		}
		u.flush()
		u.buf, u.start = append(u.buf, raw...), physical
	}
	u.flush()
	switch {
	case len(lfOnly) == physical && physical > 1:
		l.add(1, "lines end in LF, not CRLF (all %d lines)", physical)
	default:
		for _, n := range lfOnly {
			l.addLine(&l.lfOnly, n, "line ends in LF, not CRLF")
		}
	}
	for _, r := range []*repeated{&l.bareCR, &l.long, &l.orphan, &l.split, &l.empty, &l.lfOnly} {
		l.summarize(r)
	}
	l.structure(u.lines)
	l.summarize(&l.badUTF8)
}

// A prop is a parsed content line.
type prop struct {
	line   int
	name   string
	params map[string]string
	value  string
}

func parseLine(c contentLine) (prop, error) {
	p := prop{line: c.line, params: map[string]string{}}
	s := c.text
	i := strings.IndexAny(s, ";:")
	if i <= 0 {
		return p, fmt.Errorf("no property name and colon")
	}
	p.name = strings.ToUpper(s[:i])
	if !isName(p.name) {
		return p, fmt.Errorf("invalid property name %q", short(s[:i]))
	}
	s = s[i:]
	for len(s) > 0 && s[0] == ';' {
		s = s[1:]
		eq := strings.IndexByte(s, '=')
		if eq <= 0 {
			return p, fmt.Errorf("%s: parameter without '='", short(p.name))
		}
		key := strings.ToUpper(s[:eq])
		s = s[eq+1:]
		var val strings.Builder
		for len(s) > 0 && s[0] != ';' && s[0] != ':' {
			if s[0] == '"' {
				end := strings.IndexByte(s[1:], '"')
				if end < 0 {
					return p, fmt.Errorf("%s: unterminated quoted parameter value", short(p.name))
				}
				val.WriteString(s[1 : end+1])
				s = s[end+2:]
				continue
			}
			val.WriteByte(s[0])
			s = s[1:]
		}
		p.params[key] = val.String()
	}
	if len(s) == 0 || s[0] != ':' {
		return p, fmt.Errorf("%s: no ':' before the value", short(p.name))
	}
	p.value = s[1:]
	return p, nil
}

// A comp is an open component while linting.
type comp struct {
	name  string
	line  int
	props map[string][]prop
}

func (l *linter) structure(lines []contentLine) {
	var stack []*comp
	open := map[string]int{} // how many components of each name are open
	calendars := 0
	// firstUID maps a UID and RECURRENCE-ID to the line of its first use.
	type uidKey struct{ uid, recur string }
	firstUID := map[uidKey]int{}
	zones := map[string]bool{}
	var tzUses []prop
	for _, c := range lines {
		if !utf8.ValidString(c.text) {
			l.addLine(&l.badUTF8, c.line, "invalid UTF-8")
		}
		p, err := parseLine(c)
		if err != nil {
			l.add(c.line, "%v", err)
			continue
		}
		switch p.name {
		case "BEGIN":
			name := strings.ToUpper(p.value)
			if len(stack) == 0 && name != "VCALENDAR" {
				l.add(p.line, "BEGIN:%s outside a VCALENDAR", short(name))
			}
			if name == "VCALENDAR" {
				calendars++
				if calendars == 2 {
					l.add(p.line, "a second VCALENDAR")
				}
			}
			stack = append(stack, &comp{name: name, line: p.line, props: map[string][]prop{}})
			open[name]++
			continue
		case "END":
			name := strings.ToUpper(p.value)
			if open[name] == 0 {
				l.add(p.line, "END:%s without BEGIN:%s", short(name), short(name))
				continue
			}
			// Close the innermost open component of that name, and report
			// those inside it as never ended. Each component is popped
			// once, so all ENDs together take linear time.
			for stack[len(stack)-1].name != name {
				c := stack[len(stack)-1]
				l.add(c.line, "BEGIN:%s is never ended", short(c.name))
				open[c.name]--
				stack = stack[:len(stack)-1]
			}
			top := stack[len(stack)-1]
			open[name]--
			stack = stack[:len(stack)-1]
			switch top.name {
			case "VCALENDAR":
				l.calendar(top)
			case "VEVENT", "VTODO", "VJOURNAL":
				l.event(top)
				if u := top.props["UID"]; len(u) > 0 {
					k := uidKey{u[0].value, ""}
					if r := top.props["RECURRENCE-ID"]; len(r) > 0 {
						k.recur = r[0].value
					}
					if first, dup := firstUID[k]; dup {
						l.add(u[0].line, "duplicate UID %q (first at line %d)", short(k.uid), first)
					} else {
						firstUID[k] = u[0].line
					}
				}
			case "VTIMEZONE":
				if t := top.props["TZID"]; len(t) > 0 {
					zones[t[0].value] = true
				} else {
					l.add(top.line, "VTIMEZONE has no TZID")
				}
			}
			continue
		}
		if len(stack) == 0 {
			l.add(p.line, "%s outside a VCALENDAR", short(p.name))
			continue
		}
		top := stack[len(stack)-1]
		top.props[p.name] = append(top.props[p.name], p)
		if _, ok := p.params["TZID"]; ok {
			tzUses = append(tzUses, p)
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		l.add(stack[i].line, "BEGIN:%s is never ended", short(stack[i].name))
	}
	if calendars == 0 {
		l.add(1, "no VCALENDAR")
	}
	for _, p := range tzUses {
		if tz := p.params["TZID"]; !zones[tz] {
			l.add(p.line, "%s: TZID %q has no VTIMEZONE", p.name, short(tz))
		}
	}
}

func (l *linter) calendar(c *comp) {
	v := c.props["VERSION"]
	switch {
	case len(v) == 0:
		l.add(c.line, "VCALENDAR has no VERSION")
	case v[0].value != "2.0":
		l.add(v[0].line, "VERSION is %q: want 2.0", short(v[0].value))
	}
	if len(c.props["PRODID"]) == 0 {
		l.add(c.line, "VCALENDAR has no PRODID")
	}
	for _, p := range c.props["REFRESH-INTERVAL"] {
		if !strings.EqualFold(p.params["VALUE"], "DURATION") {
			l.add(p.line, "REFRESH-INTERVAL without VALUE=DURATION (RFC 7986 requires it)")
		}
		if len(p.value) > maxQuote { // no duration is this long; keep the message short
			l.add(p.line, "REFRESH-INTERVAL: invalid duration %q", short(p.value))
		} else if _, err := ParseDuration(p.value); err != nil {
			l.add(p.line, "REFRESH-INTERVAL: %v", err)
		}
	}
}

func (l *linter) event(c *comp) {
	for _, name := range []string{"UID", "DTSTAMP"} {
		switch n := len(c.props[name]); {
		case n == 0:
			l.add(c.line, "%s has no %s", c.name, name)
		case n > 1:
			l.add(c.props[name][1].line, "%s given twice in %s", name, c.name)
		}
	}
	for _, p := range c.props["DTSTAMP"] {
		if _, err := time.Parse("20060102T150405Z", p.value); err != nil {
			l.add(p.line, "DTSTAMP %q: want a UTC DATE-TIME such as 20240214T000000Z", short(p.value))
		}
	}
	starts, ends := c.props["DTSTART"], c.props["DTEND"]
	if c.name == "VEVENT" && len(starts) == 0 {
		l.add(c.line, "VEVENT has no DTSTART")
	}
	if len(ends) > 0 && len(c.props["DURATION"]) > 0 {
		l.add(ends[0].line, "VEVENT has both DTEND and DURATION")
	}
	if len(starts) == 0 || len(ends) == 0 {
		// A lone value is compared with nothing: only its syntax matters.
		for _, p := range append(starts, ends...) {
			if _, _, err := l.when(p, false); err != nil {
				l.add(p.line, "%s: %v", p.name, err)
			}
		}
		return
	}
	s, e := starts[0], ends[0]
	// Two values in the same zone, or both floating, compare exactly as
	// floating times: their zone is looked up only when they differ.
	sTZ, sHas := s.params["TZID"]
	eTZ, eHas := e.params["TZID"]
	zoned := sTZ != eTZ || sHas != eHas
	ts, sDate, err1 := l.when(s, zoned)
	te, eDate, err2 := l.when(e, zoned)
	if err1 != nil {
		l.add(s.line, "DTSTART: %v", err1)
	}
	if err2 != nil {
		l.add(e.line, "DTEND: %v", err2)
	}
	if err1 != nil || err2 != nil {
		return
	}
	if sDate != eDate {
		kind := func(date bool) string {
			if date {
				return "DATE"
			}
			return "DATE-TIME"
		}
		l.add(e.line, "DTEND is a %s but DTSTART is a %s", kind(eDate), kind(sDate))
		return
	}
	if !te.After(ts) {
		l.add(e.line, "DTEND %s is not after DTSTART %s", short(e.value), short(s.value))
	}
}

// maxZones is how many distinct TZIDs [Lint] looks up in the tz database,
// each once; a further TZID is taken as unknown. A lookup costs about
// 150 µs, and a feed names a handful of zones.
const maxZones = 32

// zone returns the location of tz, or nil when the tz database does not
// know it or maxZones TZIDs were looked up already.
func (l *linter) zone(tz string) *time.Location {
	z, seen := l.zones[tz]
	if !seen && len(l.zones) < maxZones {
		z, _ = time.LoadLocation(tz) // nil when unknown
		l.zones[tz] = z
	}
	return z
}

// when parses the value of a DTSTART or DTEND and reports whether it is a
// DATE. A local DATE-TIME is parsed in its TZID's zone when zoned is true
// (the other end names another zone, or none), otherwise as floating time
// in UTC, which is exact when both ends name the same zone. A TZID that
// the tz database does not know is compared as floating time too.
func (l *linter) when(p prop, zoned bool) (time.Time, bool, error) {
	v := p.value
	q := short(v)
	date := strings.EqualFold(p.params["VALUE"], "DATE")
	if !date && len(v) == 8 && !strings.Contains(v, "T") {
		return time.Time{}, true, fmt.Errorf("%q is a DATE without VALUE=DATE", q)
	}
	if date {
		t, err := time.Parse("20060102", v)
		if err != nil {
			return t, true, fmt.Errorf("invalid DATE %q", q)
		}
		return t, true, nil
	}
	if strings.HasSuffix(v, "Z") {
		if _, ok := p.params["TZID"]; ok {
			return time.Time{}, false, fmt.Errorf("UTC time %q with a TZID", q)
		}
		t, err := time.Parse("20060102T150405Z", v)
		if err != nil {
			return t, false, fmt.Errorf("invalid DATE-TIME %q", q)
		}
		return t, false, nil
	}
	loc := time.UTC
	if tz, ok := p.params["TZID"]; ok && zoned {
		if z := l.zone(tz); z != nil {
			loc = z
		}
	}
	t, err := time.ParseInLocation(localLayout, v, loc)
	if err != nil {
		return t, false, fmt.Errorf("invalid DATE-TIME %q", q)
	}
	return t, false, nil
}
