package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestIsDomain(t *testing.T) {
	// What isDomain stands for; compiled here, not at every start of tahapan.
	pattern := regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`)
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"kpu.go.id", true}, {"a", true}, {"0", true}, {"a-b.c", true}, {"a--b", true}, {"x1.y2.z3", true},
		{"", false}, {".", false}, {"a.", false}, {".a", false}, {"a..b", false}, {"-a", false}, {"a-", false},
		{"a.-b", false}, {"a-.b", false}, {"KPU.go.id", false}, {"kpu_go.id", false}, {"kpu.go.id ", false},
		{"kpü.id", false}, {"a\n", false}, {"a/b", false},
	} {
		if got := isDomain(tt.in); got != tt.want {
			t.Errorf("isDomain(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if re := pattern.MatchString(tt.in); re != tt.want {
			t.Errorf("pattern on %q = %v; the table is wrong", tt.in, re)
		}
	}
}

// maxInitAllocs bounds the allocations of each of our packages' start-up
// (package-level variables and init functions), which every command pays
// for before it runs: tables are laid out by the linker or built on first
// use, never parsed or compiled at start-up.
const maxInitAllocs = 20

// initLine is a line of GODEBUG=inittrace=1: "init PKG @T ms, C ms clock,
// B bytes, N allocs".
var initLine = regexp.MustCompile(`^init (\S+) @.* (\d+) bytes, (\d+) allocs$`)

// TestInitAllocs runs the built binary with GODEBUG=inittrace=1 and checks
// the allocations of each of our packages' initialisation. It measures
// allocations, not time, so it does not depend on the machine's load.
func TestInitAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "tahapan")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "--help")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("tahapan --help: %v\n%s", err, out)
	}
	var traced, ours int
	for _, l := range strings.Split(string(out), "\n") {
		m := initLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		traced++
		if m[1] != "main" && !strings.HasPrefix(m[1], "github.com/kalender-pemilu/tahapan/") {
			continue
		}
		ours++
		if n, _ := strconv.Atoi(m[3]); n > maxInitAllocs {
			t.Errorf("init of %s: %s allocations (%s bytes), want at most %d: build it on first use", m[1], m[3], m[2], maxInitAllocs)
		}
	}
	// A package whose initialisation does nothing is not traced at all, so
	// ours may be few; but the runtime's own packages always are.
	if traced < 10 {
		t.Fatalf("%d lines of inittrace, want many; output:\n%s", traced, out)
	}
	t.Logf("%d packages traced, %d of them ours", traced, ours)
}
