// Package site serves election schedules over HTTP: a countdown page, an
// embeddable countdown card, iCalendar feeds people subscribe to, and a
// JSON API. [Site.Handler] answers requests; [Site.Publish] writes the same
// responses as files for a static host or CDN.
//
// Responses are built for many calendar clients polling every few hours:
// every body has a strong ETag (a hash of its bytes) and a Last-Modified,
// conditional requests get 304, gzip is used when the client accepts it,
// and feeds are rendered once per schedule and option set and then served
// from memory. The handler reads no files: it serves only the schedules it
// was given.
package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

// Options configures a [Site].
type Options struct {
	// Schedules are the schedules served, each under its id. The first is
	// the one the home page shows. At least one is required.
	Schedules []*tahapan.Schedule

	// BaseURL is the public address of the site, such as
	// "https://pemilu.example.org". Subscribe links and feed SOURCE
	// properties use it. When empty, the handler uses the address each
	// request was sent to.
	BaseURL string

	// Now is the clock. Nil means time.Now; the CLI's --at freezes it.
	Now func() time.Time

	// Frozen says that Now is a fixed instant (a demo or a test): the page's
	// script then counts from the server's instant. Otherwise it counts
	// from the visitor's clock, so a published page stays right after the
	// day it was written.
	Frozen bool

	// Holidays is the working-day calendar for the holiday feeds and the
	// working-day counts. Nil means libur.New(libur.Options{}).
	Holidays *libur.Calendar

	// Logger receives one access-log record per request ([Site.Handler]);
	// nil means no log.
	Logger *slog.Logger
}

// A Site renders and serves the pages, feeds and API of its schedules. It
// is safe for concurrent use.
type Site struct {
	opt   Options
	byID  map[string]*tahapan.Schedule
	cache *cache

	hook func(*http.Request) // called first on every request; for tests
}

// New returns a site for the given options.
func New(opt Options) (*Site, error) {
	if len(opt.Schedules) == 0 {
		return nil, errors.New("site: no schedules to serve")
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Holidays == nil {
		cal, err := libur.New(libur.Options{})
		if err != nil {
			return nil, err
		}
		opt.Holidays = cal
	}
	opt.BaseURL = strings.TrimSuffix(opt.BaseURL, "/")
	s := &Site{opt: opt, byID: map[string]*tahapan.Schedule{}, cache: newCache(512)}
	for _, sc := range opt.Schedules {
		if _, dup := s.byID[sc.ID]; dup {
			return nil, fmt.Errorf("site: schedule %q given twice", sc.ID)
		}
		s.byID[sc.ID] = sc
	}
	return s, nil
}

// A response is a rendered body with its headers, ready to be served many
// times.
type response struct {
	body, gz     []byte
	etag         string // strong, quoted
	contentType  string
	cacheControl string
	modified     time.Time
	cors         bool
}

func newResponse(body []byte, contentType, cacheControl string, now time.Time) *response {
	sum := sha256.Sum256(body)
	r := &response{body: body, etag: `"` + hex.EncodeToString(sum[:12]) + `"`,
		contentType: contentType, cacheControl: cacheControl, modified: now.UTC().Truncate(time.Second)}
	if len(body) >= 1024 {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		zw.Write(body)
		zw.Close()
		r.gz = b.Bytes()
	}
	return r
}

// cache keeps rendered responses by key. When full it starts again empty,
// which bounds memory whatever queries clients send.
type cache struct {
	mu  sync.Mutex
	max int
	m   map[string]*response
}

func newCache(max int) *cache { return &cache{max: max, m: map[string]*response{}} }

func (c *cache) get(key string, render func() (*response, error)) (*response, error) {
	c.mu.Lock()
	r, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return r, nil
	}
	r, err := render()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.m) >= c.max {
		c.m = map[string]*response{}
	}
	c.m[key] = r
	c.mu.Unlock()
	return r, nil
}

// httpError is an error with the status to answer it with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

var errNotFound = &httpError{http.StatusNotFound, "not found"}

// Handler returns the HTTP handler of the site. Its routes:
//
//	/                                the countdown page of the first schedule (?lang=en)
//	/{schedule}/                     the countdown page of a schedule
//	/embed/{schedule}                a small countdown card for an iframe
//	/{schedule}.ics                  the stages feed (?lang, tz, tag, key)
//	/{schedule}/countdown.ics        one event a day: "H-150 …"
//	/libur/{year}.ics                the non-working days of a year
//	/api/v1/{schedule}/countdown     countdown JSON (?at, tz), as `tahapan countdown -o json`
//	/api/v1/{schedule}/stages        stages JSON (?at, tz), as `tahapan stages -o json`
//	/healthz                         "ok"
func (s *Site) Handler() http.Handler {
	h := http.HandlerFunc(s.serve)
	if s.opt.Logger == nil {
		return h
	}
	return accessLog(s.opt.Logger, h)
}

func (s *Site) serve(w http.ResponseWriter, r *http.Request) {
	if s.hook != nil {
		s.hook(r)
	}
	if r.Method == http.MethodOptions {
		setCORS(w.Header())
		w.Header().Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
		w.Header().Set("Access-Control-Max-Age", "86400")
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD, OPTIONS")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	resp, err := s.route(r.URL.Path, r.URL.Query(), s.base(r))
	if err != nil {
		var he *httpError
		if !errors.As(err, &he) {
			he = &httpError{http.StatusInternalServerError, "internal error"}
			if s.opt.Logger != nil {
				s.opt.Logger.Error("render", "path", r.URL.Path, "err", err)
			}
		}
		w.Header().Set("Cache-Control", "no-store")
		http.Error(w, he.msg, he.status)
		return
	}
	write(w, r, resp)
}

// base returns the public address for links: BaseURL, or the address the
// request came to.
func (s *Site) base(r *http.Request) string {
	if s.opt.BaseURL != "" {
		return s.opt.BaseURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// route renders the response for a path and query. It is shared by the
// handler and Publish, so a published file has the same bytes. Every page
// and feed also has a path form of ?lang=en ("/en/", "/ID.en.ics"), so a
// static host can serve it.
func (s *Site) route(path string, q url.Values, base string) (*response, error) {
	now := s.opt.Now()
	if p, ok := strings.CutSuffix(path, "/index.html"); ok {
		path = p + "/"
	}
	if p, ok := strings.CutSuffix(path, ".en.ics"); ok {
		path = p + ".ics"
		q = withLang(q)
	}
	if p, ok := strings.CutSuffix(path, "/en/"); ok {
		path = p + "/"
		q = withLang(q)
	} else if path == "/en" {
		path, q = "/", withLang(q)
	}
	parts := strings.Split(strings.Trim(path, "/"), "/")
	switch {
	case path == "/":
		return s.page(s.opt.Schedules[0], q, base, now)
	case path == "/healthz":
		return newResponse([]byte("ok\n"), "text/plain; charset=utf-8", "no-store", now), nil
	case len(parts) == 1 && strings.HasSuffix(parts[0], ".ics"):
		sc, ok := s.byID[strings.TrimSuffix(parts[0], ".ics")]
		if !ok {
			return nil, errNotFound
		}
		return s.stagesFeed(sc, q, base)
	case len(parts) == 1 && strings.HasSuffix(path, "/"):
		sc, ok := s.byID[parts[0]]
		if !ok {
			return nil, errNotFound
		}
		return s.page(sc, q, base, now)
	case len(parts) == 2 && parts[1] == "countdown.ics":
		sc, ok := s.byID[parts[0]]
		if !ok {
			return nil, errNotFound
		}
		return s.countdownFeed(sc, q, base)
	case len(parts) == 2 && parts[0] == "libur" && strings.HasSuffix(parts[1], ".ics"):
		return s.holidayFeed(strings.TrimSuffix(parts[1], ".ics"), q, base)
	case len(parts) == 2 && parts[0] == "embed":
		sc, ok := s.byID[parts[1]]
		if !ok {
			return nil, errNotFound
		}
		return s.embed(sc, q, base, now)
	case len(parts) == 4 && parts[0] == "api" && parts[1] == "v1":
		sc, ok := s.byID[parts[2]]
		if !ok {
			return nil, errNotFound
		}
		switch parts[3] {
		case "countdown", "countdown.json":
			return s.apiCountdown(sc, q, now)
		case "stages", "stages.json":
			return s.apiStages(sc, q, now)
		}
	}
	return nil, errNotFound
}

func withLang(q url.Values) url.Values {
	c := url.Values{}
	for k, v := range q {
		c[k] = v
	}
	c.Set("lang", "en")
	return c
}

// write serves resp, honouring conditional requests and gzip.
func write(w http.ResponseWriter, r *http.Request, resp *response) {
	h := w.Header()
	h.Set("Content-Type", resp.contentType)
	h.Set("Cache-Control", resp.cacheControl)
	h.Set("Last-Modified", resp.modified.Format(http.TimeFormat))
	h.Set("X-Content-Type-Options", "nosniff")
	if resp.cors {
		setCORS(h)
	}
	body, etag := resp.body, resp.etag
	if resp.gz != nil {
		h.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r.Header.Get("Accept-Encoding")) {
			body, etag = resp.gz, strings.TrimSuffix(resp.etag, `"`)+`-gz"`
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", etag)
	if notModified(r, resp, etag) {
		h.Del("Content-Type")
		h.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// notModified applies RFC 9110 §13.1: If-None-Match wins over
// If-Modified-Since. Both representations (plain and gzip) of the same
// body match, since they carry the same content.
func notModified(r *http.Request, resp *response, etag string) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
			if t == "*" || t == etag || t == resp.etag || t == strings.TrimSuffix(resp.etag, `"`)+`-gz"` {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		if t, err := http.ParseTime(ims); err == nil && !resp.modified.After(t) {
			return true
		}
	}
	return false
}

func acceptsGzip(ae string) bool {
	for _, part := range strings.Split(ae, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(name) != "gzip" && strings.TrimSpace(name) != "*" {
			continue
		}
		if q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q="); ok {
			if v, err := strconv.ParseFloat(q, 64); err == nil && v == 0 {
				return false
			}
		}
		return true
	}
	return false
}

func setCORS(h http.Header) {
	h.Set("Access-Control-Allow-Origin", "*")
}

// statusWriter records the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status, size int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.size += n
	return n, err
}

func accessLog(log *slog.Logger, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		log.Info("request", "method", r.Method, "path", r.URL.RequestURI(), "status", sw.status,
			"bytes", sw.size, "duration", time.Since(start), "remote", r.RemoteAddr, "ua", r.UserAgent())
	})
}

// Query parsing. Every bad value is a 400 with a short message.

func langOf(q url.Values) (string, error) {
	switch l := q.Get("lang"); l {
	case "", "id":
		return "id", nil
	case "en":
		return "en", nil
	default:
		return "", badRequest("invalid lang %q: want id or en", l)
	}
}

func zoneOf(q url.Values, sc *tahapan.Schedule) (*time.Location, error) {
	name := q.Get("tz")
	if name == "" {
		return sc.Location(), nil
	}
	if len(name) > 64 {
		return nil, badRequest("invalid tz: too long")
	}
	loc, err := tahapan.Zone(name)
	if err != nil {
		return nil, badRequest("invalid tz %q: want WIB, WITA, WIT or an IANA name", name)
	}
	return loc, nil
}

func boolOf(q url.Values, key string) (bool, error) {
	switch v := q.Get(key); v {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	default:
		return false, badRequest("invalid %s %q: want true or false", key, v)
	}
}

func atOf(q url.Values, loc *time.Location, now time.Time) (time.Time, error) {
	at := q.Get("at")
	if at == "" {
		return now, nil
	}
	if d, err := tahapan.ParseDate(at); err == nil && tahapan.InRange(d) {
		return d.In(loc), nil
	}
	t, err := time.Parse(time.RFC3339, at)
	if err != nil || !tahapan.InRange(tahapan.Today(t, loc)) {
		return time.Time{}, badRequest("invalid at %q: want YYYY-MM-DD or RFC 3339, from %d to %d", at, tahapan.MinYear, tahapan.MaxYear)
	}
	return t, nil
}

func tagOf(q url.Values, sc *tahapan.Schedule) ([]string, error) {
	tags := q["tag"]
	for _, t := range tags {
		if !slices.Contains(sc.Tags(), t) {
			return nil, badRequest("unknown tag %q", t)
		}
	}
	slices.Sort(tags)
	return slices.Compact(tags), nil
}
