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
	args := []string{"publish", "--out", out, "--base-url", "https://pemilu.example.org", "--schedule", "pemilu-2024", "--at", "2023-07-23"}
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
