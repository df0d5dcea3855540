package ical_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/ical"
	"github.com/kalender-pemilu/tahapan/tahapan/internal/scaletest"
)

// The hostile shapes of issue #12: inputs of about n bytes that once took
// quadratic time to lint.
var lintShapes = []scaletest.Shape{
	// One DESCRIPTION folded over n/75 physical lines: joining them by
	// string appends took 19 s for 1 MB.
	{Name: "folded", Gen: func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(feedOf(head, "BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101T000000Z",
			"DTSTART;VALUE=DATE:20240214", "DESCRIPTION:x"))
		for b.Len() < n {
			b.WriteString(" " + strings.Repeat("a", 72) + "\r\n")
		}
		b.WriteString(feedOf("END:VEVENT", tail))
		return b.Bytes()
	}},
	// BEGIN:X n/16 times, then END:Y as often: each END scanned the whole
	// stack (40 s for 1.3 MB).
	{Name: "unmatched BEGIN/END", Gen: func(n int) []byte {
		k := n / 16
		return []byte(feedOf(head) + strings.Repeat("BEGIN:X\r\n", k) + strings.Repeat("END:Y\r\n", k) + feedOf(tail))
	}},
	// The same UID with a different RECURRENCE-ID each time: the
	// duplicate check compared every pair.
	{Name: "one UID, many RECURRENCE-IDs", Gen: func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(feedOf(head))
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240214T%06dZ\r\n"+
				"RECURRENCE-ID:20240214T%06dZ\r\nEND:VEVENT\r\n", i%240000, i)
		}
		b.WriteString(feedOf(tail))
		return b.Bytes()
	}},
	// A TZID that no VTIMEZONE defines and the tz database does not know,
	// on every line: each was looked up in the tz database again.
	{Name: "unknown TZIDs", Gen: func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(feedOf(head, "BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101T000000Z"))
		for b.Len() < n {
			b.WriteString("DTSTART;TZID=Nowhere/Atlantis:20240214T070000\r\n")
		}
		b.WriteString(feedOf("END:VEVENT", tail))
		return b.Bytes()
	}},
	// A different unknown TZID on every DTSTART: each was looked up in
	// the tz database once, about 150 µs each, 26.7 s for 8 MB. A lone
	// value is now only parsed.
	{Name: "distinct TZIDs", Gen: func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(feedOf(head, "BEGIN:VEVENT", "UID:a", "DTSTAMP:20240101T000000Z"))
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "DTSTART;TZID=Nowhere/A%d:20240214T070000\r\n", i)
		}
		b.WriteString(feedOf("END:VEVENT", tail))
		return b.Bytes()
	}},
	// Events whose DTSTART and DTEND name two different unknown TZIDs,
	// new ones in every event: the zones must be looked up to compare
	// the two, but at most 32 distinct TZIDs are.
	{Name: "distinct TZID pairs", Gen: func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(feedOf(head))
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:e%d\r\nDTSTAMP:20240101T000000Z\r\n"+
				"DTSTART;TZID=Nowhere/A%d:20240214T070000\r\nDTEND;TZID=Nowhere/B%d:20240214T080000\r\nEND:VEVENT\r\n", i, i, i)
		}
		b.WriteString(feedOf(tail))
		return b.Bytes()
	}},
}

// TestLintLinear checks that linting 16 times the input takes about 16
// times as long, not 256 times: each shape at 128 KB and at 2 MB (2 MB of
// folded lines once took 54 s, 80k unmatched BEGIN/END 86 s).
func TestLintLinear(t *testing.T) {
	scaletest.Linear(t, 128<<10, lintShapes, scaletest.Bytes, func(t testing.TB, data []byte) {
		if _, err := ical.Lint(bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkLintHostile lints each hostile shape at 2 MB.
func BenchmarkLintHostile(b *testing.B) {
	for _, sh := range lintShapes {
		data := sh.Gen(2 << 20)
		b.Run(sh.Name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := ical.Lint(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLintCaps checks the size cap, the cap on problems listed and the
// short quoting of values.
func TestLintCaps(t *testing.T) {
	t.Run("size", func(t *testing.T) {
		data := bytes.Repeat([]byte("X"), ical.MaxLintSize+1)
		probs, err := ical.Lint(bytes.NewReader(data))
		if !errors.Is(err, ical.ErrTooLarge) || probs != nil {
			t.Errorf("Lint of %d bytes: %v, %v; want ErrTooLarge", len(data), probs, err)
		}
		// Exactly at the cap is checked.
		data = data[:ical.MaxLintSize]
		if _, err := ical.Lint(bytes.NewReader(data)); err != nil {
			t.Errorf("Lint of %d bytes: %v", len(data), err)
		}
	})
	t.Run("problems", func(t *testing.T) {
		// 80k unmatched pairs: 160k problems, of which 1000 are listed.
		data := []byte(feedOf(head) + strings.Repeat("BEGIN:X\r\n", 80000) + strings.Repeat("END:Y\r\n", 80000) + feedOf(tail))
		probs, err := ical.Lint(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if len(probs) != ical.MaxProblems+1 {
			t.Fatalf("got %d problems, want %d and a summary", len(probs), ical.MaxProblems)
		}
		// The first 1000 found are the 1000 ENDs on lines 80004-81003.
		if got, want := probs[0].String(), "line 80004: END:Y without BEGIN:Y"; got != want {
			t.Errorf("first problem %q, want %q", got, want)
		}
		// 80000 ENDs without BEGIN, 80000 BEGINs never ended, the
		// VCALENDAR's END taken as closing them: 160000 in all.
		if got, want := probs[ical.MaxProblems].String(), "… and 159000 more problems (only the first 1000 are listed)"; got != want || probs[ical.MaxProblems].More != 159000 {
			t.Errorf("last problem %q, want %q", got, want)
		}
	})
	t.Run("quoting", func(t *testing.T) {
		long := strings.Repeat("é", 5000)
		in := feedOf(head, "BEGIN:VEVENT", "UID:"+long, "DTSTAMP:"+long, "DTSTART;VALUE=DATE:20240214", "END:VEVENT") +
			feedOf("BEGIN:VEVENT", "UID:"+long, "DTSTAMP:20240101T000000Z", "DTSTART;VALUE=DATE:20240214", "END:VEVENT", tail)
		probs, err := ical.Lint(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		want := []string{
			"line 5: line is 10004 octets long; at most 75",
			"line 6: line is 10008 octets long; at most 75",
			`line 6: DTSTAMP "` + strings.Repeat("é", 20) + `…": want a UTC DATE-TIME such as 20240214T000000Z`,
			"line 10: line is 10004 octets long; at most 75",
			`line 10: duplicate UID "` + strings.Repeat("é", 20) + `…" (first at line 5)`,
		}
		var got []string
		for _, p := range probs {
			got = append(got, p.String())
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("Lint:\n got %q\nwant %q", got, want)
		}
	})
}
