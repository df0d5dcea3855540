package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var fixedNow = func() time.Time { return time.Date(2023, 7, 23, 9, 0, 0, 0, wib) }

// failWriter fails every write, like stdout on a full disk.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestWriteErrors checks that a command whose output cannot be written
// exits 1 and says so, whether or not the command itself noticed.
func TestWriteErrors(t *testing.T) {
	feed := filepath.Join(t.TempDir(), "ok.ics")
	if _, errOut, code := runCLI(t, "ics", "--schedule", "pemilu-2024", "--key", "--out", feed); code != 0 {
		t.Fatal(errOut)
	}
	for _, args := range [][]string{
		{"countdown", "--schedule", "pemilu-2024"},
		{"countdown", "--schedule", "pemilu-2024", "-o", "json"},
		{"validate", "../../tahapan/testdata/valid/mini.yaml"},
		{"validate", "-o", "json", "../../tahapan/testdata/valid/mini.yaml"},
		{"lint", feed},
		{"stages", "--schedule", "pemilu-2024"},
		{"ics", "--schedule", "pemilu-2024"},
		{"holidays", "--year", "2024"},
		{"explain", "masa-tenang", "--schedule", "pemilu-2024"},
	} {
		var errb bytes.Buffer
		code := runChecked(args, failWriter{}, &errb, fixedNow)
		if code != exitError || !strings.Contains(errb.String(), "no space left on device") {
			t.Errorf("%v: exit %d, stderr %q; want exit 1 and the write error", args, code, errb.String())
		}
		// Each problem is said once.
		if n := strings.Count(errb.String(), "no space left"); n != 1 {
			t.Errorf("%v: the write error is printed %d times: %q", args, n, errb.String())
		}
	}
	// A good writer changes nothing.
	var out, errb bytes.Buffer
	if code := runChecked([]string{"countdown", "--schedule", "pemilu-2024"}, &out, &errb, fixedNow); code != 0 || out.Len() == 0 {
		t.Errorf("countdown: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
	// An error of the command keeps its exit code.
	if code := runChecked([]string{"countdown", "--schedule", "pemilu-1955"}, failWriter{}, &errb, fixedNow); code != exitInput {
		t.Errorf("bad --schedule with a failing stdout: exit %d, want 2", code)
	}
}

// TestWriteDevFull runs countdown with /dev/full as stdout.
func TestWriteDevFull(t *testing.T) {
	f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full:", err)
	}
	defer f.Close()
	var errb bytes.Buffer
	if code := runChecked([]string{"countdown", "--schedule", "pemilu-2024"}, f, &errb, fixedNow); code != 1 ||
		!strings.Contains(errb.String(), "tahapan: writing the output: write /dev/full: no space left on device") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

// TestWriteAtomic checks the rules for files written with --out.
func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.ics")
	read := func(p string) string {
		data, err := os.ReadFile(p)
		if err != nil {
			return "<" + err.Error() + ">"
		}
		return string(data)
	}
	entries := func() int { e, _ := os.ReadDir(dir); return len(e) }

	if err := writeFileAtomic(path, []byte("one"), false); err != nil || read(path) != "one" {
		t.Fatalf("new file: %v, %q", err, read(path))
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", fi.Mode())
	}
	err := writeFileAtomic(path, []byte("two"), false)
	if !errors.Is(err, errExists) || err.Error() != path+" exists: not replacing it without --force" || read(path) != "one" {
		t.Errorf("existing file without force: %v, %q", err, read(path))
	}
	if err := writeFileAtomic(path, []byte("two"), true); err != nil || read(path) != "two" {
		t.Errorf("existing file with force: %v, %q", err, read(path))
	}

	// A failed write leaves the old file and no temporary file.
	err = writeAtomic(path, true, func(w io.Writer) error {
		io.WriteString(w, "half a fe")
		return errors.New("no space left on device")
	})
	if err == nil || err.Error() != "cannot write "+path+": no space left on device" || read(path) != "two" || entries() != 1 {
		t.Errorf("failed write: %v, %q, %d files", err, read(path), entries())
	}

	// A symbolic link at path is replaced, never written through, and
	// without --force not even replaced; a dangling one likewise.
	target := filepath.Join(t.TempDir(), "target")
	os.WriteFile(target, []byte("precious"), 0o644)
	link := filepath.Join(dir, "link.ics")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(link, []byte("new"), false); !errors.Is(err, errExists) {
		t.Errorf("link without force: %v", err)
	}
	if err := writeFileAtomic(link, []byte("new"), true); err != nil {
		t.Errorf("link with force: %v", err)
	}
	if fi, _ := os.Lstat(link); read(target) != "precious" || read(link) != "new" || fi.Mode()&os.ModeSymlink != 0 {
		t.Errorf("target %q, link %q (%v): the link was followed", read(target), read(link), fi.Mode())
	}
	dangling := filepath.Join(dir, "dangling.ics")
	missing := filepath.Join(t.TempDir(), "missing")
	os.Symlink(missing, dangling)
	if err := writeFileAtomic(dangling, []byte("new"), false); !errors.Is(err, errExists) {
		t.Errorf("dangling link without force: %v", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a file was created through a dangling link")
	}

	// A missing folder is named; the temporary file is not.
	err = writeFileAtomic(filepath.Join(dir, "no", "such", "x.ics"), []byte("x"), false)
	if want := "cannot write " + filepath.Join(dir, "no", "such", "x.ics") + ": the folder " + filepath.Join(dir, "no", "such") + " does not exist"; err == nil || err.Error() != want {
		t.Errorf("missing folder: %v, want %s", err, want)
	}
	if err := writeFileAtomic(filepath.Join(path, "x.ics"), []byte("x"), false); err == nil || !strings.Contains(err.Error(), "is not a folder") {
		t.Errorf("file as folder: %v", err)
	}
	if err := writeFileAtomic(dir, []byte("x"), true); err == nil || !strings.Contains(err.Error(), "it is a folder") {
		t.Errorf("folder as file: %v", err)
	}
	if n := entries(); n != 3 { // feed.ics, link.ics, dangling.ics
		t.Errorf("%d files in the folder, want 3", n)
	}
}

// TestDraftOut checks that draft --out never replaces a file without
// --force, even when the draft is invalid, and that the file is complete.
func TestDraftOut(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pemilu-2029.yaml")
	os.WriteFile(path, []byte("my edits\n"), 0o644)
	for _, vd := range []string{"2029-02-14", "2200-12-01"} { // valid, and invalid (rules run past 2200)
		_, errOut, code := runCLI(t, "draft", "--from", "pemilu-2024", "--voting-day", vd, "--out", path)
		data, _ := os.ReadFile(path)
		if code == 0 || string(data) != "my edits\n" || !strings.Contains(errOut, "exists: not replacing it without --force") {
			t.Errorf("draft %s over a file: exit %d, stderr %q, file %.40q", vd, code, errOut, data)
		}
	}
	_, errOut, code := runCLI(t, "draft", "--from", "pemilu-2024", "--voting-day", "2029-02-14", "--out", path, "--force")
	if out, _, vcode := runCLI(t, "validate", path); code != 0 || vcode != 0 {
		t.Errorf("draft --force: exit %d %s; validate: exit %d %s", code, errOut, vcode, out)
	}
	// An invalid draft is still written, for editing, and its problems
	// are reported in it.
	bad := filepath.Join(dir, "bad.yaml")
	_, errOut, code = runCLI(t, "draft", "--from", "pemilu-2024", "--voting-day", "2200-12-01", "--out", bad)
	if _, err := os.Stat(bad); code != 2 || err != nil || !strings.Contains(errOut, bad+":") {
		t.Errorf("invalid draft: exit %d, %v, stderr %.200q", code, err, errOut)
	}
}

// TestHostileSchedules runs validate and the listing commands on
// schedules made to leak files, exhaust memory or write to the terminal.
func TestHostileSchedules(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	passwd := write("passwd.yaml", "id: x\nname: X\nextends: /etc/passwd\n")
	zero := write("zero.yaml", "id: x\nname: X\nextends: /dev/zero\n")
	esc := write("esc.yaml", "id: x\nname: \"\\e[2Jboom\\a\"\nvoting_day: 2024-02-14\nstages:\n  - id: a\n    name: \"\\e[31mred \\u202eevil\"\n    start: 2024-01-01\n    end: 2024-01-02\n")
	big := write("big.yaml", "id: big\nname: \""+strings.Repeat("a", 30<<20)+"\"\nvoting_day: 2024-02-14\nstages: []\n")

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"validate", passwd}, `passwd.yaml:3:10: extends: cannot load "/etc/passwd": outside the folder of the extending file`},
		{[]string{"validate", "--allow-outside", passwd}, "/etc/passwd:1:1: not a schedule"},
		{[]string{"validate", zero}, "outside the folder"},
		{[]string{"validate", "--allow-outside", zero}, `extends: cannot load "/dev/zero": not a regular file`},
		{[]string{"validate", "-o", "json", esc}, "character 1 is U+001B, a control character"},
		{[]string{"stages", "--schedule", esc}, `esc.yaml:2:7: name: character 1 is U+001B, a control character: text may not hold it`},
		{[]string{"countdown", "--schedule", esc}, `esc.yaml:6:11: stage "a": name: character 1 is U+001B`},
		{[]string{"validate", big}, "larger than 10 MB"},
		{[]string{"countdown", "--schedule", "/dev/zero"}, "--schedule: read /dev/zero: larger than 10 MB"},
	} {
		start := time.Now()
		out, errOut, code := runCLI(t, tt.args...)
		if code != 2 || !strings.Contains(out+errOut, tt.want) {
			t.Errorf("%v: exit %d, output %.300q; want exit 2 and %q", tt.args, code, out+errOut, tt.want)
		}
		if strings.Contains(out+errOut, "root:") || strings.ContainsAny(out+errOut, "\x1b\a\u202e") {
			t.Errorf("%v: the output holds a line of /etc/passwd or a control character: %q", tt.args, out+errOut)
		}
		if n := len(out + errOut); n > 4096 {
			t.Errorf("%v: %d bytes of output", tt.args, n)
		}
		if d := time.Since(start); d > 5*time.Second { // /dev/zero once ran until memory ran out
			t.Errorf("%v took %v", tt.args, d)
		}
	}
}

// TestLintHostile checks lint's caps through the CLI: 1000 problems listed
// and the rest counted, and a feed over 10 MB refused.
func TestLintHostile(t *testing.T) {
	dir := t.TempDir()
	pairs := filepath.Join(dir, "pairs.ics")
	os.WriteFile(pairs, []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"+strings.Repeat("BEGIN:X\r\n", 80000)+
		strings.Repeat("END:Y\r\n", 80000)+"END:VCALENDAR\r\n"), 0o644)
	out, errOut, code := runCLI(t, "lint", pairs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 1 || len(lines) != 1001 || errOut != "tahapan: 160000 problems in 1 file\n" ||
		lines[1000] != pairs+": … and 159000 more problems (only the first 1000 are listed)" {
		t.Errorf("exit %d, %d lines, last %q, stderr %q", code, len(lines), lines[len(lines)-1], errOut)
	}
	big := filepath.Join(dir, "big.ics")
	os.WriteFile(big, bytes.Repeat([]byte("X"), 10<<20+1), 0o644)
	if out, errOut, code := runCLI(t, "lint", big); code != 2 || out != "" || errOut != "tahapan: "+big+": larger than 10 MB, the most a feed may be\n" {
		t.Errorf("big: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
