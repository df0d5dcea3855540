package ical_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The real-client tests parse our feeds with two independent parsers and
// compare what they read with what we wrote:
//
//   - ical.js, Mozilla's parser, as in Thunderbird: `npm install ical.js`
//     in a folder, and point TAHAPAN_ICALJS_DIR at that folder (the one
//     holding node_modules). The default is .ci/node at the module root.
//     node must be on PATH.
//   - Python's icalendar package: Debian's python3-icalendar. The test
//     uses $TAHAPAN_PYTHON, else the first of python3 and /usr/bin/python3
//     that can import icalendar.
//
// Locally a missing parser skips its test with a message that says how to
// install it. When the environment variable CI is set, it fails instead.

// repoRoot returns the module root, the folder holding go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = parent
	}
}

// missing skips the test, or fails it under CI.
func missing(t *testing.T, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") != "" {
		t.Fatalf("%s (CI is set, so this fails instead of skipping)", msg)
	}
	t.Skip(msg)
}

// A client runs one parser over a feed.
type client struct {
	name string
	cmd  func(t *testing.T) *exec.Cmd // nil: skipped
	// quirk returns what the parser is known to read, by a bug of its
	// own, for a TEXT value whose right reading is want; calendar marks
	// calendar-level properties (NAME, X-WR-CALNAME).
	quirk func(want string, calendar bool) string
}

// The known bugs of the parsers, measured, not ours:
//
// ical.js 2.2.1 does not know RFC 7986 NAME nor X-WR-CALNAME and X-WR-CALDESC
// (ICAL.design.icalendar.property has no entry for them), so it returns their
// raw, still escaped, text. Thunderbird names a subscription itself.
func icaljsQuirk(want string, calendar bool) string {
	if calendar {
		return escapeText(want)
	}
	return want
}

// Python icalendar 4.0.3 (Debian 12) reads a content line in three
// passes of chained replacements (parser.escape_string, then
// parser.unescape_string, then, for TEXT, parser.unescape_char), which
// drop the backslash of an escaped "\\" before n, ',' or ';', and turn a
// literal "%2C", "%3A", "%3B" or "%5C" into ',', ':', ';' or '\'. Its
// CATEGORIES reading then splits on every comma, even an escaped one
// (prop.vCategory.from_ical).
func pyQuirk(want string, _ bool) string {
	s := escapeText(want)
	for _, r := range [][2]string{
		{`\,`, "%2C"}, {`\:`, "%3A"}, {`\;`, "%3B"}, {`\\`, "%5C"}, // escape_string
		{"%2C", ","}, {"%3A", ":"}, {"%3B", ";"}, {"%5C", `\`}, // unescape_string
		{`\N`, `\n`}, {`\n`, "\n"}, {`\,`, ","}, {`\;`, ";"}, {`\\`, `\`}, // unescape_char
	} {
		s = strings.ReplaceAll(s, r[0], r[1]) // as Python's str.replace, one after another
	}
	return s
}

// escapeText is RFC 5545 TEXT escaping of a value without CR.
func escapeText(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`).Replace(s)
}

// sameText reports whether got is the right reading of want, or the
// parser's known misreading of it; the second is logged.
func (c client) sameText(t *testing.T, want, got string, calendar bool) bool {
	t.Helper()
	if got == want {
		return true
	}
	if got == c.quirk(want, calendar) {
		t.Logf("%s: known parser bug: reads %q as %q", c.name, want, got)
		return true
	}
	return false
}

// sameCategories is sameText for a list of CATEGORIES, one property each.
func (c client) sameCategories(t *testing.T, want, got []string) bool {
	t.Helper()
	if slices.Equal(want, got) {
		return true
	}
	if c.name == "python-icalendar" {
		var split []string
		for _, w := range want {
			split = append(split, strings.Split(c.quirk(w, false), ",")...)
		}
		if slices.Equal(split, got) {
			t.Logf("%s: known parser bug: reads CATEGORIES %q as %q", c.name, want, got)
			return true
		}
	}
	return false
}

func icaljs(t *testing.T) *exec.Cmd {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		missing(t, "ical.js test: node is not on PATH (apt-get install nodejs npm)")
		return nil
	}
	dir := os.Getenv("TAHAPAN_ICALJS_DIR")
	if dir == "" {
		dir = filepath.Join(repoRoot(t), ".ci", "node")
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "ical.js", "package.json")); err != nil {
		missing(t, "ical.js test: no %s/node_modules/ical.js: run `npm install ical.js` in %s, or set TAHAPAN_ICALJS_DIR to the folder holding node_modules", dir, dir)
		return nil
	}
	return exec.Command(node, filepath.Join("testdata", "clients", "icaljs.mjs"), dir)
}

func pyical(t *testing.T) *exec.Cmd {
	t.Helper()
	candidates := []string{"python3", "/usr/bin/python3"}
	if p := os.Getenv("TAHAPAN_PYTHON"); p != "" {
		candidates = []string{p}
	}
	for _, c := range candidates {
		path, err := exec.LookPath(c)
		if err != nil {
			continue
		}
		if exec.Command(path, "-c", "import icalendar").Run() == nil {
			return exec.Command(path, filepath.Join("testdata", "clients", "pyical.py"))
		}
	}
	missing(t, "python icalendar test: none of %v can import icalendar (apt-get install python3-icalendar, or set TAHAPAN_PYTHON)", candidates)
	return nil
}

var clients = []client{{"ical.js", icaljs, icaljsQuirk}, {"python-icalendar", pyical, pyQuirk}}

// read runs the client over feeds, in one process, and returns what it
// read from each. The parsers run in a zone far from Indonesia, so a time
// that lost its zone shows up as a wrong instant.
func (c client) read(t *testing.T, feeds ...[]byte) []feedRead {
	t.Helper()
	cmd := c.cmd(t)
	dir := t.TempDir()
	for i, feed := range feeds {
		name := filepath.Join(dir, fmt.Sprintf("feed%d.ics", i))
		if err := os.WriteFile(name, feed, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd.Args = append(cmd.Args, name)
	}
	cmd.Env = append(os.Environ(), "TZ=America/Los_Angeles", "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", c.name, err, stderr.Bytes())
	}
	var got []feedRead
	if err := json.Unmarshal(out, &got); err != nil || len(got) != len(feeds) {
		t.Fatalf("%s: %v (%d results for %d feeds)\n%.2000s", c.name, err, len(got), len(feeds), out)
	}
	for i := range got {
		for j := range got[i].Events {
			e := &got[i].Events[j]
			if e.Categories == nil {
				e.Categories = []string{}
			}
			if e.Alarms == nil {
				e.Alarms = []string{}
			}
		}
	}
	return got
}

// TestClients parses every kind of feed with ical.js and Python's
// icalendar and checks that they read the events we wrote: UID, summary,
// start and end against the schedule, and every other field against
// golang-ical's reading.
func TestClients(t *testing.T) {
	feeds := allFeeds(t)
	names := make([]string, 0, len(feeds))
	for n := range feeds {
		names = append(names, n)
	}
	sort.Strings(names)
	var data [][]byte
	for _, name := range names {
		data = append(data, feeds[name].data)
	}
	for _, c := range clients {
		t.Run(c.name, func(t *testing.T) {
			read := c.read(t, data...)
			for i, name := range names {
				feed := feeds[name]
				got := read[i]
				ref := readGo(t, feed.data)
				if got.Version != "2.0" || got.ProdID != ref.ProdID || got.Refresh != "PT12H" ||
					!c.sameText(t, ref.Name, got.Name, true) || !c.sameText(t, ref.CalName, got.CalName, true) {
					t.Errorf("%s: calendar properties %q %q %q %q %q", name, got.Version, got.ProdID, got.Name, got.CalName, got.Refresh)
				}
				if feed.want != nil {
					checkEvents(t, c.name+" "+name, got.Events, feed.want)
				}
				if len(got.Events) != len(ref.Events) {
					t.Errorf("%s: %s read %d events, golang-ical %d", name, c.name, len(got.Events), len(ref.Events))
					continue
				}
				for i := range got.Events {
					g, r := got.Events[i], ref.Events[i]
					if !c.sameText(t, r.Summary, g.Summary, false) || !c.sameText(t, r.Description, g.Description, false) ||
						!c.sameCategories(t, r.Categories, g.Categories) {
						t.Errorf("%s event %d: %s read\n%+v\ngolang-ical\n%+v", name, i, c.name, g, r)
					}
					g.Summary, g.Description, g.Categories = r.Summary, r.Description, r.Categories
					if !reflect.DeepEqual(g, r) {
						t.Errorf("%s event %d:\n%s: %+v\ngolang-ical: %+v", name, i, c.name, g, r)
					}
				}
			}
		})
	}
}

// TestClientsInjection reads the hostile names and notes of
// testdata/inject.yaml with both clients: each must come back as one
// value, unchanged but for line breaks (LF) and dropped control
// characters, in one event.
func TestClientsInjection(t *testing.T) {
	s := loadTestdata(t, "inject.yaml")
	feeds := allFeeds(t)
	for _, c := range clients {
		t.Run(c.name, func(t *testing.T) {
			read := c.read(t, feeds["inject"].data, feeds["inject-en"].data, feeds["holidays-inject"].data)
			checkInjection(t, c, s, "id", read[0])
			checkInjection(t, c, s, "en", read[1])
			checkHolidaysInjection(t, c, read[2])
		})
	}
}
