package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestVersionShowsCommit builds the binary from this checkout with VCS
// stamping on and checks that "version" names the commit it was built
// from.
func TestVersionShowsCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "tahapan")
	build := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.TrimSpace(string(head))[:12]; !strings.Contains(string(out), want) {
		t.Errorf("version = %q, want the commit %s", out, want)
	}
}
