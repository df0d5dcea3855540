package site

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/andybalholm/brotli"

	"github.com/kalender-pemilu/tahapan/tahapan/ical"
)

// publishedName is the file a path is published as.
func publishedName(p string) string {
	name := strings.TrimPrefix(p, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	return name
}

// TestPublishPrecompressed checks that every file has .gz and .br siblings
// that decompress to its exact bytes, that the .gz is the very body the
// handler sends for gzip, and that a second publish writes the same bytes.
func TestPublishPrecompressed(t *testing.T) {
	s := newSite(t, "https://pemilu.example.org")
	dir := filepath.Join(t.TempDir(), "public")
	files, err := s.Publish(dir, PublishOptions{Precompress: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := 3 * len(s.Paths()); len(files) != want {
		t.Errorf("%d files, want %d (each path, .gz and .br)", len(files), want)
	}
	h := s.Handler()
	for _, p := range s.Paths() {
		file := filepath.Join(dir, filepath.FromSlash(publishedName(p)))
		plain, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		gz, err := os.ReadFile(file + ".gz")
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Fatalf("%s.gz: %v", file, err)
		}
		if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, plain) {
			t.Errorf("%s.gz does not decompress to the file (%v)", p, err)
		}
		br, err := os.ReadFile(file + ".br")
		if err != nil {
			t.Fatal(err)
		}
		if got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br))); err != nil || !bytes.Equal(got, plain) {
			t.Errorf("%s.br does not decompress to the file (%v)", p, err)
		}
		if len(plain) > 2048 && (len(gz) > len(plain)/2 || len(br) > len(gz)) {
			t.Errorf("%s: %d bytes, gzip %d, brotli %d", p, len(plain), len(gz), len(br))
		}
		// Served and published stay the same per encoding.
		if rec := get(t, h, p); !bytes.Equal(rec.Body.Bytes(), plain) {
			t.Errorf("%s: served plain body differs from the file", p)
		}
		if rec := get(t, h, p, "Accept-Encoding", "gzip"); !bytes.Equal(rec.Body.Bytes(), gz) {
			t.Errorf("%s: served gzip body differs from the .gz file", p)
		}
	}
	// Deterministic: a new site publishing again writes the same .gz bytes.
	dir2 := filepath.Join(t.TempDir(), "again")
	if _, err := newSite(t, "https://pemilu.example.org").Publish(dir2, PublishOptions{Precompress: true}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"pemilu-2024.ics.gz", "pemilu-2024.ics.br", "index.html.gz", "api/v1/pemilu-2024/stages.json.gz"} {
		a, _ := os.ReadFile(filepath.Join(dir, name))
		b, _ := os.ReadFile(filepath.Join(dir2, name))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two publishes (%d and %d bytes)", name, len(a), len(b))
		}
	}
}

// TestPublishReplaces checks that a publish replaces an earlier one as a
// whole, and refuses a folder it did not write.
func TestPublishReplaces(t *testing.T) {
	s := newSite(t, "https://pemilu.example.org")
	dir := filepath.Join(t.TempDir(), "public")
	if _, err := s.Publish(dir, PublishOptions{Precompress: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Publish(dir, PublishOptions{}); err != nil {
		t.Fatalf("publishing over an earlier publish: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "pemilu-2024.ics.gz")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a .gz of the earlier publish is left: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "pemilu-2024.ics")); err != nil {
		t.Error(err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".public.*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary folders left: %v", leftovers)
	}
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o755 {
		t.Errorf("the published folder: %v %v", fi.Mode(), err)
	}

	// A user's folder is refused, and left as it was.
	mine := t.TempDir()
	os.WriteFile(filepath.Join(mine, "thesis.tex"), []byte("mine"), 0o644)
	_, err := s.Publish(mine, PublishOptions{})
	if err == nil || !strings.Contains(err.Error(), "--force") {
		t.Errorf("publishing over a user's folder: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(mine, "thesis.tex")); string(b) != "mine" {
		t.Error("the user's file was changed")
	}
	if _, err := s.Publish(mine, PublishOptions{Force: true}); err != nil {
		t.Errorf("with Force: %v", err)
	}
	// An empty folder is fine; a file or a symbolic link as the folder is not.
	if _, err := s.Publish(t.TempDir(), PublishOptions{}); err != nil {
		t.Errorf("an empty folder: %v", err)
	}
	file := filepath.Join(t.TempDir(), "f")
	os.WriteFile(file, []byte("x"), 0o644)
	if _, err := s.Publish(file, PublishOptions{Force: true}); err == nil {
		t.Error("publishing to a file succeeded")
	}
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(dir, link)
	if _, err := s.Publish(link, PublishOptions{Force: true}); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("publishing to a symbolic link: %v", err)
	}
}

// TestPublishSymlinkInside plants symbolic links inside an earlier
// publish, where publish would write: their targets are left untouched, and
// the new files are plain files.
func TestPublishSymlinkInside(t *testing.T) {
	s := newSite(t, "https://pemilu.example.org")
	root := t.TempDir()
	dir := filepath.Join(root, "public")
	if _, err := s.Publish(dir, PublishOptions{}); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(root, "outside")
	os.Mkdir(outside, 0o755)
	victim := filepath.Join(outside, "victim.txt")
	os.WriteFile(victim, []byte("keep me"), 0o644)
	// A feed replaced by a link to a file outside, a folder by a link to a
	// folder outside, and a dangling link where a page goes.
	os.Remove(filepath.Join(dir, "pemilu-2024.ics"))
	os.Symlink(victim, filepath.Join(dir, "pemilu-2024.ics"))
	os.RemoveAll(filepath.Join(dir, "libur"))
	os.Symlink(outside, filepath.Join(dir, "libur"))
	os.RemoveAll(filepath.Join(dir, "en"))
	os.Symlink(filepath.Join(outside, "dangling"), filepath.Join(dir, "en"))

	if _, err := s.Publish(dir, PublishOptions{Precompress: true}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(victim); string(b) != "keep me" {
		t.Errorf("the link's target was changed: %q", b)
	}
	entries, _ := os.ReadDir(outside)
	if len(entries) != 1 {
		t.Errorf("files were created outside the folder: %v", entries)
	}
	if _, err := os.Lstat(filepath.Join(outside, "dangling")); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a file was created through the dangling link")
	}
	for _, name := range []string{"pemilu-2024.ics", "libur", "en"} {
		fi, err := os.Lstat(filepath.Join(dir, name))
		if err != nil || fi.Mode()&fs.ModeSymlink != 0 {
			t.Errorf("%s is still a link or missing: %v", name, err)
		}
	}
}

// TestPublishFailureKeepsOld makes a write fail halfway through: the
// earlier site is left whole, and nothing of the new one.
func TestPublishFailureKeepsOld(t *testing.T) {
	s := newSite(t, "https://pemilu.example.org")
	root := t.TempDir()
	dir := filepath.Join(root, "public")
	if _, err := s.Publish(dir, PublishOptions{}); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	var n atomic.Int32 // files are written by several workers
	half := int32(len(s.Paths()) / 2)
	s.failWrite = func(name string) error {
		if n.Add(1) == half {
			return syscall.ENOSPC
		}
		return nil
	}
	_, err := s.Publish(dir, PublishOptions{Precompress: true})
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("Publish = %v, want no space left", err)
	}
	if after := snapshot(t, dir); !equalSnapshots(before, after) {
		t.Error("the earlier site changed after a failed publish")
	}
	if m, _ := filepath.Glob(filepath.Join(root, ".public.*")); len(m) > 0 {
		t.Errorf("temporary folders left: %v", m)
	}
	// Into a missing folder: nothing is left at all.
	n.Store(0)
	if _, err := s.Publish(filepath.Join(root, "fresh"), PublishOptions{}); err == nil {
		t.Fatal("the failing publish succeeded")
	}
	if entries, _ := os.ReadDir(root); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestPublishFullDisk publishes onto a 200 KB tmpfs, too small for the
// site: the publish fails, and every feed left there passes ical.Lint. It
// needs root to mount, so it runs in CI and as root only.
func TestPublishFullDisk(t *testing.T) {
	if os.Getenv("CI") == "" || os.Geteuid() != 0 {
		t.Skip("needs root and CI set: mounts a 200 KB tmpfs")
	}
	mnt := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", mnt).Run() })

	// An earlier site with one feed, the holidays of 2024 (no whole
	// site fits in 200 KB).
	s := siteWithClock(t, "https://pemilu.example.org", &clock{t: at}, false, "pemilu-2024", "pilkada-2024", "pemilu-2019")
	dir := filepath.Join(mnt, "public")
	feed, err := s.route("/libur/2024.ics", nil)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "libur"), 0o755)
	os.WriteFile(filepath.Join(dir, Marker), nil, 0o644)
	if err := os.WriteFile(filepath.Join(dir, "libur", "2024.ics"), feed.body, 0o644); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	_, err = s.Publish(dir, PublishOptions{Precompress: true})
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("Publish on a full disk = %v, want no space left", err)
	}
	if !equalSnapshots(before, snapshot(t, dir)) {
		t.Error("the earlier site changed")
	}
	if entries, _ := os.ReadDir(mnt); len(entries) != 1 {
		t.Errorf("the half-written site is left: %v", entries)
	}
	feeds := 0
	filepath.WalkDir(mnt, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".ics") {
			return err
		}
		feeds++
		b, _ := os.ReadFile(p)
		problems, err := ical.Lint(bytes.NewReader(b))
		if err != nil || len(problems) > 0 {
			t.Errorf("%s is torn: %v %v", p, err, problems)
		}
		return nil
	})
	if feeds == 0 {
		t.Error("no feed left to check")
	}
}

func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		m[p] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func equalSnapshots(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestExchange(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	os.Mkdir(a, 0o755)
	os.Mkdir(b, 0o755)
	os.WriteFile(filepath.Join(a, "f"), []byte("a"), 0o644)
	os.WriteFile(filepath.Join(b, "f"), []byte("b"), 0o644)
	if err := exchange(a, b); err != nil {
		t.Skipf("no atomic exchange here: %v", err)
	}
	if x, _ := os.ReadFile(filepath.Join(a, "f")); string(x) != "b" {
		t.Errorf("after exchange a holds %q", x)
	}
}

func BenchmarkPublish(b *testing.B) {
	s := newSite(b, "https://pemilu.example.org")
	for _, pre := range []bool{false, true} {
		name := "plain"
		if pre {
			name = "precompress"
		}
		b.Run(name, func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "public")
			for b.Loop() {
				s.cache = newCache(1024, 64<<20)
				if _, err := s.Publish(dir, PublishOptions{Precompress: pre}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestPublishWithoutExchange replaces a site the way systems without
// renameat2 do: rename the old folder away, the new one in.
func TestPublishWithoutExchange(t *testing.T) {
	exchangeDirs = func(a, b string) error { return errors.ErrUnsupported }
	defer func() { exchangeDirs = exchange }()
	s := newSite(t, "https://pemilu.example.org")
	root := t.TempDir()
	dir := filepath.Join(root, "public")
	if _, err := s.Publish(dir, PublishOptions{Precompress: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Publish(dir, PublishOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html.gz")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the old site is still in place: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Error(err)
	}
	if entries, _ := os.ReadDir(root); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestPublishDot publishes to "." and "..": the new folder must be made
// beside the current folder, not inside it, or it cannot be swapped in
// ("rename . ./..old-…: device or resource busy"). t.Chdir changes the
// whole process's folder, so this test is not parallel.
func TestPublishDot(t *testing.T) {
	s := newSite(t, "https://pemilu.example.org")
	for _, exchanged := range []bool{true, false} {
		if !exchanged {
			exchangeDirs = func(a, b string) error { return errors.ErrUnsupported }
		}
		root := t.TempDir()
		dir := filepath.Join(root, "public")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for i := range 2 { // into an empty folder, then over the earlier publish
			// The folder the process was in is now the old site,
			// removed: come back to the new one.
			t.Chdir(dir)
			files, err := s.Publish(".", PublishOptions{})
			if err != nil {
				t.Fatalf("exchange %v, publish %d to .: %v", exchanged, i+1, err)
			}
			if len(files) == 0 || files[0] != "index.html" {
				t.Errorf("exchange %v: files named %.3q, want them under the folder as given", exchanged, files)
			}
			if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
				t.Errorf("exchange %v: %v", exchanged, err)
			}
			if entries, _ := os.ReadDir(root); len(entries) != 1 {
				t.Errorf("exchange %v: left beside the folder: %v", exchanged, entries)
			}
		}
		sub := filepath.Join(dir, "sub") // not in Paths: a publish over dir removes it
		t.Chdir(dir)
		if err := os.Mkdir(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		t.Chdir(sub)
		if _, err := s.Publish("..", PublishOptions{}); err != nil {
			t.Errorf("exchange %v: publish to ..: %v", exchanged, err)
		}
		if _, err := os.Stat(sub); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("exchange %v: the earlier publish's extra folder is left: %v", exchanged, err)
		}
		exchangeDirs = exchange
	}
}

func TestPublishDir(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, want string }{
		{".", wd}, {"", wd}, {"public", filepath.Join(wd, "public")}, {"public/../x/", filepath.Join(wd, "x")},
		{"..", filepath.Dir(wd)}, {"/srv/www/", "/srv/www"},
	} {
		if got, err := publishDir(tt.in); err != nil || got != tt.want {
			t.Errorf("publishDir(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
	if got, err := publishDir("/"); err == nil || !strings.Contains(err.Error(), "root") {
		t.Errorf("publishDir(/) = %q, %v, want an error", got, err)
	}
}
