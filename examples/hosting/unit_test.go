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

// TestUnits runs systemd-analyze verify on tahapan.service and on the
// publish timer and its service, their ExecStart pointed at a real binary,
// and wants no word from it; then systemd-analyze security --offline=true
// must rate each service 2.0 or better, and the timer must fire at 00:05
// WIB.
func TestUnits(t *testing.T) {
	sa := needTool(t, "systemd-analyze")
	bin := tahapanBin(t)
	dir := t.TempDir()
	write := func(name string, repl ...string) (string, string) {
		unit := config(t, name, repl...)
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, []byte(unit), 0o644); err != nil {
			t.Fatal(err)
		}
		return unit, file
	}
	serve, serveFile := write("tahapan.service", "\nExecStart=/usr/local/bin/tahapan serve ", "\nExecStart="+bin+" serve ")
	publish, publishFile := write("tahapan-publish.service", "\nExecStart=/usr/local/bin/tahapan publish ", "\nExecStart="+bin+" publish ")
	_, timerFile := write("tahapan-publish.timer")

	out, err := exec.Command(sa, "verify", serveFile, publishFile, timerFile).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}

	for _, file := range []string{serveFile, publishFile} {
		name := filepath.Base(file)
		out, err := exec.Command(sa, "security", "--offline=true", "--no-pager", file).CombinedOutput()
		if err != nil {
			t.Fatalf("systemd-analyze security %s: %v\n%s", name, err, out)
		}
		m := regexp.MustCompile(`Overall exposure level for ` + regexp.QuoteMeta(name) + `: (\d+\.\d+) (\w+)`).FindSubmatch(out)
		if m == nil {
			t.Fatalf("systemd-analyze security printed no overall exposure level for %s:\n%s", name, out)
		}
		level, _ := strconv.ParseFloat(string(m[1]), 64)
		if level > 2.0 || (string(m[2]) != "OK" && string(m[2]) != "SAFE") {
			t.Errorf("%s: exposure %s %s, want 2.0 or less:\n%s", name, m[1], m[2], out)
		}
		t.Logf("systemd-analyze security --offline=true %s: %s %s", name, m[1], m[2])
	}

	// The settings the issue names are there, not only a good score.
	for _, want := range []string{"DynamicUser=yes", "ProtectSystem=strict", "NoNewPrivileges=yes",
		"RestrictAddressFamilies=AF_INET AF_INET6", "CapabilityBoundingSet=\n", "SystemCallFilter=@system-service"} {
		if !strings.Contains(serve, "\n"+want) {
			t.Errorf("tahapan.service lacks %q", strings.TrimSpace(want))
		}
	}
	for _, want := range []string{"--precompress --out-dir /srv/tahapan/public ", "ReadWritePaths=/srv/tahapan\n", "PrivateNetwork=yes"} {
		if !strings.Contains(publish, want) {
			t.Errorf("tahapan-publish.service lacks %q", strings.TrimSpace(want))
		}
	}

	// 00:05 WIB (UTC+7) on 13 February 2024 is 17:05 UTC.
	b, _ := os.ReadFile(timerFile)
	on := regexp.MustCompile(`(?m)^OnCalendar=(.+)$`).FindSubmatch(b)
	if on == nil {
		t.Fatal("tahapan-publish.timer has no OnCalendar=")
	}
	cal := exec.Command(sa, "calendar", "--base-time=2024-02-13 12:00:00 UTC", string(on[1]))
	cal.Env = append(os.Environ(), "TZ=UTC")
	out, err = cal.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Next elapse: Tue 2024-02-13 17:05:00 UTC") {
		t.Errorf("systemd-analyze calendar %q from 2024-02-13 12:00 UTC: %v\n%s\nwant the next elapse at 17:05 UTC", on[1], err, out)
	}
}
