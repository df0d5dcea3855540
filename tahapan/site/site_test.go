package site

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
	_ "time/tzdata"
)

// at is the frozen clock of the tests: 23 July 2023, 09:00 WIB, H-206.
var at = time.Date(2023, 7, 23, 9, 0, 0, 0, time.FixedZone("WIB", 7*3600))

func newSite(t testing.TB, base string) *Site {
	t.Helper()
	var list []*tahapan.Schedule
	for _, id := range []string{"pemilu-2024", "pilkada-2024"} {
		s, err := schedules.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		list = append(list, s)
	}
	s, err := New(Options{Schedules: list, BaseURL: base, Now: func() time.Time { return at }})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func get(t testing.TB, h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestRoutes(t *testing.T) {
	h := newSite(t, "https://pemilu.example.org").Handler()
	tests := []struct {
		path, ctype string
		want        []string // must appear in the body
	}{
		{"/", htmlType, []string{"H-206", "Pemungutan Suara Pemilu Serentak 2024", "Rabu, 14 Februari 2024", "6 bulan 22 hari lagi",
			`href="webcal://pemilu.example.org/pemilu-2024.ics"`, `https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fpemilu.example.org%2Fpemilu-2024.ics`,
			"https://pemilu.example.org/pemilu-2024.ics", "206 hari lagi", "TPS dibuka pukul 07.00 WITA", "Tahapan berlangsung", "hari ke-91 dari 216"}},
		{"/en/", htmlType, []string{"H-206", "Voting day, 2024 General Election", "Wednesday, 14 February 2024", "6 months 22 days to go",
			"webcal://pemilu.example.org/pemilu-2024.en.ics", "In progress"}},
		{"/?lang=en", htmlType, []string{"Voting day, 2024 General Election"}},
		{"/pilkada-2024/", htmlType, []string{"H-493", "Pemungutan Suara Pemilihan Serentak 2024"}},
		{"/embed/pemilu-2024", htmlType, []string{"H-206", "Rabu, 14 Februari 2024"}},
		{"/embed/pemilu-2024/en/", htmlType, []string{"H-206", "Wednesday, 14 February 2024"}},
		{"/pemilu-2024.ics", calendarType, []string{"BEGIN:VCALENDAR\r\n", "UID:pemilu-2024/masa-tenang@", "SOURCE:https://pemilu.example.org/pemilu-2024.ics"}},
		{"/pemilu-2024.en.ics", calendarType, []string{"SUMMARY:Quiet"}},
		{"/pemilu-2024.ics?tag=kampanye&key=1", calendarType, []string{"UID:pemilu-2024/masa-kampanye@"}},
		{"/pemilu-2024.ics?tz=WITA", calendarType, []string{"TZID:Asia/Makassar"}},
		{"/pemilu-2024/countdown.ics", calendarType, []string{"SUMMARY:H-206 Pemungutan Suara Pemilu Serentak 2024"}},
		{"/libur/2024.ics", calendarType, []string{"BEGIN:VCALENDAR"}},
		{"/api/v1/pemilu-2024/countdown", jsonType, []string{`"days": 206`, `"label": "H-206"`, `"months": 6`, `"remainder_days": 22`, `"workdays": 140`, `"polls_open": "2024-02-14T07:00:00+07:00"`}},
		{"/api/v1/pemilu-2024/countdown?at=2024-02-13T23:30:00%2B07:00&tz=WITA", jsonType, []string{`"label": "H"`}},
		{"/api/v1/pemilu-2024/countdown.json?at=2024-02-15", jsonType, []string{`"label": "H+1"`}},
		{"/api/v1/pemilu-2024/stages", jsonType, []string{`"id": "masa-kampanye"`, `"status": "upcoming"`}},
		{"/healthz", "text/plain; charset=utf-8", []string{"ok"}},
	}
	for _, tt := range tests {
		rec := get(t, h, tt.path)
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s = %d %s", tt.path, rec.Code, rec.Body)
			continue
		}
		if ct := rec.Header().Get("Content-Type"); ct != tt.ctype {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.path, ct, tt.ctype)
		}
		for _, w := range tt.want {
			if !strings.Contains(rec.Body.String(), w) {
				t.Errorf("GET %s lacks %q", tt.path, w)
			}
		}
		if rec.Header().Get("ETag") == "" || rec.Header().Get("Last-Modified") == "" || rec.Header().Get("Cache-Control") == "" {
			t.Errorf("GET %s: missing caching headers %v", tt.path, rec.Header())
		}
	}
	if ids := get(t, h, "/pemilu-2024.ics?tag=kampanye&key=1").Body.String(); strings.Contains(ids, "UID:pemilu-2024/masa-tenang@") {
		t.Error("key+tag filter kept masa-tenang")
	}
}

func TestBadInput(t *testing.T) {
	h := newSite(t, "").Handler()
	tests := []struct {
		path string
		code int
		msg  string
	}{
		{"/nope", 404, "not found"},
		{"/pemilu-1955.ics", 404, "not found"},
		{"/libur/20x4.ics", 404, "not found"},
		{"/libur/3000.ics", 404, "not found"},
		{"/api/v1/pemilu-2024/other", 404, "not found"},
		{"/pemilu-2024.ics?lang=jv", 400, `invalid lang "jv"`},
		{"/pemilu-2024.ics?tz=Mars/Olympus", 400, `invalid tz "Mars/Olympus"`},
		{"/pemilu-2024.ics?tag=nope", 400, `unknown tag "nope"`},
		{"/pemilu-2024.ics?key=maybe", 400, `invalid key "maybe"`},
		{"/api/v1/pemilu-2024/countdown?at=besok", 400, `invalid at "besok"`},
		{"/api/v1/pemilu-2024/countdown?at=2024-02-30", 400, `invalid at "2024-02-30"`},
		{"/../../etc/passwd", 404, "not found"},
	}
	for _, tt := range tests {
		rec := get(t, h, tt.path)
		if rec.Code != tt.code || !strings.Contains(rec.Body.String(), tt.msg) {
			t.Errorf("GET %s = %d %q, want %d %q", tt.path, rec.Code, rec.Body, tt.code, tt.msg)
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/pemilu-2024.ics", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST = %d", rec.Code)
	}
	req = httptest.NewRequest(http.MethodOptions, "/api/v1/pemilu-2024/countdown", nil)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNoContent || rec.Header().Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("OPTIONS = %d %v", rec.Code, rec.Header())
	}
	if got := get(t, h, "/api/v1/pemilu-2024/stages").Header().Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("CORS on the API = %q", got)
	}
}

// TestBadInputShort pins the size of a 400: whatever a client sends, the
// answer quotes at most the first 40 bytes of a value, cut between runes,
// and a value over 64 bytes is only said to be too long.
func TestBadInputShort(t *testing.T) {
	h := newSite(t, "").Handler()
	nines := strings.Repeat("9", 5000)
	mid := strings.Repeat("é", 30) // 60 bytes: under the cap, over the quote
	tests := []struct {
		path string
		msg  string
	}{
		{"/pemilu-2024.ics?lang=" + nines, "invalid lang: too long"},
		{"/pemilu-2024.ics?tz=" + nines, "invalid tz: too long"},
		{"/pemilu-2024.ics?tag=" + nines, "invalid tag: too long"},
		{"/pemilu-2024.ics?tag=kampanye&tag=" + nines, "invalid tag: too long"},
		{"/pemilu-2024.ics?key=" + nines, `invalid key "` + nines[:40] + `…"`},
		{"/api/v1/pemilu-2024/countdown?at=" + nines, "invalid at: too long"},
		{"/api/v1/pemilu-2024/stages?at=" + nines, "invalid at: too long"},
		{"/pemilu-2024.ics?lang=" + mid, `invalid lang "` + strings.Repeat("é", 20) + `…"`},
		{"/pemilu-2024.ics?tz=" + mid, `invalid tz "` + strings.Repeat("é", 20) + `…"`},
		{"/pemilu-2024.ics?tag=" + mid, `unknown tag "` + strings.Repeat("é", 20) + `…"`},
		{"/api/v1/pemilu-2024/countdown?at=" + mid, `invalid at "` + strings.Repeat("é", 20) + `…"`},
		{"/pemilu-2024.ics?tag=a" + mid, `unknown tag "a` + strings.Repeat("é", 19) + `…"`}, // the cut falls inside a rune
	}
	for _, tt := range tests {
		rec := get(t, h, tt.path)
		body := rec.Body.String()
		if rec.Code != http.StatusBadRequest || !strings.Contains(body, tt.msg) {
			t.Errorf("GET %.80s = %d %.200q, want 400 %q", tt.path, rec.Code, body, tt.msg)
		}
		if len(body) > 200 || !utf8.ValidString(body) {
			t.Errorf("GET %.80s: a %d-byte body (valid UTF-8: %v), want at most 200 bytes of UTF-8", tt.path, len(body), utf8.ValidString(body))
		}
	}
}

func TestNewUnknownRegionShort(t *testing.T) {
	sc, err := schedules.Load("pemilu-2024")
	if err != nil {
		t.Fatal(err)
	}
	code := strings.Repeat("é", 5000)
	for _, opt := range []Options{
		{Schedules: []*tahapan.Schedule{sc}, Regions: []wilayah.Region{{Code: code}}},
		{Schedules: []*tahapan.Schedule{sc}, Home: wilayah.Region{Code: code}},
	} {
		_, err := New(opt)
		want := `site: unknown region "` + strings.Repeat("é", 20) + `…"`
		if err == nil || err.Error() != want {
			t.Errorf("New with a 10 KB region code: %.200v, want %s", err, want)
		}
	}
}

func TestConditionalGet(t *testing.T) {
	h := newSite(t, "").Handler()
	for _, path := range []string{"/pemilu-2024.ics", "/", "/api/v1/pemilu-2024/countdown"} {
		first := get(t, h, path)
		etag := first.Header().Get("ETag")
		if !strings.HasPrefix(etag, `"`) || strings.HasPrefix(etag, "W/") {
			t.Errorf("%s: ETag %q is not strong", path, etag)
		}
		if again := get(t, h, path); again.Header().Get("ETag") != etag || !bytes.Equal(again.Body.Bytes(), first.Body.Bytes()) {
			t.Errorf("%s: a second request differs", path)
		}
		rec := get(t, h, path, "If-None-Match", etag)
		if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 || rec.Header().Get("ETag") != etag {
			t.Errorf("%s If-None-Match = %d, %d bytes", path, rec.Code, rec.Body.Len())
		}
		if rec := get(t, h, path, "If-None-Match", `"other", `+etag); rec.Code != http.StatusNotModified {
			t.Errorf("%s: If-None-Match with a list = %d", path, rec.Code)
		}
		if rec := get(t, h, path, "If-None-Match", `"other"`); rec.Code != http.StatusOK {
			t.Errorf("%s: stale If-None-Match = %d", path, rec.Code)
		}
		lm := first.Header().Get("Last-Modified")
		if rec := get(t, h, path, "If-Modified-Since", lm); rec.Code != http.StatusNotModified {
			t.Errorf("%s If-Modified-Since = %d", path, rec.Code)
		}
		// If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
		if rec := get(t, h, path, "If-None-Match", `"other"`, "If-Modified-Since", lm); rec.Code != http.StatusOK {
			t.Errorf("%s: If-None-Match must win, got %d", path, rec.Code)
		}
	}
}

func TestGzip(t *testing.T) {
	h := newSite(t, "").Handler()
	plain := get(t, h, "/pemilu-2024.ics")
	rec := get(t, h, "/pemilu-2024.ics", "Accept-Encoding", "br, gzip;q=0.8")
	if rec.Header().Get("Content-Encoding") != "gzip" || !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
		t.Fatalf("headers %v", rec.Header())
	}
	if rec.Body.Len() >= plain.Body.Len()/3 {
		t.Errorf("gzip body %d bytes, plain %d", rec.Body.Len(), plain.Body.Len())
	}
	zr, err := gzip.NewReader(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(zr)
	if !bytes.Equal(body, plain.Body.Bytes()) {
		t.Error("gunzipped body differs from the plain one")
	}
	if rec.Header().Get("ETag") == plain.Header().Get("ETag") {
		t.Error("gzip and plain representations share a strong ETag")
	}
	if r := get(t, h, "/pemilu-2024.ics", "Accept-Encoding", "gzip;q=0"); r.Header().Get("Content-Encoding") != "" {
		t.Error("gzip;q=0 was gzipped")
	}
	if r := get(t, h, "/pemilu-2024.ics", "Accept-Encoding", "gzip", "If-None-Match", plain.Header().Get("ETag")); r.Code != http.StatusNotModified {
		t.Errorf("the plain ETag must validate the gzip representation too, got %d", r.Code)
	}
}

// TestFeedCache checks that a feed is rendered once per option set.
func TestFeedCache(t *testing.T) {
	s := newSite(t, "")
	a, err := s.route("/pemilu-2024.ics", nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.route("/pemilu-2024.ics", nil)
	c, _ := s.route("/pemilu-2024.en.ics", nil)
	if a != b || a == c {
		t.Errorf("cache: same options gave different renders (%v) or languages shared one (%v)", a != b, a == c)
	}
}

func TestAPIMatchesCLIJSON(t *testing.T) {
	h := newSite(t, "").Handler()
	var got map[string]any
	if err := json.Unmarshal(get(t, h, "/api/v1/pemilu-2024/countdown").Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	sc, _ := schedules.Load("pemilu-2024")
	wib, _ := tahapan.Zone("WIB")
	want, _ := json.Marshal(sc.Countdown(at, wib))
	var w map[string]any
	json.Unmarshal(want, &w)
	for k, v := range w {
		if got[k] != v {
			t.Errorf("%s = %v, the library says %v", k, got[k], v)
		}
	}
}

func TestPublish(t *testing.T) {
	s := newSite(t, "https://pemilu.example.org")
	dir := t.TempDir()
	files, err := s.Publish(dir, PublishOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(s.Paths()) {
		t.Errorf("%d files for %d paths", len(files), len(s.Paths()))
	}
	h := s.Handler()
	for _, p := range s.Paths() {
		name := strings.TrimPrefix(p, "/")
		if name == "" || strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Error(err)
			continue
		}
		if rec := get(t, h, p); !bytes.Equal(rec.Body.Bytes(), data) {
			t.Errorf("%s: the published file differs from the served response", p)
		}
	}
	for _, want := range []string{"index.html", "en/index.html", "pemilu-2024.ics", "pemilu-2024/countdown.ics", "libur/2024.ics",
		"api/v1/pemilu-2024/countdown.json", "embed/pemilu-2024/index.html"} {
		if _, err := os.Stat(filepath.Join(dir, want)); err != nil {
			t.Errorf("missing %s", want)
		}
	}
	if _, err := newSite(t, "").Publish(dir, PublishOptions{}); err == nil {
		t.Error("Publish without a base URL succeeded")
	}
}

// TestGracefulShutdown cancels the server while a request is in flight:
// the request still completes, and new connections are refused.
func TestGracefulShutdown(t *testing.T) {
	s := newSite(t, "")
	started, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	s.hook = func(r *http.Request) {
		if r.URL.Path == "/slow.ics" {
			once.Do(func() { close(started) })
			<-release
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln, 5*time.Second) }()
	url := "http://" + ln.Addr().String()
	type result struct {
		code int
		err  error
	}
	inflight := make(chan result, 1)
	go func() {
		resp, err := http.Get(url + "/slow.ics")
		if err != nil {
			inflight <- result{0, err}
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		inflight <- result{resp.StatusCode, nil}
	}()
	<-started
	cancel()
	time.Sleep(100 * time.Millisecond) // let Shutdown close the listener
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("a new connection was accepted during shutdown")
	}
	close(release)
	if r := <-inflight; r.err != nil || r.code != http.StatusNotFound {
		t.Errorf("in-flight request: %d %v; want it answered (404 for /slow.ics)", r.code, r.err)
	}
	if err := <-done; err != nil {
		t.Errorf("Serve = %v", err)
	}
}
