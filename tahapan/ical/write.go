package ical

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

// maxOctets is the longest content line RFC 5545 (section 3.1) allows,
// not counting the line break.
const maxOctets = 75

// serialize writes cal in the RFC 5545 line format. golang-ical v0.3.4
// builds the tree; its own serializer is not used because, measured on that
// version, it ends lines in LF by default, leaves a bare CR unescaped in TEXT
// (a line break for some parsers: an injection), escapes the commas of
// URI values such as SOURCE, and folds at word boundaries with a rule that
// can leave an escape pair or a multi-octet character to the octet counter.
//
// Here every line ends in CRLF and is folded at 75 octets between units: an
// ASCII byte, a whole UTF-8 sequence, or a whole escape pair such as "\,".
func serialize(w io.Writer, cal *ics.Calendar) error {
	e := &lineWriter{buf: make([]byte, 0, 4096+1280*len(cal.Components))} // ~1 KiB an event
	e.begin("VCALENDAR")
	for i := range cal.CalendarProperties {
		e.property(&cal.CalendarProperties[i].BaseProperty)
	}
	for _, c := range cal.Components {
		e.component(c)
	}
	e.end("VCALENDAR")
	if e.err != nil {
		return e.err
	}
	_, err := w.Write(e.buf)
	return err
}

type lineWriter struct {
	buf []byte
	col int // octets on the current physical line
	err error
}

func componentName(c ics.Component) (string, error) {
	switch c.(type) {
	case *ics.VEvent:
		return "VEVENT", nil
	case *ics.VTimezone:
		return "VTIMEZONE", nil
	case *ics.Standard:
		return "STANDARD", nil
	case *ics.Daylight:
		return "DAYLIGHT", nil
	case *ics.VAlarm:
		return "VALARM", nil
	case *ics.VTodo:
		return "VTODO", nil
	case *ics.VJournal:
		return "VJOURNAL", nil
	}
	return "", fmt.Errorf("ical: cannot serialize component %T", c)
}

func (e *lineWriter) component(c ics.Component) {
	name, err := componentName(c)
	if err != nil {
		e.fail(err)
		return
	}
	e.begin(name)
	props := c.UnknownPropertiesIANAProperties()
	for i := range props {
		e.property(&props[i].BaseProperty)
	}
	for _, sub := range c.SubComponents() {
		e.component(sub)
	}
	e.end(name)
}

func (e *lineWriter) begin(name string) { e.raw("BEGIN:" + name) }
func (e *lineWriter) end(name string)   { e.raw("END:" + name) }

func (e *lineWriter) raw(line string) {
	e.buf = append(e.buf, line...)
	e.buf = append(e.buf, '\r', '\n')
	e.col = 0
}

func (e *lineWriter) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

// valueKind is how a property value is written.
type valueKind int

const (
	kindText  valueKind = iota // TEXT: escaped, line breaks as \n
	kindURI                    // URI: unsafe octets percent-encoded
	kindPlain                  // DATE, DATE-TIME, DURATION, INTEGER…: printable ASCII only
)

// kindOf returns the value type of property name: the VALUE parameter when
// there is one, else the default of RFC 5545 and RFC 7986. Properties this
// package does not know are TEXT, as RFC 5545 section 3.8.8 says of
// x-prop and iana-prop.
func kindOf(name string, params map[string][]string) valueKind {
	if v := params["VALUE"]; len(v) == 1 {
		switch strings.ToUpper(v[0]) {
		case "TEXT":
			return kindText
		case "URI", "CAL-ADDRESS":
			return kindURI
		default:
			return kindPlain
		}
	}
	switch name {
	case "URL", "SOURCE", "TZURL", "ATTACH", "IMAGE", "CONFERENCE":
		return kindURI
	case "DTSTART", "DTEND", "DTSTAMP", "DUE", "LAST-MODIFIED", "CREATED", "COMPLETED",
		"RECURRENCE-ID", "RDATE", "EXDATE", "SEQUENCE", "PRIORITY", "PERCENT-COMPLETE",
		"REPEAT", "TRIGGER", "DURATION", "TZOFFSETFROM", "TZOFFSETTO", "RRULE",
		"REFRESH-INTERVAL", "GEO":
		return kindPlain
	}
	return kindText
}

func (e *lineWriter) property(p *ics.BaseProperty) {
	if !isName(p.IANAToken) {
		e.fail(fmt.Errorf("ical: invalid property name %q", p.IANAToken))
		return
	}
	e.col = 0
	e.ascii(p.IANAToken)
	if len(p.ICalParameters) > 0 {
		keys := make([]string, 0, len(p.ICalParameters))
		for k := range p.ICalParameters {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !isName(k) {
				e.fail(fmt.Errorf("ical: %s: invalid parameter name %q", p.IANAToken, k))
				return
			}
			e.unit(";")
			e.ascii(k)
			e.unit("=")
			for i, v := range p.ICalParameters[k] {
				if i > 0 {
					e.unit(",")
				}
				e.paramValue(p.IANAToken, v)
			}
		}
	}
	e.unit(":")
	switch kindOf(p.IANAToken, p.ICalParameters) {
	case kindText:
		e.text(p.Value)
	case kindURI:
		e.uri(p.Value)
	default:
		for i := 0; i < len(p.Value); i++ {
			if c := p.Value[i]; c < 0x20 || c >= 0x7f {
				e.fail(fmt.Errorf("ical: %s: invalid octet %#x in value %q", p.IANAToken, c, p.Value))
				return
			}
		}
		e.ascii(p.Value)
	}
	e.buf = append(e.buf, '\r', '\n')
	e.col = 0
}

func isName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// paramValue writes a parameter value, quoted when it holds ':', ';' or ','.
// A DQUOTE or a control character cannot be written at all (RFC 5545
// section 3.1 has no escape for them in parameters).
func (e *lineWriter) paramValue(prop, v string) {
	quote := false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '"' || c < 0x20 && c != '\t' || c == 0x7f:
			e.fail(fmt.Errorf("ical: %s: parameter value %q cannot be written", prop, v))
			return
		case c == ':' || c == ';' || c == ',':
			quote = true
		}
	}
	if !utf8.ValidString(v) {
		e.fail(fmt.Errorf("ical: %s: parameter value %q is not UTF-8", prop, v))
		return
	}
	if quote {
		e.unit(`"`)
	}
	e.runes(v)
	if quote {
		e.unit(`"`)
	}
}

// unit appends s, which must not be split, starting a continuation line
// first when s would not fit on the current one.
func (e *lineWriter) unit(s string) {
	if e.col+len(s) > maxOctets {
		e.buf = append(e.buf, '\r', '\n', ' ')
		e.col = 1
	}
	e.buf = append(e.buf, s...)
	e.col += len(s)
}

func (e *lineWriter) byte1(c byte) {
	if e.col+1 > maxOctets {
		e.buf = append(e.buf, '\r', '\n', ' ')
		e.col = 1
	}
	e.buf = append(e.buf, c)
	e.col++
}

// ascii appends s octet by octet; s holds no multi-octet sequences.
func (e *lineWriter) ascii(s string) {
	for i := 0; i < len(s); i++ {
		e.byte1(s[i])
	}
}

// runes appends valid UTF-8 s, never splitting a sequence.
func (e *lineWriter) runes(s string) {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			e.byte1(s[i])
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		e.unit(s[i : i+n])
		i += n
	}
}

// text appends s as an RFC 5545 TEXT value (section 3.3.11): backslash,
// semicolon and comma are escaped; CRLF, CR and LF all become the escape
// \n, so no input can end the content line; other control characters
// except TAB are dropped, as TEXT cannot hold them; invalid UTF-8 becomes
// U+FFFD.
func (e *lineWriter) text(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			e.unit(`\\`)
		case c == ';':
			e.unit(`\;`)
		case c == ',':
			e.unit(`\,`)
		case c == '\r':
			e.unit(`\n`)
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case c == '\n':
			e.unit(`\n`)
		case c < 0x20 && c != '\t' || c == 0x7f:
			// dropped
		case c < utf8.RuneSelf:
			e.byte1(c)
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				e.unit("\uFFFD")
			} else {
				e.unit(s[i : i+n])
			}
			i += n
			continue
		}
		i++
	}
}

const hexDigits = "0123456789ABCDEF"

// uri appends s as a URI value. Octets that RFC 3986 does not allow in a
// URI (controls, space, DEL, non-ASCII, and "<>\^`{|}) are percent-encoded,
// so a URI can never end the content line either.
func (e *lineWriter) uri(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"<>\^`+"`{|}", c) >= 0 {
			e.unit(string([]byte{'%', hexDigits[c>>4], hexDigits[c&15]}))
			continue
		}
		e.byte1(c)
	}
}

// textNormal returns s as it reads back from a TEXT value written by this
// package: CRLF and CR become LF, control characters other than LF and TAB
// are dropped, and invalid UTF-8 becomes U+FFFD. Every other character,
// including \ ; , : and any multi-octet character, comes back unchanged.
func textNormal(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case c == '\n' || c == '\t':
			b.WriteByte(c)
		case c < 0x20 || c == 0x7f:
		case c < utf8.RuneSelf:
			b.WriteByte(c)
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				b.WriteRune(utf8.RuneError)
			} else {
				b.WriteString(s[i : i+n])
			}
			i += n
			continue
		}
		i++
	}
	return b.String()
}
