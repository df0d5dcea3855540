package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPublishCommand runs "tahapan publish" as a user would: with
// --precompress, again over its own output, over a folder of someone
// else's (refused, then replaced with --force).
func TestPublishCommand(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "public")
	args := []string{"publish", "--out-dir", out, "--base-url", "https://pemilu.example.org", "--schedule", "pemilu-2024", "--at", "2023-07-23"}
	stdout, stderr, code := runCLI(t, append(args, "--precompress")...)
	if code != 0 {
		t.Fatalf("publish --precompress: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "berkas ditulis ke "+out) {
		t.Errorf("stdout %q", stdout)
	}
	plain, err := os.ReadFile(filepath.Join(out, "pemilu-2024.ics"))
	if err != nil {
		t.Fatal(err)
	}
	gz, err := os.ReadFile(filepath.Join(out, "pemilu-2024.ics.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(zr); !bytes.Equal(got, plain) {
		t.Error("the .gz does not decompress to the feed")
	}
	if _, err := os.Stat(filepath.Join(out, "pemilu-2024.ics.br")); err != nil {
		t.Error(err)
	}
	// Again, without --precompress: the old .gz files go with the old site.
	if _, stderr, code := runCLI(t, args...); code != 0 {
		t.Fatalf("publishing again: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "pemilu-2024.ics.gz")); err == nil {
		t.Error("a .gz of the earlier publish is left")
	}
	// Someone else's folder.
	mine := filepath.Join(root, "mine")
	os.Mkdir(mine, 0o755)
	os.WriteFile(filepath.Join(mine, "notes.txt"), []byte("mine"), 0o644)
	args[2] = mine
	if _, stderr, code := runCLI(t, args...); code == 0 || !strings.Contains(stderr, "--force") {
		t.Errorf("publishing over a user's folder: exit %d, %q", code, stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(mine, "notes.txt")); string(b) != "mine" {
		t.Error("the user's file was changed")
	}
	if _, stderr, code := runCLI(t, append(args, "--force")...); code != 0 {
		t.Errorf("with --force: exit %d: %s", code, stderr)
	}
}

// TestPublishRegions runs "tahapan publish --regions" with codes and
// names, the new --out-dir and the old --out, and an ambiguous name.
func TestPublishRegions(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "public")
	base := []string{"publish", "--base-url", "https://pemilu.example.org", "--schedule", "all", "--at", "2024-02-13T23:30:00+07:00"}
	_, stderr, code := runCLI(t, append(base, "--out-dir", out, "--regions", "35.76,Kota Makassar,kota banda aceh")...)
	if code != 0 {
		t.Fatalf("publish --regions: exit %d: %s", code, stderr)
	}
	if strings.Contains(stderr, "deprecated") {
		t.Errorf("--out-dir warns: %q", stderr)
	}
	for _, name := range []string{"35.76/index.html", "73.71/en/index.html", "11.71/pemilu-2024.ics", "wilayah/index.html", "api/v1/regions.json",
		"73.71/api/v1/pemilu-2024/captions.json"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Error(err)
		}
	}
	page, _ := os.ReadFile(filepath.Join(out, "73.71/index.html"))
	if !strings.Contains(string(page), `<div class="label" id="label">H</div>`) || !strings.Contains(string(page), "KPU Kota Makassar") {
		t.Error("73.71 at 23:30 WIB is not H, or lacks its office")
	}
	aceh, _ := os.ReadFile(filepath.Join(out, "11.71/index.html"))
	if !strings.Contains(string(aceh), "KIP Kota Banda Aceh") {
		t.Error("11.71 lacks KIP Kota Banda Aceh")
	}
	if _, err := os.Stat(filepath.Join(out, "35.16")); err == nil {
		t.Error("a region not asked for was published")
	}
	// The old flag, as cron jobs and examples/hosting/publish.yml give it,
	// still works and says what to use.
	_, stderr, code = runCLI(t, append(base, "--out", out, "--regions", "35.76", "--precompress")...)
	if code != 0 || !strings.Contains(stderr, "--out has been deprecated, use --out-dir") {
		t.Errorf("--out: exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "35.76/index.html.br")); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat(filepath.Join(out, "73.71")); err == nil {
		t.Error("the earlier publish's 73.71 is left")
	}
	_, stderr, code = runCLI(t, append(base, "--out-dir", out, "--out", out+"x", "--regions", "35.76")...)
	if code != 2 || !strings.Contains(stderr, "--out-dir") {
		t.Errorf("--out and --out-dir differing: exit %d, %q", code, stderr)
	}
	_, stderr, code = runCLI(t, append(base, "--out-dir", out, "--regions", "mojokerto")...)
	if code != 2 || !strings.Contains(stderr, "35.16") || !strings.Contains(stderr, "35.76") {
		t.Errorf("--regions mojokerto: exit %d, %q", code, stderr)
	}
}
