package tahapan_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

const baseDoc = "id: base\nname: Base\nvoting_day: 2024-02-14\nstages:\n  - id: a\n    name: A\n    start: 2024-01-01\n    end: 2024-01-02\n"

// extending returns a schedule that extends name.
func extending(name string) string {
	return fmt.Sprintf("id: local\nname: Local\nextends: %q\nstages:\n  - id: b\n    name: B\n    start: a.end + 1d\n    end: a.end + 1d\n", name)
}

// writeFiles writes files (name → contents) under a new temporary folder
// and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestExtendsConfined checks that "extends:" stays in the extending
// file's folder unless AllowOutside is given.
func TestExtendsConfined(t *testing.T) {
	secret := "SECRET_TOKEN=hunter2-do-not-print\n"
	top := writeFiles(t, map[string]string{
		"outside/base.yaml":       baseDoc,
		"outside/.env":            secret,
		"in/base.yaml":            baseDoc,
		"in/sub/base.yaml":        baseDoc,
		"in/ok.yaml":              extending("base.yaml"),
		"in/ok-dot.yaml":          extending("./sub/../base.yaml"),
		"in/ok-sub.yaml":          extending("sub/base.yaml"),
		"in/up.yaml":              extending("../outside/base.yaml"),
		"in/env.yaml":             extending("../outside/.env"),
		"in/sub/up-in-tree.yaml":  extending("../base.yaml"),
		"in/link.yaml":            extending("link-to-outside.yaml"),
		"in/dir.yaml":             extending("sub"),
		"in/missing.yaml":         extending("nope.yaml"),
		"in/cycle-a.yaml":         extending("cycle-b.yaml"),
		"in/cycle-b.yaml":         extending("cycle-a.yaml"),
		"in/passwd-absolute.yaml": extending("/etc/passwd"),
		"in/zero.yaml":            extending("/dev/zero"),
	})
	in := filepath.Join(top, "in")
	if err := os.Symlink(filepath.Join(top, "outside", "base.yaml"), filepath.Join(in, "link-to-outside.yaml")); err != nil {
		t.Fatal(err)
	}
	abs := filepath.Join(top, "outside", "base.yaml")
	if err := os.WriteFile(filepath.Join(in, "absolute.yaml"), []byte(extending(abs)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file    string
		outside bool
		want    string // "" for success; else a part of the error
		is      error  // the error wrapped, if any
	}{
		{"ok.yaml", false, "", nil},
		{"ok-dot.yaml", false, "", nil},
		{"ok-sub.yaml", false, "", nil},
		{"up.yaml", false, `:3:10: extends: cannot load "../outside/base.yaml": outside the folder of the extending file`, tahapan.ErrOutside},
		{"up.yaml", true, "", nil},
		{"env.yaml", false, `extends: cannot load "../outside/.env": outside the folder`, tahapan.ErrOutside},
		{"env.yaml", true, "not a schedule: want a mapping with id:, name:, stages: and so on, got plain text", nil},
		{"sub/up-in-tree.yaml", false, `extends: cannot load "../base.yaml": outside the folder`, tahapan.ErrOutside},
		{"absolute.yaml", false, "outside the folder of the extending file", tahapan.ErrOutside},
		{"absolute.yaml", true, "", nil},
		{"passwd-absolute.yaml", false, `extends: cannot load "/etc/passwd": outside the folder`, tahapan.ErrOutside},
		{"link.yaml", false, `extends: cannot load "link-to-outside.yaml": path escapes from parent`, nil},
		{"link.yaml", true, "", nil},
		{"dir.yaml", false, `extends: cannot load "sub": not a regular file`, nil},
		{"zero.yaml", true, `extends: cannot load "/dev/zero": not a regular file`, nil},
		{"missing.yaml", false, `extends: cannot load "nope.yaml": no such file or directory`, nil},
		{"cycle-a.yaml", false, "a cycle of extends: " + filepath.Join(in, "cycle-a.yaml") + " → " +
			filepath.Join(in, "cycle-b.yaml") + " → " + filepath.Join(in, "cycle-a.yaml"), nil},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%s outside=%v", tt.file, tt.outside)
		s, err := tahapan.LoadFile(filepath.Join(in, tt.file), tahapan.AllowOutside(tt.outside))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", name, err)
		case tt.want == "":
			if b, _ := s.Stage("b"); b == nil || b.Start != d(2024, 1, 3) {
				t.Errorf("%s: stage b is not the day after a", name)
			}
		case err == nil || !strings.Contains(err.Error(), tt.want):
			t.Errorf("%s: error %v, want one containing %q", name, err, tt.want)
		case tt.is != nil && !errors.Is(err, tt.is):
			t.Errorf("%s: error %v does not wrap %v", name, err, tt.is)
		}
		if err != nil && (strings.Contains(err.Error(), "hunter2") || strings.Contains(err.Error(), "root:")) {
			t.Errorf("%s: error quotes a file it read: %v", name, err)
		}
	}
}

// TestExtendsConfinedFS is TestExtendsConfined for LoadFS.
func TestExtendsConfinedFS(t *testing.T) {
	fsys := fstest.MapFS{
		"base.yaml":        {Data: []byte(baseDoc)},
		"dir/up.yaml":      {Data: []byte(extending("../base.yaml"))},
		"dir/sub/x.yaml":   {Data: []byte(extending("../../base.yaml"))},
		"dir/ok.yaml":      {Data: []byte(extending("../dir/ok2.yaml"))},
		"dir/ok2.yaml":     {Data: []byte(baseDoc)},
		"dir/rooted.yaml":  {Data: []byte(extending("/base.yaml"))},
		"dir/folder.yaml":  {Data: []byte(extending("sub"))},
		"dir/nothing.yaml": {Data: []byte(extending("nothing"))},
	}
	for _, tt := range []struct {
		file    string
		outside bool
		want    string
	}{
		{"dir/up.yaml", false, "outside the folder"},
		{"dir/up.yaml", true, ""},
		{"dir/sub/x.yaml", true, ""},
		{"dir/ok.yaml", false, "outside the folder"}, // ".." even when it comes back
		{"dir/rooted.yaml", false, "outside the folder"},
		{"dir/folder.yaml", false, "not a regular file"},
		{"dir/nothing.yaml", false, "file does not exist"},
	} {
		_, err := tahapan.LoadFS(fsys, tt.file, tahapan.AllowOutside(tt.outside))
		if (tt.want == "" && err != nil) || (tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want))) {
			t.Errorf("%s outside=%v: error %v, want %q", tt.file, tt.outside, err, tt.want)
		}
	}
}

// TestResolverNotResolved checks that a resolver can pass a name on to
// the file loader, and that with Load, which opens no files, the name
// stays unresolved.
func TestResolverNotResolved(t *testing.T) {
	dir := writeFiles(t, map[string]string{"base.yaml": baseDoc, "local.yaml": extending("base.yaml")})
	var asked []string
	resolve := func(name string) (*tahapan.Schedule, error) {
		asked = append(asked, name)
		return nil, fmt.Errorf("no embedded schedule %q: %w", name, tahapan.ErrNotResolved)
	}
	if _, err := tahapan.LoadFile(filepath.Join(dir, "local.yaml"), tahapan.WithResolver(resolve)); err != nil {
		t.Fatal(err)
	}
	if len(asked) != 1 || asked[0] != "base.yaml" {
		t.Errorf("resolver asked for %q", asked)
	}
	_, err := tahapan.Load(strings.NewReader(extending("base.yaml")), "up.yaml", tahapan.WithResolver(resolve))
	if want := `up.yaml:3:10: extends: cannot load "base.yaml": no embedded schedule "base.yaml": not resolved`; err == nil || tahapan.Errors(err)[0].Error() != want {
		t.Errorf("Load: error %v, want %s", err, want)
	}
}

// TestSizeCap checks that a schedule larger than MaxScheduleSize, alone or
// with what it extends, is refused without being read whole, and that the
// error is short.
func TestSizeCap(t *testing.T) {
	big := "id: big\nname: \"" + strings.Repeat("a", tahapan.MaxScheduleSize) + "\"\nvoting_day: 2024-02-14\nstages: []\n"
	half := "id: half\nname: \"" + strings.Repeat("a", tahapan.MaxScheduleSize/2) + "\"\nvoting_day: 2024-02-14\nstages: []\n"
	dir := writeFiles(t, map[string]string{
		"big.yaml":    big,
		"half.yaml":   half,
		"half2.yaml":  strings.Replace(half, "id: half\n", "id: half2\nextends: half.yaml\n", 1),
		"extend.yaml": extending("big.yaml"),
	})
	check := func(name string, err error) {
		t.Helper()
		if !errors.Is(err, tahapan.ErrTooLarge) {
			t.Errorf("%s: error %v, want ErrTooLarge", name, err)
		} else if e := tahapan.Errors(err)[0].Error(); len(e) > 200 {
			t.Errorf("%s: error of %d bytes: %s", name, len(e), e)
		}
	}
	_, err := tahapan.LoadFile(filepath.Join(dir, "big.yaml"))
	check("LoadFile", err)
	_, err = tahapan.Load(strings.NewReader(big), "big.yaml")
	check("Load", err)
	_, err = tahapan.LoadFS(fstest.MapFS{"big.yaml": {Data: []byte(big)}}, "big.yaml")
	check("LoadFS", err)
	_, err = tahapan.LoadFile(filepath.Join(dir, "extend.yaml"))
	check("extends", err)
	// Each half fits; together they do not.
	if _, err := tahapan.LoadFile(filepath.Join(dir, "half.yaml")); err != nil {
		t.Errorf("half: %v", err)
	}
	_, err = tahapan.LoadFile(filepath.Join(dir, "half2.yaml"))
	check("half2 extends half", err)
}

// TestNoControlCharacters checks that text shown to people may not hold
// control characters, and that the error says where and which.
func TestNoControlCharacters(t *testing.T) {
	doc := func(field, value string) string {
		doc := "id: x\nname: X\nvoting_day: 2024-02-14\nstages:\n  - id: a\n    start: 2024-01-01\n    end: 2024-01-02\n"
		if field != "name" {
			doc += "    name: A\n"
		}
		return doc + fmt.Sprintf("    %s: %s\n", field, value)
	}
	tests := []struct {
		field, value, want string // want "" when valid
	}{
		{"name", `"\e[2J"`, `x.yaml:8:11: stage "a": name: character 1 is U+001B, a control character: text may not hold it`},
		{"name_en", `"bell\a"`, `x.yaml:9:14: stage "a": name_en: character 5 is U+0007, a control character`},
		{"name", `"a\0b"`, `character 2 is U+0000, a control character`},
		{"name", `"two\nlines"`, `character 4 is U+000A, a control character`},
		{"name", `"tab\there"`, `character 4 is U+0009, a control character`},
		{"name", `"del\x7f"`, `character 4 is U+007F, a control character`},
		{"name", `"csi\u009b2J"`, `character 4 is U+009B, a control character`},
		{"name", `"next\N"`, `character 5 is U+0085, a control character`},
		{"name", "abc\u202edcb", `character 4 is U+202E, a bidirectional control`},
		{"name", `"\u202a"`, `U+202A, a bidirectional control`},
		{"name", `"\u2066x\u2069"`, `character 1 is U+2066, a bidirectional control`},
		{"name", `"\u2069"`, `U+2069, a bidirectional control`},
		{"name", `"\u200f rlm mark is fine"`, ""},
		{"name", `"Pemilu café – 2024"`, ""},
		{"legal_basis", `"\e"`, `legal_basis: character 1 is U+001B`},
		{"location", `"\e"`, `location: character 1 is U+001B`},
		{"tags", `["ok", "\e"]`, `x.yaml:9:18: stage "a": tags: character 1 is U+001B`},
		{"sources", `["\e"]`, `sources: character 1 is U+001B`},
		{"note", `"two\nlines\tand a tab"`, ""},
		{"note", `"\e[31m"`, `note: character 1 is U+001B`},
		{"edukasi", "|\n      line one\n      line two", ""},
		{"edukasi", `"\r"`, `edukasi: character 1 is U+000D`},
	}
	for _, tt := range tests {
		_, err := tahapan.Load(strings.NewReader(doc(tt.field, tt.value)), "x.yaml")
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %s: %v", tt.field, tt.value, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: %s: error %v, want one containing %q", tt.field, tt.value, err, tt.want)
		}
		if err != nil && strings.ContainsAny(err.Error(), "\x1b\a\x00\x7f\u009b\u202e") {
			t.Errorf("%s: %s: the error holds the character raw: %q", tt.field, tt.value, err)
		}
	}
	// The schedule's own header too.
	_, err := tahapan.Load(strings.NewReader("id: x\nname: \"\\e]0;title\\a\"\nvoting_day: 2024-02-14\nstages: []\n"), "x.yaml")
	if want := "x.yaml:2:7: name: character 1 is U+001B, a control character: text may not hold it"; err == nil || err.Error() != want {
		t.Errorf("header name: %v, want %s", err, want)
	}
}

// TestShortQuotes checks that an error quotes a short prefix of a value,
// never the whole of a long one.
func TestShortQuotes(t *testing.T) {
	long := strings.Repeat("x", 100000)
	docs := map[string]string{
		"unknown field": "id: x\nname: X\nvoting_day: 2024-02-14\nstages: []\n" + long + ": 1\n",
		"bad id":        "id: " + long + "X\nname: X\nvoting_day: 2024-02-14\nstages: []\n",
		"bad kind":      "id: x\nname: X\nkind: " + long + "\nvoting_day: 2024-02-14\nstages: []\n",
		"bad date":      "id: x\nname: X\nvoting_day: " + long + "\nstages: []\n",
		"bad clock":     "id: x\nname: X\nvoting_day: 2024-02-14\npolling_hours: {open: \"" + long + "\"}\nstages: []\n",
		"bad zone":      "id: x\nname: X\nvoting_day: 2024-02-14\ntime_zone: " + long + "\nstages: []\n",
		"bad rule":      "id: x\nname: X\nvoting_day: 2024-02-14\nstages:\n  - id: a\n    name: A\n    start: H-" + long + "\n    end: H\n",
		"unknown ref":   "id: x\nname: X\nvoting_day: 2024-02-14\nstages:\n  - id: a\n    name: A\n    start: " + long + ".start\n    end: H\n",
		"list as date":  "id: x\nname: X\nvoting_day: [\"" + long + "\"]\nstages: []\n",
		"extends":       "id: x\nname: X\nextends: " + long + "\n",
		"whole file":    long + "\n",
	}
	for name, doc := range docs {
		_, err := tahapan.Load(strings.NewReader(doc), "x.yaml")
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if n := len(err.Error()); n > 400 || strings.Contains(err.Error(), long[:200]) {
			t.Errorf("%s: error of %d bytes: %.300s", name, n, err)
		}
	}
}

// TestMaxErrors checks that a file with very many problems reports the
// first MaxErrors and a count of the rest.
func TestMaxErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("id: x\nname: X\nvoting_day: 2024-02-14\nstages:\n")
	for i := range 500 {
		fmt.Fprintf(&b, "  - id: s%d\n    name: S\n    start: 2024-01-02\n    end: 2024-01-01\n", i)
	}
	_, err := tahapan.Load(strings.NewReader(b.String()), "x.yaml")
	errs := tahapan.Errors(err)
	if len(errs) != tahapan.MaxErrors+1 {
		t.Fatalf("%d errors, want %d and a count", len(errs), tahapan.MaxErrors)
	}
	if got, want := errs[0].Error(), `x.yaml:8:10: stage "s0": end 2024-01-01 is before start 2024-01-02`; got != want {
		t.Errorf("first error %q, want %q", got, want)
	}
	if got, want := errs[tahapan.MaxErrors].Error(), "x.yaml: … and 400 more problems (only the first 100 are listed)"; got != want {
		t.Errorf("last error %q, want %q", got, want)
	}
}

// TestCycleReport checks that a rule cycle is reported once, naming its
// first steps and counting the rest.
func TestCycleReport(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{
		{2, `x.yaml:7:12: stage "s0": rule "s1.start + 1d" is part of a cycle: s0.start → s1.start → s0.start`},
		{6, `x.yaml:7:12: stage "s0": rule "s1.start + 1d" is part of a cycle: s0.start → s1.start → s2.start → s3.start → s4.start → s5.start → s0.start`},
		{7, `x.yaml:7:12: stage "s0": rule "s1.start + 1d" is part of a cycle: s0.start → s1.start → s2.start → s3.start → s4.start → s5.start → … (1 more) → s0.start`},
		{40000, `x.yaml:7:12: stage "s0": rule "s1.start + 1d" is part of a cycle: s0.start → s1.start → s2.start → s3.start → s4.start → s5.start → … (39994 more) → s0.start`},
	} {
		var b bytes.Buffer
		b.WriteString("id: cyc\nname: Cycle\nvoting_day: 2024-02-14\nstages:\n")
		for i := range tt.n {
			fmt.Fprintf(&b, "  - id: s%d\n    name: S%d\n    start: s%d.start + 1d\n    end: 2024-01-01\n", i, i, (i+1)%tt.n)
		}
		start := time.Now()
		_, err := tahapan.Load(&b, "x.yaml")
		if err == nil || err.Error() != tt.want {
			t.Errorf("%d stages: error %v\nwant %s", tt.n, err, tt.want)
		}
		// 40k stages once took 14 s; now about 1 s of CPU. The bound
		// leaves room for a busy machine.
		if d := time.Since(start); d > 10*time.Second && !raceEnabled {
			t.Errorf("%d stages took %v", tt.n, d)
		}
	}
}
