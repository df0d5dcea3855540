//go:build unix

package tahapan_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// TestExtendsPipe checks that "extends:" naming a named pipe fails at
// once, where opening it would wait for a writer, while the file given to
// LoadFile may be a pipe.
func TestExtendsPipe(t *testing.T) {
	dir := writeFiles(t, map[string]string{"local.yaml": extending("pipe")})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	_, err := tahapan.LoadFile(filepath.Join(dir, "local.yaml"))
	if err == nil || !strings.Contains(err.Error(), `extends: cannot load "pipe": not a regular file`) {
		t.Errorf("error %v", err)
	}
	// A pipe as the file itself is read, up to the cap.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { w.WriteString(baseDoc); w.Close() }()
	defer r.Close()
	s, err := tahapan.LoadFile("/dev/fd/" + strconv.Itoa(int(r.Fd())))
	if err != nil || s.ID != "base" {
		t.Errorf("LoadFile of a pipe: %v, %v", s, err)
	}
}
