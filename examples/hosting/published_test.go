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
)

// TestPublished checks the folder the servers are given, with no tool but
// tahapan: every feed passes tahapan lint, as publish.yml demands before a
// deploy, and every text file has a .gz sibling that decompresses to its
// exact bytes (and a .br one when publish wrote them).
func TestPublished(t *testing.T) {
	s := published(t)
	files := s.files(t)
	var feeds []string
	for _, rel := range files {
		file := filepath.Join(s.dir, filepath.FromSlash(rel))
		if strings.HasSuffix(rel, ".ics") {
			feeds = append(feeds, file)
		}
		if !textExt[filepath.Ext(rel)] {
			continue
		}
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
		if _, err := os.Stat(file + ".br"); s.precompressed && err != nil {
			t.Errorf("publish --precompress wrote no %s.br: %v", rel, err)
		}
	}
	if len(feeds) < 10 {
		t.Fatalf("only %d feeds published", len(feeds))
	}
	out, err := exec.Command(tahapanBin(t), append([]string{"lint"}, feeds...)...).CombinedOutput()
	if err != nil {
		t.Errorf("tahapan lint on the %d published feeds: %v\n%s", len(feeds), err, tail(out, 3000))
	}
	t.Logf("%d files, %d feeds linted", len(files), len(feeds))
}
