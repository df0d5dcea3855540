package ical

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

// writeProp serializes one property on its own, as content lines.
func writeProp(t *testing.T, name, value string, params map[string][]string) string {
	t.Helper()
	e := &lineWriter{}
	if params == nil {
		params = map[string][]string{}
	}
	e.property(&ics.BaseProperty{IANAToken: name, Value: value, ICalParameters: params})
	if e.err != nil {
		t.Fatalf("property(%s, %q): %v", name, value, e.err)
	}
	return string(e.buf)
}

var textTests = []struct {
	in, want string
}{
	{"plain", "SUMMARY:plain\r\n"},
	{`a\b;c,d:e"f`, `SUMMARY:a\\b\;c\,d:e"f` + "\r\n"},
	{"one\ntwo", `SUMMARY:one\ntwo` + "\r\n"},
	{"one\r\ntwo", `SUMMARY:one\ntwo` + "\r\n"},
	{"one\rtwo", `SUMMARY:one\ntwo` + "\r\n"},                                           // a bare CR is a line break too
	{"x\r\nEND:VEVENT\r\nBEGIN:VEVENT", `SUMMARY:x\nEND:VEVENT\nBEGIN:VEVENT` + "\r\n"}, // issue: injection
	{"bell\a nul\x00 esc\x1b del\x7f tab\t", "SUMMARY:bell nul esc del tab\t\r\n"},
	{"bad \xff utf8", "SUMMARY:bad \uFFFD utf8\r\n"},
	{"Pemilu · “Rabu” – 日本 😀", "SUMMARY:Pemilu · “Rabu” – 日本 😀\r\n"},
}

func TestTextEscaping(t *testing.T) {
	for _, tt := range textTests {
		if got := writeProp(t, "SUMMARY", tt.in, nil); got != tt.want {
			t.Errorf("SUMMARY %q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
		// golang-ical's parser reads back what textNormal promises.
		cal, err := ics.ParseCalendar(strings.NewReader("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" +
			writeProp(t, "SUMMARY", tt.in, nil) + "END:VEVENT\r\nEND:VCALENDAR\r\n"))
		if err != nil {
			t.Fatalf("parse %q: %v", tt.in, err)
		}
		if got := cal.Events()[0].GetProperty(ics.ComponentPropertySummary).Value; got != textNormal(tt.in) {
			t.Errorf("read back %q, want %q", got, textNormal(tt.in))
		}
	}
}

func TestURIValues(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://x.id/a?b=1,2;c", "URL:https://x.id/a?b=1,2;c\r\n"}, // no TEXT escaping in a URI
		{"https://x.id/a b\r\nBEGIN:VEVENT", "URL:https://x.id/a%20b%0D%0ABEGIN:VEVENT\r\n"},
		{"https://x.id/é\"<>", "URL:https://x.id/%C3%A9%22%3C%3E\r\n"},
	}
	for _, tt := range tests {
		if got := writeProp(t, "URL", tt.in, nil); got != tt.want {
			t.Errorf("URL %q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestParams(t *testing.T) {
	got := writeProp(t, "DTSTART", "20240214T070000", map[string][]string{"TZID": {"Asia/Jakarta"}})
	if got != "DTSTART;TZID=Asia/Jakarta:20240214T070000\r\n" {
		t.Errorf("got %q", got)
	}
	got = writeProp(t, "X-TEST", "v", map[string][]string{"X-A": {"a:b"}, "X-B": {"c"}})
	if got != `X-TEST;X-A="a:b";X-B=c:v`+"\r\n" {
		t.Errorf("got %q", got)
	}
	for _, bad := range []string{"a\"b", "a\r\nb"} {
		e := &lineWriter{}
		e.property(&ics.BaseProperty{IANAToken: "X-TEST", Value: "v", ICalParameters: map[string][]string{"X-A": {bad}}})
		if e.err == nil {
			t.Errorf("parameter value %q: no error", bad)
		}
	}
	e := &lineWriter{}
	e.property(&ics.BaseProperty{IANAToken: "DTSTART", Value: "2024\r\nX", ICalParameters: map[string][]string{}})
	if e.err == nil {
		t.Error("DTSTART with CRLF in its value: no error")
	}
	e = &lineWriter{}
	e.property(&ics.BaseProperty{IANAToken: "BAD NAME", Value: "v"})
	if e.err == nil {
		t.Error("property name with a space: no error")
	}
}

// unfold undoes RFC 5545 folding.
func unfold(s string) string { return strings.ReplaceAll(s, "\r\n ", "") }

// TestFolding writes values whose multi-octet characters and escape pairs
// land on every octet position around the 75-octet limit.
func TestFolding(t *testing.T) {
	pieces := []string{"é", "“", "日", "😀", `\`, ";", ",", "\n", "a"}
	for pad := 0; pad < 160; pad++ {
		for _, p := range pieces {
			value := strings.Repeat("x", pad) + strings.Repeat(p, 40) + " akhir"
			got := writeProp(t, "DESCRIPTION", value, nil)
			lines := strings.Split(strings.TrimSuffix(got, "\r\n"), "\r\n")
			for i, l := range lines {
				if len(l) > maxOctets {
					t.Fatalf("pad %d %q: line %d is %d octets", pad, p, i+1, len(l))
				}
				if !utf8.ValidString(l) {
					t.Fatalf("pad %d %q: line %d splits a UTF-8 sequence: %q", pad, p, i+1, l)
				}
				if n := len(l) - len(strings.TrimRight(l, `\`)); n%2 == 1 {
					t.Fatalf("pad %d %q: line %d splits an escape: %q", pad, p, i+1, l)
				}
				if i > 0 && l[0] != ' ' {
					t.Fatalf("pad %d %q: line %d does not start with a space", pad, p, i+1)
				}
			}
			want := writeProp(t, "DESCRIPTION", value, nil)
			if unfold(got) != unfold(want) || !strings.HasPrefix(unfold(got), "DESCRIPTION:") {
				t.Fatalf("pad %d %q: not deterministic", pad, p)
			}
		}
	}
}

var durationTests = []struct {
	d    time.Duration
	text string
}{
	{0, "PT0S"},
	{-24 * time.Hour, "-P1D"},
	{15 * time.Minute, "PT15M"},
	{-(36 * time.Hour), "-P1DT12H"},
	{90*time.Minute + 5*time.Second, "PT1H30M5S"},
	{7 * 24 * time.Hour, "P7D"},
	{12 * time.Hour, "PT12H"},
}

func TestFormatDuration(t *testing.T) {
	for _, tt := range durationTests {
		if got := FormatDuration(tt.d); got != tt.text {
			t.Errorf("FormatDuration(%v) = %q, want %q", tt.d, got, tt.text)
		}
		if got, err := ParseDuration(tt.text); err != nil || got != tt.d {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", tt.text, got, err, tt.d)
		}
	}
}

var parseDurationTests = []struct {
	in     string
	want   time.Duration
	expect string // must appear within the error
}{
	{in: "P1W", want: 7 * 24 * time.Hour},
	{in: "-p2d", want: -48 * time.Hour},
	{in: "+PT1H", want: time.Hour},
	{in: "-PT30M", want: -30 * time.Minute},
	{in: "", expect: "want the form"},
	{in: "1D", expect: "want the form"},
	{in: "P", expect: "no value"},
	{in: "PT", expect: "nothing after T"},
	{in: "P1H", expect: "wrong side of T"},
	{in: "PT1D", expect: "wrong side of T"},
	{in: "P1D1W", expect: "out of order"},
	{in: "P1X", expect: "unknown unit"},
	{in: "P-1D", expect: "want a number"},
	{in: "P99999999999D", expect: "out of range"},
}

func TestParseDuration(t *testing.T) {
	for _, tt := range parseDurationTests {
		got, err := ParseDuration(tt.in)
		switch {
		case tt.expect == "" && (err != nil || got != tt.want):
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		case tt.expect != "" && (err == nil || !strings.Contains(err.Error(), tt.expect)):
			t.Errorf("ParseDuration(%q) error = %v; want it to contain %q", tt.in, err, tt.expect)
		}
	}
}

func TestVTimezone(t *testing.T) {
	tests := []struct {
		zone string
		want string
	}{
		{"Asia/Jakarta", "BEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta\r\nBEGIN:STANDARD\r\nDTSTART:20240101T000000\r\n" +
			"TZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\nTZNAME:WIB\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"},
		{"Asia/Jayapura", "BEGIN:VTIMEZONE\r\nTZID:Asia/Jayapura\r\nBEGIN:STANDARD\r\nDTSTART:20240101T000000\r\n" +
			"TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:WIT\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"},
		{"Europe/Amsterdam", "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n" +
			"BEGIN:STANDARD\r\nDTSTART:20240101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD\r\n" +
			"BEGIN:DAYLIGHT\r\nDTSTART:20240331T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT\r\n" +
			"BEGIN:STANDARD\r\nDTSTART:20241027T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD\r\n" +
			"END:VTIMEZONE\r\n"},
	}
	for _, tt := range tests {
		loc, err := time.LoadLocation(tt.zone)
		if err != nil {
			t.Fatal(err)
		}
		e := &lineWriter{}
		e.component(vtimezone(loc, 2024, 2024))
		if got := string(e.buf); got != tt.want || e.err != nil {
			t.Errorf("vtimezone(%s) = %v\n%s\nwant\n%s", tt.zone, e.err, got, tt.want)
		}
	}
}

func TestUTCOffset(t *testing.T) {
	for sec, want := range map[int]string{25200: "+0700", -12600: "-0330", 0: "+0000", 25632: "+070712"} {
		if got := utcOffset(sec); got != want {
			t.Errorf("utcOffset(%d) = %q, want %q", sec, got, want)
		}
	}
}

func TestSerializeUnknownComponent(t *testing.T) {
	cal := ics.NewCalendar()
	cal.Components = append(cal.Components, &ics.GeneralComponent{})
	if err := serialize(&bytes.Buffer{}, cal); err == nil {
		t.Error("no error for a component this package cannot name")
	}
}
