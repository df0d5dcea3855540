package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium returns the path of a Chromium binary, or skips the test when
// there is none (CI installs Debian's chromium, so there it must exist).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set but Chromium is missing: .ci/run must install Debian's chromium")
	}
	t.Skip("Chromium is not installed (apt-get install chromium); skipping the browser test")
	return ""
}

// startServe builds the tahapan binary and starts a real "tahapan serve"
// on a free loopback port. It returns the base URL.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "tahapan")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, append([]string{"serve", "--addr", "127.0.0.1:0", "--quiet"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); cmd.Wait() })
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
	}()
	select {
	case line := <-lines:
		m := regexp.MustCompile(`http://[0-9.:]+`).FindString(line)
		if m == "" {
			t.Fatalf("serve said %q", line)
		}
		return m
	case <-time.After(30 * time.Second):
		t.Fatal("tahapan serve did not start")
	}
	return ""
}

// TestBrowser loads the countdown page of a real server in headless
// Chromium with a frozen clock and checks what a visitor sees, after the
// page's script has run.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	browser := chromium(t)
	base := startServe(t, "--schedule", "pemilu-2024", "--at", "2023-07-23T09:00:00+07:00")
	profile := t.TempDir()
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--disable-quic", "--user-data-dir=" + profile,
		"--virtual-time-budget=3000", "--window-size=412,900"}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, browser, append(flags, "--dump-dom", base+"/")...).Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	dom := string(out)
	for _, want := range []string{
		`<div class="label" id="label">H-206</div>`,
		"Pemungutan Suara Pemilu Serentak 2024",
		"Rabu, 14 Februari 2024",
		`href="webcal://127.0.0.1:`,
		"https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2F127.0.0.1",
		"/pemilu-2024.ics",
		"hari ke-91 dari 216",
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("the rendered page lacks %q", want)
		}
	}
	// The script replaced the server's "… menit" with a ticking "… detik",
	// counted from the server's frozen clock, not the browser's.
	if !regexp.MustCompile(`>205 hari 2[0-2] jam \d+ menit \d+ detik<`).MatchString(dom) {
		t.Errorf("the live countdown did not run:\n%s", dom[:min(len(dom), 3000)])
	}
	if shot := os.Getenv("TAHAPAN_SCREENSHOT"); shot != "" {
		exec.CommandContext(ctx, browser, append(flags, "--screenshot="+shot, base+"/")...).Run()
	}
}
