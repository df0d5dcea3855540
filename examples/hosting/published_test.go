package hosting

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// TestPublished checks the folder the servers are given, with no tool but
// tahapan: every feed passes tahapan lint, as publish.yml demands before a
// deploy, and every text file has a .gz and a .br sibling that decompress
// to its exact bytes.
func TestPublished(t *testing.T) {
	s := published(t)
	files := s.files(t)
	var feeds []string
	checked, texts := 0, 0
	for _, rel := range files {
		file := filepath.Join(s.dir, filepath.FromSlash(rel))
		if strings.HasSuffix(rel, ".ics") {
			feeds = append(feeds, file)
		}
		if !textExt[filepath.Ext(rel)] {
			continue
		}
		texts++
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		gz, err := os.ReadFile(file + ".gz")
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Errorf("%s.gz: %v", rel, err)
			continue
		}
		if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s.gz does not decompress to %s (%v)", rel, rel, err)
		}
		br, err := os.ReadFile(file + ".br")
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		if got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br))); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s.br does not decompress to %s (%v)", rel, rel, err)
		}
		checked++
	}
	if len(feeds) < 10 {
		t.Fatalf("only %d feeds published", len(feeds))
	}
	out, err := exec.Command(tahapanBin(t), append([]string{"lint"}, feeds...)...).CombinedOutput()
	if err != nil {
		t.Errorf("tahapan lint on the %d published feeds: %v\n%s", len(feeds), err, tail(out, 3000))
	}
	t.Logf("%d files, %d with .gz and .br siblings that decompress to them, %d feeds linted", len(files), checked, len(feeds))
	if checked != texts || texts < 20 {
		t.Errorf("%d of %d text files have both siblings", checked, texts)
	}
}
