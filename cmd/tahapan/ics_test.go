package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan/ical"
)

// runICS runs the CLI with a given clock and returns stdout, stderr and
// the exit code.
func runICS(t *testing.T, now time.Time, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := runWithClock(args, &out, &errb, func() time.Time { return now })
	return out.String(), errb.String(), code
}

var wib = time.FixedZone("WIB", 7*3600)

// TestICSGolden checks that the CLI writes the library's golden feed.
func TestICSGolden(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("..", "..", "tahapan", "ical", "testdata", "pemilu-2024.ics"))
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runICS(t, time.Date(2023, 7, 23, 9, 0, 0, 0, wib), "ics", "--schedule", "pemilu-2024")
	if code != 0 || out != string(want) {
		t.Errorf("exit %d, stderr %q; output equals the golden feed: %v", code, errOut, out == string(want))
	}
}

// TestICSIgnoresClock runs the command at different moments and with
// different --at: the feed is the same, byte for byte.
func TestICSIgnoresClock(t *testing.T) {
	for _, args := range [][]string{
		{"ics", "--schedule", "pemilu-2024", "--key"},
		{"ics", "--feed", "countdown", "--schedule", "pemilu-2024", "--from", "2024-01-01", "--to", "2024-02-14"},
		{"ics", "--feed", "holidays", "--year", "2024"},
	} {
		var first string
		for i, now := range []time.Time{
			time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC),
			time.Date(2024, 2, 14, 7, 0, 0, 0, wib),
			time.Date(2031, 12, 31, 23, 59, 59, 0, time.UTC),
		} {
			a := append(args, "--at", now.Format(time.RFC3339))
			out, errOut, code := runICS(t, now, a...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", a, code, errOut)
			}
			if i == 0 {
				first = out
			} else if out != first {
				t.Errorf("%v: the feed differs at %v", args, now)
			}
		}
	}
}

var icsTests = []struct {
	name string
	args []string
	want []string // must appear in the output
	not  []string // must not
}{
	{"english key WITA alarm", []string{"--schedule", "pemilu-2024", "--key", "--lang", "en", "--tz", "WITA", "--alarm", "-P1D", "--alarm", "-2h"},
		[]string{"NAME:2024 General Election stages (key dates)\r\n", "DTSTART;TZID=Asia/Makassar:20240214T070000\r\n",
			"TZNAME:WITA\r\n", "TRIGGER:-P1D\r\n", "TRIGGER:-PT2H\r\n", "SUMMARY:Campaign period\r\n"},
		[]string{"UID:pemilu-2024/debat-1@"}},
	{"tags", []string{"--schedule", "pemilu-2024", "--tag", "kampanye,masa-tenang"},
		[]string{"UID:pemilu-2024/debat-1@", "UID:pemilu-2024/masa-tenang@"},
		[]string{"UID:pemilu-2024/pemungutan-suara@", "BEGIN:VTIMEZONE"}},
	{"stages and url", []string{"--schedule", "pemilu-2024", "--stage", "pemungutan-suara", "--url", "https://example.org/ics/", "--domain", "example.org"},
		[]string{"UID:pemilu-2024/pemungutan-suara@example.org\r\n", "URL:https://example.org/ics\r\n",
			"SOURCE:https://example.org/ics/pemilu-2024.ics\r\n", "UID:pemilu-2024/polling-hours/asia-jakarta@example.org\r\n"},
		[]string{"UID:pemilu-2024/masa-kampanye@"}},
	{"countdown default range", []string{"--feed", "countdown", "--schedule", "pemilu-2024", "--at", "2024-02-10"},
		[]string{"SUMMARY:H-4 Pemungutan Suara Pemilu Serentak 2024\r\n", "SUMMARY:H Pemungutan Suara Pemilu Serentak 2024\r\n"},
		[]string{"H-5 ", "H+1 "}},
	{"countdown year", []string{"--feed", "countdown", "--schedule", "pemilu-2024", "--year", "2024", "--lang", "en"},
		[]string{"UID:pemilu-2024/countdown/2024-01-01@", "UID:pemilu-2024/countdown/2024-12-31@", "SUMMARY:H+321 Voting day\\, 2024 General Election\r\n"},
		nil},
	{"holidays default year", []string{"--feed", "holidays", "--at", "2024-06-01"},
		[]string{"NAME:Hari libur nasional dan cuti bersama 2024\r\n", "UID:libur/2024-02-14/libur_pemilu@"},
		[]string{"2023-", "2025-"}},
	{"holidays range", []string{"--feed", "holidays", "--from", "2024-02-01", "--to", "2024-02-29", "--lang", "en"},
		[]string{"UID:libur/2024-02-08/libur_nasional@", "SUMMARY:Election day (2024 general election)\r\n"},
		[]string{"UID:libur/2024-01-01/"}},
}

func TestICS(t *testing.T) {
	now := time.Date(2023, 7, 23, 9, 0, 0, 0, wib)
	for _, tt := range icsTests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runICS(t, now, append([]string{"ics"}, tt.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(out, n) {
					t.Errorf("output has %q", n)
				}
			}
			probs, err := ical.Lint(strings.NewReader(out))
			if err != nil || len(probs) > 0 {
				t.Errorf("lint: %v %v", err, probs)
			}
		})
	}
}

var icsErrorTests = []struct {
	args   []string
	code   int
	expect string // must appear in stderr
}{
	{[]string{"ics", "--feed", "agenda"}, 2, `invalid --feed "agenda"`},
	{[]string{"ics", "--schedule", "pemilu-2024", "--year", "2024"}, 2, "--year, --from and --to apply to --feed holidays or countdown"},
	{[]string{"ics", "--feed", "holidays", "--key"}, 2, "apply to --feed stages only"},
	{[]string{"ics", "--schedule", "pemilu-2024", "--tag", "pesta"}, 2, `no stage has tag "pesta"`},
	{[]string{"ics", "--schedule", "pemilu-2024", "--stage", "pesta"}, 2, `--stage: schedule "pemilu-2024": stage "pesta": no such stage`},
	{[]string{"ics", "--schedule", "pemilu-2024", "--alarm", "sehari"}, 2, `--alarm: invalid duration "sehari"`},
	{[]string{"ics", "--feed", "countdown", "--schedule", "pemilu-2024", "--at", "2024-03-01"}, 2, "voting day 2024-02-14 of pemilu-2024 is past"},
	{[]string{"ics", "--feed", "countdown", "--schedule", "pemilu-2024", "--from", "2000-01-01", "--to", "2024-01-01"}, 2, "at most 3653"},
	{[]string{"ics", "--feed", "holidays", "--from", "2024-01-01"}, 2, "--from and --to go together"},
	{[]string{"ics", "--lang", "jv"}, 2, `invalid argument "jv" for "--lang" flag: want id or en`},
	{[]string{"ics", "--schedule", "pemilu-2024", "--out", "/nonexistent-dir/x.ics"}, 1, "nonexistent-dir"},
}

func TestICSErrors(t *testing.T) {
	for _, tt := range icsErrorTests {
		_, errOut, code := runICS(t, time.Date(2023, 7, 23, 9, 0, 0, 0, wib), tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.expect) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, errOut, tt.code, tt.expect)
		}
	}
}

func TestICSOut(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "penting.ics")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Without --force the file stays as it was.
	_, errOut, code := runICS(t, time.Now(), "ics", "--schedule", "pemilu-2024", "--key", "--out", path)
	if data, _ := os.ReadFile(path); code != 1 || string(data) != "old" || errOut != "tahapan: "+path+" exists: not replacing it without --force\n" {
		t.Errorf("without --force: exit %d, stderr %q, file %q", code, errOut, data)
	}
	out, errOut, code := runICS(t, time.Now(), "ics", "--schedule", "pemilu-2024", "--key", "--out", path, "--url", "https://example.org", "--force")
	if code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte("\r\nSOURCE:https://example.org/penting.ics\r\n")) || !bytes.HasSuffix(data, []byte("END:VCALENDAR\r\n")) {
		t.Errorf("file:\n%.400s", data)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, %v", fi.Mode(), err)
	}

	// tahapan lint reads it back clean.
	out, errOut, code = runICS(t, time.Now(), "lint", path)
	if code != 0 || out != path+": ok\n" {
		t.Errorf("lint: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestLintCmd(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.ics")
	feed := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" +
		"BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20240214\r\nDTEND:20240215T000000Z\r\nEND:VEVENT\r\n" +
		"REFRESH-INTERVAL:PT1H\r\nEND:VCALENDAR\n"
	if err := os.WriteFile(bad, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runICS(t, time.Now(), "lint", bad)
	want := bad + ":1: VCALENDAR has no PRODID\n" +
		bad + ":3: VEVENT has no DTSTAMP\n" +
		bad + ":6: DTEND is a DATE-TIME but DTSTART is a DATE\n" +
		bad + ":8: REFRESH-INTERVAL without VALUE=DURATION (RFC 7986 requires it)\n" +
		bad + ":9: line ends in LF, not CRLF\n"
	if code != 1 || out != want || errOut != "tahapan: 5 problems in 1 file\n" {
		t.Errorf("exit %d\nstdout:\n%s\nwant:\n%s\nstderr %q", code, out, want, errOut)
	}

	out, _, code = runICS(t, time.Now(), "lint", "--output", "json", bad)
	var got []struct {
		File     string
		OK       bool
		Problems []struct {
			Line    int
			Message string
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 1 || len(got) != 1 || got[0].OK || len(got[0].Problems) != 5 || got[0].Problems[2].Line != 6 {
		t.Errorf("json: exit %d, %v, %+v", code, err, got)
	}

	_, errOut, code = runICS(t, time.Now(), "lint", filepath.Join(dir, "missing.ics"))
	if code != 2 || !strings.Contains(errOut, "missing.ics") {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut)
	}
	_, _, code = runICS(t, time.Now(), "lint")
	if code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
}

// TestICSYear checks that --year takes a calendar year only: 0 is not
// "this year" and a word is not a Go parse error.
func TestICSYear(t *testing.T) {
	for _, y := range []string{"0", "abc", "99999", "-2024"} {
		_, errOut, code := runCLI(t, "ics", "--feed", "holidays", "--year", y)
		if code != 2 || strings.Contains(errOut, "strconv") || strings.Count(strings.TrimSpace(errOut), "\n") > 0 ||
			!strings.Contains(errOut, "want a year from 1900 to 2200") {
			t.Errorf("ics --year %s: exit %d, %q", y, code, errOut)
		}
	}
	out, errOut, code := runCLI(t, "ics", "--feed", "holidays", "--year", "2024")
	// Voting day, 14 February 2024, was a day off (libur pemilu).
	if code != 0 || !strings.Contains(out, "DTSTART;VALUE=DATE:20240214") {
		t.Errorf("ics --year 2024: exit %d %s", code, errOut)
	}
}
