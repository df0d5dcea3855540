package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.ics")
	read := func(p string) string { b, _ := os.ReadFile(p); return string(b) }
	if err := WriteFile(path, []byte("one"), false); err != nil || read(path) != "one" {
		t.Fatalf("first write: %v, %q", err, read(path))
	}
	if err := WriteFile(path, []byte("two"), false); !errors.Is(err, ErrExists) || err.Error() != path+" exists" || read(path) != "one" {
		t.Errorf("second write without force: %v; the file holds %q", err, read(path))
	}
	if err := WriteFile(path, []byte("two"), true); err != nil || read(path) != "two" {
		t.Errorf("with force: %v, %q", err, read(path))
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, %v; want 0644", fi.Mode(), err)
	}

	// A failed write leaves the old file and no temporary file.
	err := Write(path, true, func(w io.Writer) error {
		w.Write([]byte("half"))
		return errors.New("disk full")
	})
	if err == nil || err.Error() != "cannot write "+path+": disk full" || read(path) != "two" {
		t.Errorf("failed write: %v; the file holds %q", err, read(path))
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want the file alone", len(entries))
	}

	// A link is replaced, never followed.
	target := filepath.Join(dir, "target")
	os.WriteFile(target, []byte("keep"), 0o644)
	link := filepath.Join(dir, "link.ics")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	if err := WriteFile(link, []byte("new"), false); !errors.Is(err, ErrExists) {
		t.Errorf("a link without force: %v", err)
	}
	if err := WriteFile(link, []byte("new"), true); err != nil || read(target) != "keep" || read(link) != "new" {
		t.Errorf("a link with force: %v; target %q, link %q", err, read(target), read(link))
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink != 0 {
		t.Errorf("the link is still a link")
	}

	for _, tt := range []struct{ path, want string }{
		{filepath.Join(dir, "no", "x.ics"), "does not exist"},
		{filepath.Join(path, "x.ics"), "is not a folder"},
		{dir, "it is a folder"},
	} {
		if err := WriteFile(tt.path, []byte("x"), true); err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), ".tmp-") {
			t.Errorf("WriteFile(%s) = %v, want %q", tt.path, err, tt.want)
		}
	}
}
