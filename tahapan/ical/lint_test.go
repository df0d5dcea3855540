package ical_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/ical"
)

// feedOf joins lines with CRLF into a feed.
func feedOf(lines ...string) string { return strings.Join(lines, "\r\n") + "\r\n" }

const (
	head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN" // lines 1-3
	tail = "END:VCALENDAR"
)

// okEvent is a valid event of 6 lines.
func okEvent(uid string) string {
	return feedOf("BEGIN:VEVENT", "UID:"+uid, "DTSTAMP:20240101T000000Z",
		"DTSTART;VALUE=DATE:20240214", "DTEND;VALUE=DATE:20240215", "END:VEVENT")
}

var lintTests = []struct {
	name string
	in   string
	want []string // "line N: message", in order
}{
	{"valid", feedOf(head) + okEvent("a") + okEvent("b") + feedOf(tail), nil},
	{"LF everywhere", strings.ReplaceAll(feedOf(head)+okEvent("a")+feedOf(tail), "\r\n", "\n"),
		[]string{"line 1: lines end in LF, not CRLF (all 10 lines)"}},
	{"one LF", feedOf(head) + "BEGIN:VEVENT\nUID:a\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20240214\r\nEND:VEVENT\r\n" + feedOf(tail),
		[]string{"line 4: line ends in LF, not CRLF"}},
	{"bare CR", feedOf(head, "X-A:a\rb", tail), []string{"line 4: bare CR inside the line, at octet 6"}},
	{"no final CRLF", feedOf(head) + tail, []string{"line 4: last line does not end in CRLF"}},
	{"long line", feedOf(head, "X-A:"+strings.Repeat("a", 72), tail), []string{"line 4: line is 76 octets long; at most 75"}},
	{"split UTF-8", feedOf(head, "SUMMARY:a\xc3", " \xa9", tail), []string{"line 5: folding splits a UTF-8 sequence"}},
	{"invalid UTF-8", feedOf(head, "SUMMARY:a\xff", tail), []string{"line 4: invalid UTF-8"}},
	{"no version no prodid", feedOf("BEGIN:VCALENDAR", tail), []string{
		"line 1: VCALENDAR has no VERSION", "line 1: VCALENDAR has no PRODID"}},
	{"version 1.0", feedOf("BEGIN:VCALENDAR", "VERSION:1.0", "PRODID:x", tail), []string{`line 2: VERSION is "1.0": want 2.0`}},
	{"no UID no DTSTAMP", feedOf(head, "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20240214", "END:VEVENT", tail), []string{
		"line 4: VEVENT has no UID", "line 4: VEVENT has no DTSTAMP"}},
	{"duplicate UID", feedOf(head) + okEvent("a") + okEvent("a") + feedOf(tail), []string{
		`line 11: duplicate UID "a" (first at line 5)`}},
	{"recurrence ok", feedOf(head) + okEvent("a") + strings.Replace(okEvent("a"), "END:VEVENT", "RECURRENCE-ID;VALUE=DATE:20240214\r\nEND:VEVENT", 1) + feedOf(tail), nil},
	{"DATE and DATE-TIME", feedOf(head, "BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101T000000Z",
		"DTSTART;VALUE=DATE:20240214", "DTEND:20240215T000000Z", "END:VEVENT", tail), []string{
		"line 8: DTEND is a DATE-TIME but DTSTART is a DATE"}},
	{"DATE without VALUE", feedOf(head, "BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101T000000Z",
		"DTSTART:20240214", "END:VEVENT", tail), []string{
		`line 7: DTSTART: "20240214" is a DATE without VALUE=DATE`}},
	{"DTEND not after DTSTART", feedOf(head, "BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101T000000Z",
		"DTSTART;VALUE=DATE:20240214", "DTEND;VALUE=DATE:20240214", "END:VEVENT", tail), []string{
		"line 8: DTEND 20240214 is not after DTSTART 20240214"}},
	{"DTEND before DTSTART in zones", feedOf(head, "BEGIN:VTIMEZONE", "TZID:Asia/Jakarta", "END:VTIMEZONE",
		"BEGIN:VTIMEZONE", "TZID:Asia/Jayapura", "END:VTIMEZONE",
		"BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101T000000Z",
		"DTSTART;TZID=Asia/Jakarta:20240214T070000", "DTEND;TZID=Asia/Jayapura:20240214T080000", "END:VEVENT", tail), []string{
		"line 14: DTEND 20240214T080000 is not after DTSTART 20240214T070000"}},
	// The same zone at both ends compares as floating time, without
	// looking the zone up.
	{"DTEND before DTSTART in one zone", feedOf(head, "BEGIN:VTIMEZONE", "TZID:Asia/Jakarta", "END:VTIMEZONE",
		"BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101T000000Z",
		"DTSTART;TZID=Asia/Jakarta:20240214T080000", "DTEND;TZID=Asia/Jakarta:20240214T070000", "END:VEVENT", tail), []string{
		"line 11: DTEND 20240214T070000 is not after DTSTART 20240214T080000"}},
	// A zone against UTC is looked up: 07:00 WIB is 00:00 UTC.
	{"DTEND in UTC after DTSTART in a zone", feedOf(head, "BEGIN:VTIMEZONE", "TZID:Asia/Jakarta", "END:VTIMEZONE",
		"BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101T000000Z",
		"DTSTART;TZID=Asia/Jakarta:20240214T070000", "DTEND:20240214T000001Z", "END:VEVENT", tail), nil},
	{"DTEND in UTC before DTSTART in a zone", feedOf(head, "BEGIN:VTIMEZONE", "TZID:Asia/Jakarta", "END:VTIMEZONE",
		"BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101T000000Z",
		"DTSTART;TZID=Asia/Jakarta:20240214T070000", "DTEND:20240214T000000Z", "END:VEVENT", tail), []string{
		"line 11: DTEND 20240214T000000Z is not after DTSTART 20240214T070000"}},
	{"TZID without VTIMEZONE", feedOf(head, "BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101T000000Z",
		"DTSTART;TZID=Asia/Jakarta:20240214T070000", "DTEND;TZID=Asia/Jakarta:20240214T130000", "END:VEVENT", tail), []string{
		`line 7: DTSTART: TZID "Asia/Jakarta" has no VTIMEZONE`, `line 8: DTEND: TZID "Asia/Jakarta" has no VTIMEZONE`}},
	{"REFRESH-INTERVAL without VALUE", feedOf(head, "REFRESH-INTERVAL:PT12H", tail), []string{
		"line 4: REFRESH-INTERVAL without VALUE=DURATION (RFC 7986 requires it)"}},
	{"bad DTSTAMP", feedOf(head, "BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101", "DTSTART;VALUE=DATE:20240214", "END:VEVENT", tail), []string{
		`line 6: DTSTAMP "20240101": want a UTC DATE-TIME such as 20240214T000000Z`}},
	{"unbalanced", feedOf(head, "BEGIN:VEVENT", "END:VTODO", tail), []string{
		"line 4: BEGIN:VEVENT is never ended", "line 5: END:VTODO without BEGIN:VTODO"}},
	{"garbage line", feedOf(head, "this is not a property", tail), []string{"line 4: no property name and colon"}},
	{"empty", "", []string{"line 1: empty file"}},
}

func TestLint(t *testing.T) {
	for _, tt := range lintTests {
		t.Run(tt.name, func(t *testing.T) {
			probs, err := ical.Lint(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range probs {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Lint:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestLintRepeated checks that problems a line can have on every line do
// not crowd out the others: 1,001 over-long lines and 1,001 lines ending in
// LF once hid a missing UID, DTSTAMP and PRODID behind "… and 4 more
// problems".
func TestLintRepeated(t *testing.T) {
	long := "X-A:" + strings.Repeat("a", 76) // 80 octets
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20240214\r\n") // lines 1-4
	for range 1001 {
		b.WriteString(long + "\r\n") // lines 5-1005
	}
	for range 1001 {
		b.WriteString("X-B:b\n") // lines 1006-2006
	}
	b.WriteString("END:VEVENT\r\nEND:VCALENDAR\r\n") // lines 2007-2008
	probs, err := ical.Lint(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range 10 {
		want = append(want, fmt.Sprintf("line %d: line is 80 octets long; at most 75", 5+i))
	}
	want = append(want, "line 15: line is 80 octets long; at most 75 (and 990 more like it, up to line 1005)")
	for i := range 10 {
		want = append(want, fmt.Sprintf("line %d: line ends in LF, not CRLF", 1006+i))
	}
	want = append(want, "line 1016: line ends in LF, not CRLF (and 990 more like it, up to line 2006)")
	want = append(want, "line 3: VEVENT has no UID", "line 3: VEVENT has no DTSTAMP", "line 1: VCALENDAR has no PRODID")
	slices.SortStableFunc(want, func(a, b string) int { return lineOf(a) - lineOf(b) })
	var got []string
	for _, p := range probs {
		got = append(got, p.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Lint:\n got %q\nwant %q", got, want)
	}

	// One beyond the first ten is listed as it is.
	in := feedOf(head) + strings.Repeat(long+"\r\n", 11) + feedOf(tail)
	probs, err = ical.Lint(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != 11 || probs[10].String() != "line 14: line is 80 octets long; at most 75" {
		t.Errorf("11 long lines: %d problems, the last %v; want 11, the last one as it is", len(probs), probs[len(probs)-1])
	}
}

// lineOf returns N of a problem "line N: …".
func lineOf(s string) int {
	var n int
	fmt.Sscanf(s, "line %d:", &n)
	return n
}
