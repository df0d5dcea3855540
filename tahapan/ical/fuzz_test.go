package ical

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

// FuzzText checks the TEXT writer on any input: the property stays one
// content line of CRLF-ended physical lines of at most 75 octets, no
// physical line splits a UTF-8 sequence, the feed lints clean, and
// golang-ical reads back textNormal of the input. Run it with
//
//	go test -fuzz=FuzzText -fuzztime=30s ./tahapan/ical
func FuzzText(f *testing.F) {
	for _, tt := range textTests {
		f.Add(tt.in)
	}
	f.Add(strings.Repeat("é\\;,\r\n日😀", 30))
	f.Fuzz(func(t *testing.T, s string) {
		e := &lineWriter{}
		e.property(&ics.BaseProperty{IANAToken: "SUMMARY", Value: s, ICalParameters: map[string][]string{}})
		if e.err != nil {
			t.Fatal(e.err)
		}
		line := string(e.buf)
		if !strings.HasSuffix(line, "\r\n") {
			t.Fatalf("no CRLF at the end: %q", line)
		}
		for _, l := range strings.Split(strings.TrimSuffix(line, "\r\n"), "\r\n") {
			if len(l) > maxOctets || !utf8.ValidString(l) || strings.ContainsAny(l, "\r\n") {
				t.Fatalf("bad physical line %q", l)
			}
		}
		if u := unfold(line); strings.Count(u, "\r\n") != 1 || !strings.HasPrefix(u, "SUMMARY:") {
			t.Fatalf("not one content line: %q", u)
		}
		feed := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20240101T000000Z\r\n" +
			"DTSTART;VALUE=DATE:20240214\r\n" + line + "END:VEVENT\r\nEND:VCALENDAR\r\n"
		if probs, _ := Lint(strings.NewReader(feed)); len(probs) > 0 {
			t.Fatalf("lint: %v", probs)
		}
		cal, err := ics.ParseCalendar(strings.NewReader(feed))
		if err != nil {
			t.Fatal(err)
		}
		if got := cal.Events()[0].GetProperty(ics.ComponentPropertySummary).Value; got != textNormal(s) {
			t.Fatalf("read back %q, want %q", got, textNormal(s))
		}
	})
}

// FuzzLint checks that no input makes Lint panic and that problems come
// in line order.
func FuzzLint(f *testing.F) {
	f.Add([]byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n"))
	f.Add([]byte("BEGIN:VEVENT\nDTSTART;TZID=\"a;b\":2024\r\n \xc3\r\nEND:VCALENDAR"))
	f.Add([]byte("X;A=\"unterminated:v\r\n\r\n END"))
	f.Fuzz(func(t *testing.T, data []byte) {
		probs, err := Lint(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if n := len(probs); n > 0 && probs[n-1].Line == 0 { // "… and N more"
			probs = probs[:n-1]
		}
		for i := 1; i < len(probs); i++ {
			if probs[i].Line < probs[i-1].Line || probs[i].Line == 0 {
				t.Fatalf("problems out of order: %v", probs)
			}
		}
	})
}
