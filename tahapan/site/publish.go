package site

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/andybalholm/brotli"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// Paths returns the paths that [Site.Publish] writes: the pages in both
// languages, the embed cards, the feeds, the holiday feeds of every year the
// schedules touch, and the JSON API; then, when the site has regions
// (Options.Regions), the index of the offices, /api/v1/regions.json and
// the sub-site of each region ([Site.RegionPaths]).
func (s *Site) Paths() []string {
	paths := []string{"/", "/en/"}
	years := map[int]bool{}
	for _, sc := range s.root.list {
		paths = append(paths, schedulePaths("", sc.ID)...)
		for _, st := range sc.All() {
			for y := st.Start.Year; y <= st.End.Year; y++ {
				years[y] = true
			}
		}
	}
	for y := tahapan.MinYear; y <= tahapan.MaxYear; y++ {
		if years[y] {
			paths = append(paths, "/libur/"+strconv.Itoa(y)+".ics", "/libur/"+strconv.Itoa(y)+".en.ics")
		}
	}
	if len(s.regionList) == 0 {
		return paths
	}
	paths = append(paths, "/wilayah/", "/wilayah/en/", "/api/v1/regions.json")
	for _, r := range s.regionList {
		paths = append(paths, s.RegionPaths(r.Code)...)
	}
	return paths
}

// RegionPaths returns the paths of the sub-site of the region with the
// given code: its page in both languages, and for each of its schedules
// (the first that took place there, and those with events of its own) the
// page, the embed card, the feeds and the countdown, stages and captions
// JSON. The daily countdown feed, which is the same in every region, is
// the national one unless the schedule holds events of the region's own. It returns nil for a region the site has no sub-site for.
func (s *Site) RegionPaths(code string) []string {
	sp, ok := s.regionScope(code)
	if !ok {
		return nil
	}
	paths := []string{sp.prefix + "/", sp.prefix + "/en/"}
	for _, sc := range sp.list {
		for _, p := range schedulePaths(sp.prefix, sc.ID) {
			// The countdown feed is the national one unless the region
			// has events of its own (scope.countdownPrefix).
			if strings.Contains(p, "/countdown.") && strings.HasSuffix(p, ".ics") && sp.countdownPrefix(sc) == "" {
				continue
			}
			paths = append(paths, p)
		}
	}
	return paths
}

// schedulePaths are the published paths of one schedule under prefix.
func schedulePaths(prefix, id string) []string {
	p := prefix + "/"
	return []string{
		p + id + "/", p + id + "/en/",
		p + "embed/" + id + "/", p + "embed/" + id + "/en/",
		p + id + ".ics", p + id + ".en.ics",
		p + id + "/countdown.ics", p + id + "/countdown.en.ics",
		p + "api/v1/" + id + "/countdown.json", p + "api/v1/" + id + "/stages.json",
		p + "api/v1/" + id + "/captions.json", p + "api/v1/" + id + "/captions.en.json",
	}
}

// PublishOptions configures [Site.Publish].
type PublishOptions struct {
	// Precompress also writes NAME.gz and NAME.br beside every file, for
	// web servers that send precompressed files as they are (nginx
	// gzip_static and brotli_static, Caddy's precompressed). The .gz file
	// holds the very bytes the handler sends with Content-Encoding: gzip.
	Precompress bool

	// Force replaces a folder that holds something other than an earlier
	// publish. Without it Publish refuses, rather than delete a user's
	// files.
	Force bool
}

// Marker is the file Publish writes at the top of the folder it publishes,
// so that the next publish knows the folder is its own to replace.
const Marker = ".tahapan-publish"

// brotliLevel is the level of the .br files. Measured on the 115 KB
// pemilu-2024 feed: level 6 gives 18.7 KB in about 15 ms, level 11 16.5 KB
// in about 400 ms (gzip -9: 20.6 KB in 3 ms). Level 6 keeps a publish of
// hundreds of files within seconds, at about 10% above the best size.
const brotliLevel = 6

// Publish writes every path of [Site.Paths] as a file under dir, with the
// bytes the handler would answer for it, so that any static host or CDN can
// serve the site. A path ending in "/" is written as its index.html. It
// needs Options.BaseURL, since subscribe links must be absolute. It returns
// the files written.
//
// Publish is atomic: it builds the whole site in a new folder beside dir
// and then puts it in dir's place, so a reader sees either the old site or
// the new one, and a failure (a full disk, say) leaves dir as it was. On
// Linux the two folders are exchanged in one step (renameat2 with
// RENAME_EXCHANGE). Elsewhere dir is renamed away and the new folder
// renamed in: between the two renames, a few microseconds, dir does not
// exist. Nothing inside dir is opened or followed: a symbolic link planted
// there is removed with the old site, never written through. dir itself
// must not be a symbolic link.
//
// dir may be missing, empty, or an earlier publish (it holds [Marker]);
// anything else is refused unless opt.Force is set.
//
// dir may be relative, "." included: it is made absolute first, so the new
// folder is made in dir's parent. A process (a shell) whose working
// folder is dir is left in the old, removed folder; cd to dir again to see
// the new site. The root of a file system is refused.
func (s *Site) Publish(dir string, opt PublishOptions) ([]string, error) {
	if s.opt.BaseURL == "" {
		return nil, errors.New("site: publishing needs a base URL, the address the files will be served at")
	}
	out := filepath.Clean(dir) // the files returned are named under dir as given
	dir, err := publishDir(dir)
	if err != nil {
		return nil, err
	}
	exists, err := replaceable(dir, opt.Force)
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".new-")
	if err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	names, err := s.build(tmp, opt)
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil { // MkdirTemp made it 0700
		return nil, fmt.Errorf("site: %w", err)
	}
	if err := swap(tmp, dir, exists); err != nil {
		return nil, err
	}
	done = true
	files := make([]string, len(names))
	for i, n := range names {
		files[i] = filepath.Join(out, filepath.FromSlash(n))
	}
	return files, nil
}

// publishDir returns dir as an absolute path, so that the new folder is
// made beside it in its parent: for "." or "..", a folder made in
// filepath.Dir(dir) would be made inside dir, which then cannot be
// renamed away. A file system's root, which has no parent, is refused.
func publishDir(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("site: %w", err)
	}
	if filepath.Dir(abs) == abs {
		return "", fmt.Errorf("site: cannot publish to %s, the root of a file system: give a folder inside it", abs)
	}
	return abs, nil
}

// replaceable reports whether dir exists, and fails when Publish must not
// replace it.
func replaceable(dir string, force bool) (bool, error) {
	fi, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("site: %w", err)
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		return false, fmt.Errorf("site: %s is a symbolic link: publish to the folder it points to", dir)
	}
	if !fi.IsDir() {
		return false, fmt.Errorf("site: %s is not a folder", dir)
	}
	if force {
		return true, nil
	}
	if m, err := os.Lstat(filepath.Join(dir, Marker)); err == nil && m.Mode().IsRegular() {
		return true, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false, fmt.Errorf("site: %w", err)
	}
	if len(entries) > 0 {
		return false, fmt.Errorf("site: %s is not empty and holds no earlier publish (%s): give --force to replace it, with everything in it", dir, Marker)
	}
	return true, nil
}

// build writes the site into the new folder root and returns the names
// written, slash-separated and relative to root, in the order of
// [Site.Paths]. The paths are rendered and written by a pool of
// GOMAXPROCS workers: what does not depend on the region (the holiday
// feeds, the index) is rendered once, and each region's scope is made
// once and shared by its paths.
func (s *Site) build(root string, opt PublishOptions) ([]string, error) {
	paths := s.Paths()
	written := make([][]string, len(paths))
	work := make(chan int)
	var (
		mu       sync.Mutex
		firstErr error
		wg       sync.WaitGroup
	)
	fail := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
		}
		mu.Unlock()
	}
	for range max(runtime.GOMAXPROCS(0), 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				names, err := s.buildPath(root, paths[i], opt)
				if err != nil {
					fail(err)
					continue
				}
				written[i] = names
			}
		}()
	}
	for i := range paths {
		mu.Lock()
		stop := firstErr != nil
		mu.Unlock()
		if stop {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	var names []string
	for _, w := range written {
		names = append(names, w...)
	}
	marker := "Written by tahapan publish. The whole folder is replaced by the next publish.\n"
	if err := s.writeNew(root, Marker, []byte(marker)); err != nil {
		return nil, err
	}
	if err := syncTree(root, append(names, Marker)); err != nil {
		return nil, err
	}
	return names, nil
}

// buildPath renders one path and writes its file, and with
// opt.Precompress its .gz and .br, under root.
func (s *Site) buildPath(root, p string, opt PublishOptions) ([]string, error) {
	resp, err := s.route(p, nil)
	if err != nil {
		return nil, fmt.Errorf("site: %s: %w", p, err)
	}
	name := strings.TrimPrefix(p, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	if err := s.writeNew(root, name, resp.body); err != nil {
		return nil, err
	}
	if !opt.Precompress {
		return []string{name}, nil
	}
	if err := s.writeNew(root, name+".gz", resp.gzipped()); err != nil {
		return nil, err
	}
	if err := s.writeNew(root, name+".br", brotliBytes(resp.body)); err != nil {
		return nil, err
	}
	return []string{name, name + ".gz", name + ".br"}, nil
}

// syncTree puts the files names under root, and their folders, on disk
// before the new site replaces the old one, so that a crash cannot leave
// an empty or torn file in the published site. The files are synced a few
// at a time, so the file system can commit them together (a publish of
// 222 files took 0.9-1.7 s in all, against 1.3-3.1 s syncing each file
// as it was written; ext4 on a busy shared machine).
//
// On Linux, one syncfs(2) of the file system that holds root does it all
// at once: the 7,300 files of a publish of every region took 8-11 s to
// sync one by one on a busy 2-core machine, under a second with syncfs.
func syncTree(root string, names []string) error {
	if err := syncFS(root); err == nil {
		return nil
	}
	dirs := map[string]bool{root: true}
	for _, n := range names {
		for d := filepath.Dir(filepath.Join(root, filepath.FromSlash(n))); len(d) > len(root); d = filepath.Dir(d) {
			dirs[d] = true
		}
	}
	paths := make([]string, 0, len(names)+len(dirs))
	for _, n := range names {
		paths = append(paths, filepath.Join(root, filepath.FromSlash(n)))
	}
	for d := range dirs {
		paths = append(paths, d)
	}
	work := make(chan string)
	errs := make(chan error, len(paths))
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				errs <- syncPath(p)
			}
		}()
	}
	for _, p := range paths {
		work <- p
	}
	close(work)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// writeNew creates the file name under root, which must not exist yet, and
// writes data to it. Only Publish's own new folder is written to.
// [syncTree] then puts it on disk.
func (s *Site) writeNew(root, name string, data []byte) error {
	file := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return fmt.Errorf("site: %w", err)
	}
	if s.failWrite != nil {
		if err := s.failWrite(name); err != nil {
			return fmt.Errorf("site: writing %s: %w", name, err)
		}
	}
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("site: %w", err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("site: writing %s: %w", name, err)
	}
	return nil
}

// exchangeDirs is exchange, replaced in tests to try the other way.
var exchangeDirs = exchange

// swap puts the folder tmp in dir's place and removes the old dir.
func swap(tmp, dir string, exists bool) error {
	if !exists {
		if err := os.Rename(tmp, dir); err != nil {
			return fmt.Errorf("site: %w", err)
		}
		return syncDir(filepath.Dir(dir))
	}
	if err := exchangeDirs(tmp, dir); err == nil {
		// tmp now holds the old site.
		if err := os.RemoveAll(tmp); err != nil {
			return fmt.Errorf("site: published, but the old site is left in %s: %w", tmp, err)
		}
		return syncDir(filepath.Dir(dir))
	}
	old, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".old-")
	if err != nil {
		return fmt.Errorf("site: %w", err)
	}
	os.Remove(old) // only its unique name is wanted
	if err := os.Rename(dir, old); err != nil {
		return fmt.Errorf("site: %w", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		if rerr := os.Rename(old, dir); rerr != nil {
			return fmt.Errorf("site: %w; and the old site could not be put back from %s: %v", err, old, rerr)
		}
		return fmt.Errorf("site: %w", err)
	}
	if err := os.RemoveAll(old); err != nil {
		return fmt.Errorf("site: published, but the old site is left in %s: %w", old, err)
	}
	return syncDir(filepath.Dir(dir))
}

// syncDir flushes a folder's entries to disk, so that a rename survives a
// crash.
func syncDir(dir string) error { return syncPath(dir) }

// syncPath flushes a file or a folder to disk. File systems that cannot
// sync a folder are let be, and so is Windows, which cannot sync one.
func syncPath(name string) error {
	if runtime.GOOS == "windows" {
		if fi, err := os.Stat(name); err == nil && fi.IsDir() {
			return nil
		}
	}
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("site: %w", err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, errors.ErrUnsupported) {
		return fmt.Errorf("site: syncing %s: %w", name, err)
	}
	return nil
}

// brotliBytes compresses b with brotli at brotliLevel. The output depends
// on b alone.
func brotliBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := brotliWriters.Get().(*brotli.Writer)
	if zw == nil {
		zw = brotli.NewWriterLevel(&buf, brotliLevel)
	} else {
		zw.Reset(&buf)
	}
	zw.Write(b) // a bytes.Buffer does not fail
	zw.Close()
	brotliWriters.Put(zw)
	return buf.Bytes()
}

// brotliWriters keeps brotli writers for reuse: each holds buffers of a
// few MB, which a publish of every region (7,400 files) would otherwise
// allocate and clear thousands of times.
var brotliWriters sync.Pool
