package ical

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestLintZoneLookups checks that Lint looks a TZID up only to compare
// DTSTART and DTEND in different zones, and at most maxZones distinct
// TZIDs: each lookup costs about 150 µs, and 8 MB of distinct TZIDs once
// took 27 s.
func TestLintZoneLookups(t *testing.T) {
	const n = 200
	var lone, same, pairs strings.Builder
	for _, b := range []*strings.Builder{&lone, &same, &pairs} {
		b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n")
	}
	for i := range n {
		ev := "BEGIN:VEVENT\r\nUID:e%d\r\nDTSTAMP:20240101T000000Z\r\n"
		fmt.Fprintf(&lone, ev+"DTSTART;TZID=Nowhere/A%d:20240214T070000\r\nEND:VEVENT\r\n", i, i)
		fmt.Fprintf(&same, ev+"DTSTART;TZID=Nowhere/A%d:20240214T070000\r\nDTEND;TZID=Nowhere/A%d:20240214T080000\r\nEND:VEVENT\r\n", i, i, i)
		fmt.Fprintf(&pairs, ev+"DTSTART;TZID=Nowhere/A%d:20240214T070000\r\nDTEND;TZID=Nowhere/B%d:20240214T080000\r\nEND:VEVENT\r\n", i, i, i)
	}
	for _, tt := range []struct {
		name string
		in   *strings.Builder
		want int
	}{
		{"lone DTSTART", &lone, 0},
		{"same TZID at both ends", &same, 0},
		{"different TZIDs", &pairs, maxZones},
	} {
		tt.in.WriteString("END:VCALENDAR\r\n")
		l := &linter{zones: map[string]*time.Location{}}
		l.run([]byte(tt.in.String()))
		if len(l.zones) != tt.want {
			t.Errorf("%s: %d TZIDs looked up, want %d", tt.name, len(l.zones), tt.want)
		}
		// Every TZID still lacks its VTIMEZONE, looked up or not.
		if got := strings.Count(fmt.Sprint(l.probs), "has no VTIMEZONE"); got < n {
			t.Errorf("%s: %d TZIDs reported without VTIMEZONE, want at least %d", tt.name, got, n)
		}
	}
}
