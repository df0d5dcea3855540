package site

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
)

// clock is a settable clock for tests.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func siteWithClock(t testing.TB, base string, c *clock, frozen bool, ids ...string) *Site {
	t.Helper()
	if len(ids) == 0 {
		ids = []string{"pemilu-2024"}
	}
	var list []*tahapan.Schedule
	for _, id := range ids {
		s, err := schedules.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		list = append(list, s)
	}
	s, err := New(Options{Schedules: list, BaseURL: base, Now: c.now, Frozen: frozen})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func wib(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		values []string
		want   bool
	}{
		{nil, false}, // no field: the body as it is
		{[]string{""}, false},
		{[]string{"gzip"}, true},
		{[]string{"GZIP"}, true},
		{[]string{"Gzip;Q=0.5"}, true},
		{[]string{"x-gzip"}, true},
		{[]string{"gzip, deflate, br"}, true},
		{[]string{"br, gzip;q=0.8"}, true},
		{[]string{"br"}, false},
		{[]string{"deflate"}, false},
		{[]string{"identity"}, false},
		{[]string{"gzip;q=0"}, false},
		{[]string{"gzip; q=0"}, false},
		{[]string{"gzip ; q = 0.000"}, false},
		{[]string{"gzip;q=0."}, false},
		{[]string{"gzip;q=0.001"}, true},
		{[]string{"gzip;q=1"}, true},
		{[]string{"gzip;q=1.000"}, true},
		{[]string{"gzip;q=1.001"}, false}, // not a qvalue: the element is ignored
		{[]string{"gzip;q=2"}, false},
		{[]string{"gzip;q=0.0001"}, false},
		{[]string{"gzip;q=abc"}, false},
		{[]string{"gzip;q=-1"}, false},
		{[]string{"*"}, true},
		{[]string{"*;q=0"}, false},
		{[]string{"gzip;q=0, *"}, false}, // the named coding wins over *
		{[]string{"*;q=0, gzip"}, true},
		{[]string{"gzip;q=0.5, identity;q=1"}, false}, // the client prefers the body as it is
		{[]string{"gzip;q=1, identity;q=0.5"}, true},
		{[]string{"identity;q=0, gzip;q=0.1"}, true},
		{[]string{"br", "gzip"}, true}, // two field lines
		{[]string{"br", "gzip;q=0"}, false},
		{[]string{",,gzip,,"}, true},
		{[]string{"gzipx"}, false},
		{[]string{"not gzip"}, false},
	}
	for _, tt := range tests {
		if got := acceptsGzip(tt.values); got != tt.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tt.values, got, tt.want)
		}
	}
}

// TestEncodingOnRequest checks that gzip is sent only when asked for, that
// every answer says it varies with Accept-Encoding, and that the gzip body
// is the plain one, compressed.
func TestEncodingOnRequest(t *testing.T) {
	h := newSite(t, "https://pemilu.example.org").Handler()
	for _, path := range []string{"/", "/en/", "/embed/pemilu-2024", "/pemilu-2024.ics", "/api/v1/pemilu-2024/stages",
		"/api/v1/pemilu-2024/countdown", "/healthz"} {
		plain := get(t, h, path)
		if plain.Header().Get("Content-Encoding") != "" {
			t.Errorf("%s without Accept-Encoding: Content-Encoding %q", path, plain.Header().Get("Content-Encoding"))
		}
		for _, ae := range []string{"GZIP", "gzip;q=0.5", "*"} {
			rec := get(t, h, path, "Accept-Encoding", ae)
			if rec.Header().Get("Content-Encoding") != "gzip" {
				t.Errorf("%s with %q: Content-Encoding %q", path, ae, rec.Header().Get("Content-Encoding"))
				continue
			}
			if n := rec.Header().Get("Content-Length"); n != fmt.Sprint(rec.Body.Len()) {
				t.Errorf("%s: Content-Length %s for %d bytes", path, n, rec.Body.Len())
			}
			zr, err := gzip.NewReader(rec.Body)
			if err != nil {
				t.Fatal(err)
			}
			if zr.Name != "" || !zr.ModTime.IsZero() {
				t.Errorf("%s: the gzip header has a name %q or time %v", path, zr.Name, zr.ModTime)
			}
			body, err := io.ReadAll(zr)
			if err != nil || !bytes.Equal(body, plain.Body.Bytes()) {
				t.Errorf("%s: the gunzipped body differs from the plain one (%v)", path, err)
			}
		}
		for _, ae := range []string{"gzip;q=0", "br", "identity", "*;q=0"} {
			if rec := get(t, h, path, "Accept-Encoding", ae); rec.Header().Get("Content-Encoding") != "" {
				t.Errorf("%s with %q was compressed", path, ae)
			}
		}
		for _, ae := range []string{"", "gzip"} {
			if v := get(t, h, path, "Accept-Encoding", ae).Header().Values("Vary"); len(v) != 1 || v[0] != "Accept-Encoding" {
				t.Errorf("%s (Accept-Encoding %q): Vary %q", path, ae, v)
			}
		}
	}
}

// TestNoHost checks that no answer reflects the Host header: two hosts,
// and no host at all, get the same bytes, with no "http:///" link.
func TestNoHost(t *testing.T) {
	for _, base := range []string{"", "https://pemilu.example.org"} {
		h := newSite(t, base).Handler()
		for _, path := range []string{"/", "/en/", "/pilkada-2024/", "/embed/pemilu-2024", "/pemilu-2024.ics",
			"/pemilu-2024/countdown.ics", "/api/v1/pemilu-2024/countdown", "/api/v1/pemilu-2024/stages"} {
			var bodies []string
			for _, host := range []string{"evil.example", "", "pemilu.example.org:8080"} {
				req := httptest.NewRequest(http.MethodGet, path, nil)
				req.Host = host
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					t.Fatalf("%s (Host %q) = %d", path, host, rec.Code)
				}
				b := rec.Body.String()
				for _, bad := range []string{"evil.example", "http:///", "https:///", "webcal:///", ":8080"} {
					if strings.Contains(b, bad) {
						t.Errorf("base %q: %s with Host %q holds %q", base, path, host, bad)
					}
				}
				bodies = append(bodies, b)
			}
			if bodies[0] != bodies[1] || bodies[1] != bodies[2] {
				t.Errorf("base %q: %s differs with the Host header", base, path)
			}
		}
	}
	// With a base URL the links are absolute; without one, relative.
	if b := get(t, newSite(t, "").Handler(), "/").Body.String(); !strings.Contains(b, `id="webcal" href="/pemilu-2024.ics"`) {
		t.Error("without a base URL the webcal button should fall back to the relative feed")
	}
	if b := get(t, newSite(t, "https://x.example").Handler(), "/").Body.String(); !strings.Contains(b, `href="webcal://x.example/pemilu-2024.ics"`) {
		t.Error("with a base URL the webcal link should be absolute")
	}
}

// TestPageCachedPerDay checks that the page is rendered once a day, not
// once a request, and that what it says still follows the clock: a new day,
// and polls opening on voting day, give a new page.
func TestPageCachedPerDay(t *testing.T) {
	c := &clock{t: wib("2023-07-23T09:00:00+07:00")}
	s := siteWithClock(t, "", c, false)
	render := func(path string) *response {
		t.Helper()
		r, err := s.route(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, path := range []string{"/", "/en/", "/embed/pemilu-2024", "/api/v1/pemilu-2024/stages"} {
		c.set(wib("2023-07-23T09:00:00+07:00"))
		first := render(path)
		c.set(wib("2023-07-23T21:59:59+07:00")) // 23:59:59 WIT: still 23 July everywhere
		if render(path) != first {
			t.Errorf("%s was rendered again on the same day", path)
		}
		c.set(wib("2023-07-24T00:00:00+07:00"))
		next := render(path)
		if next == first {
			t.Errorf("%s was not rendered again on a new day", path)
		}
		if path == "/" && !strings.Contains(string(next.body), "H-205") {
			t.Errorf("the page of 24 July says %q", string(next.body)[:200])
		}
	}
	// The page changes at 22:00 WIB, when it is midnight in WIT.
	c.set(wib("2023-07-23T21:59:00+07:00"))
	a := render("/")
	c.set(wib("2023-07-23T22:00:00+07:00"))
	if render("/") == a {
		t.Error("the page was kept over midnight in WIT")
	}
	// Voting day: polls opening in WIB (07:00) gives a new page.
	c.set(wib("2024-02-14T06:59:00+07:00"))
	a = render("/")
	c.set(wib("2024-02-14T07:00:00+07:00"))
	if render("/") == a {
		t.Error("the page was kept over polls opening in WIB")
	}
	// The countdown API counts seconds: it is kept per second.
	c.set(wib("2023-07-23T09:00:00+07:00"))
	a = render("/api/v1/pemilu-2024/countdown")
	if render("/api/v1/pemilu-2024/countdown") != a {
		t.Error("the countdown API was rendered twice in one second")
	}
	c.set(wib("2023-07-23T09:00:01+07:00"))
	if b := render("/api/v1/pemilu-2024/countdown"); b == a || !strings.Contains(string(b.body), `"until_seconds": 17791199`) {
		t.Errorf("the countdown API a second later: %s", b.body)
	}
}

// TestFrozenPageExact checks that a frozen clock (a demo with --at) writes
// the exact time left, which the script then counts from.
func TestFrozenPageExact(t *testing.T) {
	s := siteWithClock(t, "", &clock{t: at}, true)
	b := get(t, s.Handler(), "/").Body.String()
	for _, want := range []string{"205 hari 22 jam 0 menit", "205 hari 20 jam 0 menit"} { // WIB, WIT (07:00 WIT is 05:00 WIB)
		if !strings.Contains(b, want) {
			t.Errorf("the frozen page lacks %q", want)
		}
	}
}

func TestCacheBounded(t *testing.T) {
	c := newCache(4, 1<<20)
	renders := 0
	r := func() (*response, error) {
		renders++
		return newResponse([]byte("x"), "text/plain", "", at), nil
	}
	c.get("hot", r)
	for i := range 100 {
		c.get(fmt.Sprint("k", i), r)
		c.get("hot", r) // asked for often: it stays
	}
	if n := c.len(); n > 8 {
		t.Errorf("the cache holds %d entries, want at most 8", n)
	}
	if renders != 101 {
		t.Errorf("%d renders for 101 keys: the hot key was dropped", renders)
	}
	// Bytes: 10 bodies of 100 KB in a cache of 256 KB a generation.
	c = newCache(1000, 256<<10)
	for i := range 10 {
		c.get(fmt.Sprint("big", i), func() (*response, error) {
			return newResponse(make([]byte, 100<<10), "text/plain", "", at), nil
		})
	}
	if n := c.len(); n > 4 {
		t.Errorf("the byte-bounded cache holds %d bodies of 100 KB, want at most 4", n)
	}
	// Errors are not kept.
	calls := 0
	fail := func() (*response, error) { calls++; return nil, errNotFound }
	c.get("err", fail)
	c.get("err", fail)
	if calls != 2 {
		t.Errorf("an error was cached (%d renders)", calls)
	}
}

// TestCacheOneRender checks that many requests for a missing key wait for
// one render instead of each rendering.
func TestCacheOneRender(t *testing.T) {
	c := newCache(16, 1<<20)
	var renders atomic.Int32
	release := make(chan struct{})
	var wg sync.WaitGroup
	for range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.get("k", func() (*response, error) {
				renders.Add(1)
				<-release
				return newResponse([]byte("x"), "text/plain", "", at), nil
			})
		}()
	}
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := renders.Load(); n != 1 {
		t.Errorf("%d renders, want 1", n)
	}
}

func BenchmarkServe(b *testing.B) {
	h := newSite(b, "https://pemilu.example.org").Handler()
	for _, path := range []string{"/", "/api/v1/pemilu-2024/stages", "/pemilu-2024.ics"} {
		for _, ae := range []string{"", "gzip"} {
			b.Run(strings.ReplaceAll(path, "/", "_")+"/"+ae, func(b *testing.B) {
				req := httptest.NewRequest(http.MethodGet, path, nil)
				if ae != "" {
					req.Header.Set("Accept-Encoding", ae)
				}
				b.ReportAllocs()
				for b.Loop() {
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					if rec.Code != http.StatusOK {
						b.Fatal(rec.Code)
					}
				}
			})
		}
	}
}

// BenchmarkRender measures a page and the stages API rendered afresh,
// without the cache: the cost of the first request of a day.
func BenchmarkRender(b *testing.B) {
	s := newSite(b, "https://pemilu.example.org")
	sc := s.opt.Schedules[0]
	b.Run("page", func(b *testing.B) {
		for b.Loop() {
			s.cache = newCache(1024, 64<<20)
			if _, err := s.page(s.root, sc, nil, at); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("stages", func(b *testing.B) {
		for b.Loop() {
			s.cache = newCache(1024, 64<<20)
			if _, err := s.apiStages(s.root, sc, nil, at); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkGzip(b *testing.B) {
	s := newSite(b, "https://pemilu.example.org")
	r, err := s.route("/pemilu-2024.ics", nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(r.body)))
	for b.Loop() {
		gzipBytes(r.body)
	}
}

func BenchmarkBrotli(b *testing.B) {
	s := newSite(b, "https://pemilu.example.org")
	r, err := s.route("/pemilu-2024.ics", nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(r.body)))
	for b.Loop() {
		brotliBytes(r.body)
	}
}

// TestConcurrentChurn serves hot pages while other clients churn a small
// cache with distinct queries; run with -race. Every answer must still be
// right for its own query.
func TestConcurrentChurn(t *testing.T) {
	s := newSite(t, "")
	s.cache = newCache(8, 1<<20)
	h := s.Handler()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				if g%2 == 0 {
					if rec := get(t, h, "/"); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "H-206") {
						t.Errorf("/ = %d", rec.Code)
						return
					}
					continue
				}
				day := tahapan.D(2023, time.August, 1).AddDays(g*100 + i)
				rec := get(t, h, "/api/v1/pemilu-2024/stages?at="+day.String(), "Accept-Encoding", "gzip")
				if rec.Code != http.StatusOK || rec.Header().Get("Content-Encoding") != "gzip" {
					t.Errorf("stages at %s = %d", day, rec.Code)
					return
				}
			}
		}()
	}
	wg.Wait()
	if n := s.cache.len(); n > 16 {
		t.Errorf("the cache grew to %d entries", n)
	}
}
