package hosting

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"html"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// at is the frozen clock of the published site and of the reference
// server: 23 July 2023, H-206 before the 2024 vote.
const at = "2023-07-23"

// baseURL is the address the published files are written for.
const baseURL = "https://example.org"

// work is a folder shared by the tests of this package: the binary and the
// published site are made once.
var work string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tahapan-hosting-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// nginx's workers run as nobody when the test runs as root: they must
	// be able to read the published folder.
	os.Chmod(dir, 0o755)
	work = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// inCI reports whether the tests run under .ci/run, which installs every
// tool these tests use.
func inCI() bool { return os.Getenv("CI") == "true" }

// needTool returns the path of a tool. When it is missing the test skips,
// or fails under CI, where .ci/run should have installed it.
func needTool(t *testing.T, name string, dirs ...string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() && st.Mode()&0o111 != 0 {
			return p
		}
	}
	if inCI() {
		t.Fatalf("%s is not installed, but CI=true: .ci/run should have installed it", name)
	}
	t.Skipf("%s is not installed (.ci/run installs it; CI=true makes this a failure)", name)
	return ""
}

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// tahapanBin builds a static tahapan binary once, as the Containerfile
// wants it. TAHAPAN_BIN names a binary to test instead, a release's say.
func tahapanBin(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		if p := os.Getenv("TAHAPAN_BIN"); p != "" {
			binPath, binErr = filepath.Abs(p)
			return
		}
		p := filepath.Join(work, "bin", "tahapan")
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", p, "github.com/kalender-pemilu/tahapan/cmd/tahapan")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
			return
		}
		os.Chmod(filepath.Dir(p), 0o755)
		binPath = p
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// site is a published folder, written by publish --precompress: a .gz and
// a .br beside every text file.
type site struct {
	dir string
}

var (
	siteOnce sync.Once
	pub      site
	pubErr   error
)

// textExt are the extensions publish --precompress compresses.
var textExt = map[string]bool{".html": true, ".ics": true, ".json": true, ".svg": true}

// published runs tahapan publish --precompress once and returns the
// folder.
func published(t *testing.T) site {
	t.Helper()
	bin := tahapanBin(t)
	siteOnce.Do(func() {
		dir := filepath.Join(work, "public")
		args := []string{"publish", "--precompress", "--out-dir", dir, "--base-url", baseURL, "--at", at}
		if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			pubErr = fmt.Errorf("tahapan %s: %v\n%s", strings.Join(args, " "), err, out)
			return
		}
		pub = site{dir: dir}
	})
	if pubErr != nil {
		t.Fatal(pubErr)
	}
	return pub
}

// files returns the published files that are not compressed siblings,
// as paths relative to the folder with forward slashes.
func (s site) files(t *testing.T) []string {
	t.Helper()
	var list []string
	err := filepath.WalkDir(s.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		// Compressed siblings, and publish's own marker (.tahapan-publish),
		// which no server shows.
		if ext := filepath.Ext(p); ext == ".gz" || ext == ".br" || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		rel, err := filepath.Rel(s.dir, p)
		list = append(list, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < 20 {
		t.Fatalf("publish wrote only %d files to %s: %v", len(list), s.dir, list)
	}
	return list
}

// freePort returns a loopback port that was free a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// start runs a server process until the test ends, with its output in a
// file that is shown when the test fails.
func start(t *testing.T, name string, args []string, env []string) *exec.Cmd {
	t.Helper()
	logf, err := os.CreateTemp(t.TempDir(), "log")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Env = append(os.Environ(), env...)
	if err := cmd.Start(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			t.Logf("output of %s:\n%s", filepath.Base(name), tail(b, 3000))
		}
		logf.Close()
	})
	return cmd
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// waitUp waits until base answers /healthz, for at most 15 seconds.
func waitUp(t *testing.T, base string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := client.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
			err = fmt.Errorf("status %d", resp.StatusCode)
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not come up in 15 s: %v", base, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// client follows no redirects and decompresses nothing, so the tests see
// exactly what the server sent.
var client = &http.Client{
	Timeout:       10 * time.Second,
	Transport:     &http.Transport{DisableCompression: true, Proxy: nil},
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

// answer is a response read whole.
type answer struct {
	status int
	header http.Header
	body   []byte
}

func fetch(t *testing.T, method, url string, header ...string) answer {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		if header[i+1] != "" {
			req.Header.Set(header[i], header[i+1])
		}
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		t.Fatalf("%s %s: reading the body: %v", method, url, err)
	}
	return answer{resp.StatusCode, resp.Header, b}
}

// reference starts `tahapan serve` on the same clock and base URL as the
// published folder: the static servers must answer as it does.
func reference(t *testing.T) string {
	t.Helper()
	bin := tahapanBin(t)
	addr := "127.0.0.1:" + strconv.Itoa(freePort(t))
	// The published site has no office sub-sites (no --regions), so the
	// reference server has none either: the pages then link the same things.
	start(t, bin, []string{"serve", "--addr", addr, "--base-url", baseURL, "--at", at, "--quiet", "--regions", "none"}, nil)
	base := "http://" + addr
	waitUp(t, base)
	return base
}

// kind is what a static server must send for a type of file.
type kind struct {
	contentType, cacheControl string
	cors                      bool
}

var kinds = map[string]kind{
	".html": {"text/html; charset=utf-8", "public, max-age=60", false},
	".ics":  {"text/calendar; charset=utf-8", "public, max-age=3600", true},
	".json": {"application/json; charset=utf-8", "public, max-age=60", true},
	".svg":  {"image/svg+xml; charset=utf-8", "public, max-age=60", false},
}

// urlPath is the address of a published file: a page's folder for its
// index.html.
func urlPath(rel string) string {
	if rel == "index.html" {
		return "/"
	}
	if p, ok := strings.CutSuffix(rel, "/index.html"); ok {
		return "/" + p + "/"
	}
	return "/" + rel
}

// checkStatic checks a static server at base, serving s, against the
// reference server ref. br says the server can send .br files.
func checkStatic(t *testing.T, base, ref string, s site, br bool) {
	files := s.files(t)
	checked := 0
	for _, rel := range files {
		ext := filepath.Ext(rel)
		k, ok := kinds[ext]
		if !ok {
			t.Errorf("%s: publish wrote a file of a type this test does not know", rel)
			continue
		}
		want, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		paths := []string{urlPath(rel)}
		if p, ok := strings.CutSuffix(rel, ".json"); ok && strings.HasPrefix(rel, "api/") {
			paths = append(paths, "/"+p) // /api/v1/ID/countdown, as serve answers it
		}
		for _, p := range paths {
			checkFile(t, base, ref, p, s.dir+"/"+rel, want, k, br)
			checked++
		}
	}
	t.Logf("%d paths checked, each plain, gzip%s and conditional", checked, map[bool]string{true: ", br", false: ""}[br])

	// Every link of every published page into the site answers 200.
	links := siteLinks(t, s, files)
	for _, p := range links {
		if a := fetch(t, "HEAD", base+p); a.status != 200 {
			t.Errorf("%s, linked from a published page: status %d", p, a.status)
		}
	}
	t.Logf("%d links from the pages answer 200", len(links))

	// The feed the issue names, once more by name.
	a := fetch(t, "GET", base+"/pemilu-2024.ics")
	if a.status != 200 || a.header.Get("Content-Type") != "text/calendar; charset=utf-8" {
		t.Errorf("/pemilu-2024.ics: %d %q, want 200 text/calendar; charset=utf-8", a.status, a.header.Get("Content-Type"))
	}

	// A page's folder without its slash is redirected to it.
	a = fetch(t, "GET", base+"/pemilu-2024")
	if (a.status != 301 && a.status != 308) || !strings.HasSuffix(a.header.Get("Location"), "/pemilu-2024/") {
		t.Errorf("/pemilu-2024: %d Location %q, want a redirect to /pemilu-2024/", a.status, a.header.Get("Location"))
	}

	// Missing paths are 404, whatever the client accepts.
	for _, p := range []string{"/tidak-ada.ics", "/tidak-ada/", "/api/v1/tidak-ada/countdown", "/api/v1/pemilu-2024/tahapan", "/libur/1990.ics"} {
		for _, ae := range []string{"", "gzip", "br"} {
			a := fetch(t, "GET", base+p, "Accept-Encoding", ae)
			if a.status != 404 {
				t.Errorf("%s (Accept-Encoding %q): status %d, want 404", p, ae, a.status)
			}
			if a.header.Get("Content-Encoding") != "" {
				t.Errorf("%s (Accept-Encoding %q): a 404 with Content-Encoding %q", p, ae, a.header.Get("Content-Encoding"))
			}
			// A 404 must not stay in caches: the file may be published soon.
			if cc := a.header.Get("Cache-Control"); strings.Contains(cc, "public") || strings.Contains(cc, "max-age") {
				t.Errorf("%s: a 404 with Cache-Control %q", p, cc)
			}
			if ct := a.header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "text/html") && !strings.HasPrefix(ct, "text/plain") {
				t.Errorf("%s: a 404 with Content-Type %q", p, ct)
			}
		}
	}

	// No hidden files: publish leaves a marker file in the folder.
	for _, p := range []string{"/.tahapan-publish", "/.tahapan-publish.gz", "/api/.hidden"} {
		if a := fetch(t, "GET", base+p); a.status != 404 {
			t.Errorf("%s: status %d, want 404: files whose names start with a dot are not served", p, a.status)
		}
	}

	// No directory listings.
	for _, p := range []string{"/api/v1/", "/libur/", "/api/v1/pemilu-2024/"} {
		a := fetch(t, "GET", base+p)
		if a.status == 200 || bytes.Contains(a.body, []byte(".ics")) || bytes.Contains(a.body, []byte(".json")) {
			t.Errorf("%s: status %d, body %.200q: a folder must not be listed", p, a.status, a.body)
		}
	}

	// A CORS preflight for the API, as serve answers it.
	for _, b := range []string{base, ref} {
		a := fetch(t, "OPTIONS", b+"/api/v1/pemilu-2024/countdown",
			"Origin", "https://contoh.go.id", "Access-Control-Request-Method", "GET")
		if a.status != 204 && a.status != 200 || a.header.Get("Access-Control-Allow-Origin") != "*" ||
			!strings.Contains(a.header.Get("Access-Control-Allow-Methods"), "GET") {
			t.Errorf("%s: OPTIONS /api/v1/pemilu-2024/countdown: %d, Allow-Origin %q, Allow-Methods %q", b, a.status,
				a.header.Get("Access-Control-Allow-Origin"), a.header.Get("Access-Control-Allow-Methods"))
		}
	}

	// The health check.
	a = fetch(t, "GET", base+"/healthz")
	if a.status != 200 || string(a.body) != "ok\n" || a.header.Get("Content-Type") != "text/plain; charset=utf-8" {
		t.Errorf("/healthz: %d %q %q, want 200 \"ok\\n\" text/plain; charset=utf-8", a.status, a.header.Get("Content-Type"), a.body)
	}
}

// checkFile checks one published file at path p: plain, gzip, br and
// conditional requests, and the headers against the reference server.
func checkFile(t *testing.T, base, ref, p, file string, want []byte, k kind, br bool) {
	t.Helper()
	plain := fetch(t, "GET", base+p)
	if plain.status != 200 {
		t.Errorf("%s: status %d, want 200", p, plain.status)
		return
	}
	h := plain.header
	if got := h.Get("Content-Type"); got != k.contentType {
		t.Errorf("%s: Content-Type %q, want %q", p, got, k.contentType)
	}
	if got := h.Get("Cache-Control"); got != k.cacheControl {
		t.Errorf("%s: Cache-Control %q, want %q", p, got, k.cacheControl)
	}
	if got, w := h.Get("Access-Control-Allow-Origin"), map[bool]string{true: "*"}[k.cors]; got != w {
		t.Errorf("%s: Access-Control-Allow-Origin %q, want %q", p, got, w)
	}
	if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("%s: X-Content-Type-Options %q, want nosniff", p, got)
	}
	if got := h.Get("Content-Encoding"); got != "" {
		t.Errorf("%s: Content-Encoding %q to a client that accepts none", p, got)
	}
	if !bytes.Equal(plain.body, want) {
		t.Errorf("%s: body of %d bytes differs from the %d of %s", p, len(plain.body), len(want), file)
	}
	etag := h.Get("ETag")
	if etag == "" || h.Get("Last-Modified") == "" {
		t.Errorf("%s: ETag %q, Last-Modified %q: calendar apps need both for 304s", p, etag, h.Get("Last-Modified"))
	}

	// The same headers as tahapan serve sends, and the same bytes.
	r := fetch(t, "GET", ref+p)
	if r.status != 200 || !bytes.Equal(r.body, want) {
		t.Errorf("%s: tahapan serve answers %d with %d bytes; published file has %d", p, r.status, len(r.body), len(want))
	}
	for _, name := range []string{"Content-Type", "Cache-Control", "Access-Control-Allow-Origin", "X-Content-Type-Options"} {
		if got, w := h.Get(name), r.header.Get(name); got != w {
			t.Errorf("%s: %s %q, but tahapan serve sends %q", p, name, got, w)
		}
	}

	// If-None-Match and If-Modified-Since give 304 with no body.
	for _, cond := range [][]string{{"If-None-Match", etag}, {"If-Modified-Since", h.Get("Last-Modified")}} {
		if a := fetch(t, "GET", base+p, cond...); a.status != 304 || len(a.body) != 0 {
			t.Errorf("%s: %s %q: status %d with %d bytes, want 304 and none", p, cond[0], cond[1], a.status, len(a.body))
		}
	}

	// gzip: the .gz beside the file, sent as it is.
	gz, err := os.ReadFile(file + ".gz")
	if err == nil {
		a := fetch(t, "GET", base+p, "Accept-Encoding", "gzip")
		if a.status != 200 || a.header.Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: Accept-Encoding gzip: %d, Content-Encoding %q, want 200 gzip", p, a.status, a.header.Get("Content-Encoding"))
		} else {
			if !bytes.Equal(a.body, gz) {
				t.Errorf("%s: gzip body of %d bytes is not the %d of %s.gz", p, len(a.body), len(gz), file)
			}
			if zr, err := gzip.NewReader(bytes.NewReader(a.body)); err != nil {
				t.Errorf("%s: gzip body: %v", p, err)
			} else if b, err := io.ReadAll(zr); err != nil || !bytes.Equal(b, want) {
				t.Errorf("%s: gzip body does not decompress to the file (%v)", p, err)
			}
			checkEncoded(t, base, p, "gzip", a, plain)
		}
		// A client that refuses gzip gets the plain file.
		if a := fetch(t, "GET", base+p, "Accept-Encoding", "gzip;q=0"); a.header.Get("Content-Encoding") != "" {
			t.Errorf("%s: Accept-Encoding gzip;q=0 got Content-Encoding %q", p, a.header.Get("Content-Encoding"))
		}
	} else if textExt[filepath.Ext(file)] {
		t.Errorf("%s.gz is missing", file)
	}

	// br: the .br beside the file, where the server can send it.
	if brb, err := os.ReadFile(file + ".br"); err == nil && br {
		a := fetch(t, "GET", base+p, "Accept-Encoding", "br")
		if a.status != 200 || a.header.Get("Content-Encoding") != "br" || !bytes.Equal(a.body, brb) {
			t.Errorf("%s: Accept-Encoding br: %d, Content-Encoding %q, %d bytes; want 200 br and the %d of %s.br",
				p, a.status, a.header.Get("Content-Encoding"), len(a.body), len(brb), file)
		} else {
			checkEncoded(t, base, p, "br", a, plain)
		}
		// What browsers send: either sibling will do, sent as it is.
		a = fetch(t, "GET", base+p, "Accept-Encoding", "gzip, deflate, br")
		if enc := a.header.Get("Content-Encoding"); !(enc == "br" && bytes.Equal(a.body, brb)) && !(enc == "gzip" && bytes.Equal(a.body, gz)) {
			t.Errorf("%s: Accept-Encoding gzip, deflate, br: Content-Encoding %q with %d bytes, neither sibling", p, enc, len(a.body))
		}
	}
}

// checkEncoded checks a compressed answer: the headers of the plain one,
// Vary, its own ETag (a cache must not hand gzip bytes to a client that
// validated plain ones) and a 304 for it.
func checkEncoded(t *testing.T, base, p, enc string, a, plain answer) {
	t.Helper()
	for _, name := range []string{"Content-Type", "Cache-Control", "Access-Control-Allow-Origin"} {
		if got, w := a.header.Get(name), plain.header.Get(name); got != w {
			t.Errorf("%s (%s): %s %q, but %q without compression", p, enc, name, got, w)
		}
	}
	if !strings.Contains(a.header.Get("Vary"), "Accept-Encoding") {
		t.Errorf("%s (%s): Vary %q lacks Accept-Encoding", p, enc, a.header.Get("Vary"))
	}
	etag := a.header.Get("ETag")
	if etag == "" || etag == plain.header.Get("ETag") {
		t.Errorf("%s (%s): ETag %q, plain ETag %q: each encoding needs its own", p, enc, etag, plain.header.Get("ETag"))
	}
	if c := fetch(t, "GET", base+p, "Accept-Encoding", enc, "If-None-Match", etag); c.status != 304 {
		t.Errorf("%s (%s): If-None-Match %q: status %d, want 304", p, enc, etag, c.status)
	}
}

// config reads a file of this folder and makes the replacements, each of
// which must match exactly once, so the test follows the file's real
// lines.
func config(t *testing.T, name string, repl ...string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for i := 0; i+1 < len(repl); i += 2 {
		if n := strings.Count(s, repl[i]); n != 1 {
			t.Fatalf("%s: %q occurs %d times, want once", name, repl[i], n)
		}
		s = strings.Replace(s, repl[i], repl[i+1], 1)
	}
	return s
}

// linkRE finds the links of a page: href and src values, and the webcal
// and https addresses inside them (a Google Calendar link carries the
// feed's address escaped).
var linkRE = regexp.MustCompile(`(?:href|src)="([^"]+)"`)

// siteLinks returns the paths, on the site, that the published pages link
// to, each once.
func siteLinks(t *testing.T, s site, files []string) []string {
	t.Helper()
	seen := map[string]bool{}
	var paths []string
	for _, rel := range files {
		if !strings.HasSuffix(rel, ".html") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range linkRE.FindAllSubmatch(b, -1) {
			link := html.UnescapeString(string(m[1]))
			if u, err := url.Parse(link); err == nil && u.Query().Get("cid") != "" {
				link = u.Query().Get("cid") // Google Calendar's subscribe link
			}
			var p string
			switch {
			case strings.HasPrefix(link, "/") && !strings.HasPrefix(link, "//"):
				p = link
			case strings.HasPrefix(link, baseURL+"/"):
				p = strings.TrimPrefix(link, baseURL)
			case strings.HasPrefix(link, "webcal://"+strings.TrimPrefix(baseURL, "https://")+"/"):
				p = strings.TrimPrefix(link, "webcal://"+strings.TrimPrefix(baseURL, "https://"))
			default:
				continue
			}
			if p, _, _ = strings.Cut(p, "#"); !seen[p] {
				seen[p] = true
				paths = append(paths, p)
			}
		}
	}
	if len(paths) < 5 {
		t.Fatalf("the published pages link to only %d paths of the site: %v", len(paths), paths)
	}
	return paths
}
