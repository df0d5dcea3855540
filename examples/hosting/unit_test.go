package hosting

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestUnit runs systemd-analyze verify on tahapan.service, its ExecStart
// pointed at a real static binary, and wants no word from it; then
// systemd-analyze security --offline=true must rate it 2.0 or better.
func TestUnit(t *testing.T) {
	sa := needTool(t, "systemd-analyze")
	bin := tahapanBin(t)
	unit := config(t, "tahapan.service",
		"\nExecStart=/usr/local/bin/tahapan serve ", "\nExecStart="+bin+" serve ")
	file := filepath.Join(t.TempDir(), "tahapan.service")
	if err := os.WriteFile(file, []byte(unit), 0o644); err != nil {
		t.Fatal(err)
	}

	out, err := exec.Command(sa, "verify", file).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}

	out, err = exec.Command(sa, "security", "--offline=true", "--no-pager", file).CombinedOutput()
	if err != nil {
		t.Fatalf("systemd-analyze security: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`Overall exposure level for tahapan\.service: (\d+\.\d+) (\w+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("systemd-analyze security printed no overall exposure level:\n%s", out)
	}
	level, _ := strconv.ParseFloat(string(m[1]), 64)
	if level > 2.0 || string(m[2]) != "OK" {
		t.Errorf("exposure %s %s, want 2.0 or less (OK):\n%s", m[1], m[2], out)
	}
	t.Logf("systemd-analyze security --offline=true: %s %s", m[1], m[2])

	// The settings the issue names are there, not only a good score.
	for _, want := range []string{"DynamicUser=yes", "ProtectSystem=strict", "NoNewPrivileges=yes",
		"RestrictAddressFamilies=AF_INET AF_INET6", "CapabilityBoundingSet=\n", "SystemCallFilter=@system-service"} {
		if !strings.Contains(unit, "\n"+want) {
			t.Errorf("tahapan.service lacks %q", strings.TrimSpace(want))
		}
	}
}
