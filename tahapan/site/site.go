// Package site serves election schedules over HTTP: a countdown page, an
// embeddable countdown card, iCalendar feeds people subscribe to, and a
// JSON API. [Site.Handler] answers requests; [Site.Publish] writes the same
// responses as files for a static host or CDN.
//
// Responses are built for many calendar clients polling every few hours:
// every body has a strong ETag (a hash of its bytes) and a Last-Modified,
// conditional requests get 304, and gzip is sent when the client asks for
// it (Accept-Encoding, read per RFC 9110). Every body is rendered once per
// key and then served from memory: feeds per schedule and option set,
// pages and the stages API per civil day (and polling phase on voting
// day), the countdown API per second; its gzip form is made once too, and
// is the same bytes [Site.Publish] writes as NAME.gz. No body depends on
// the request's Host header. The handler reads no files: it serves only
// the schedules it was given.
//
// Each election office (Options.Regions) has a sub-site under its kode
// wilayah, /35.76/: the same pages, card, feeds and API for the schedules
// as the office sees them ([tahapan.Schedule.ForRegion]), in the region's
// own zone and with the office's name, plus the day's captions for the
// five platforms. /wilayah/ lists the offices by province and
// /api/v1/regions finds them by name. [Site.Publish] writes every sub-site
// with a pool of workers.
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
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
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

	// Regions are the election offices that get a sub-site at /{kode}/
	// (pages in the region's zone, feeds, embed card, captions), listed on
	// the index page /wilayah/ and in /api/v1/regions. Nil means none;
	// the CLI's serve gives all of them ([wilayah.All]).
	Regions []wilayah.Region

	// Home, when set, makes the site at "/" that region's office's site,
	// as its sub-site would be, for an office that serves only its own.
	Home wilayah.Region
}

// A Site renders and serves the pages, feeds and API of its schedules. It
// is safe for concurrent use.
type Site struct {
	opt   Options
	cache *cache

	root       *scope                  // the site at "/"
	regions    map[string]*regionEntry // the sub-sites by code
	regionList []wilayah.Region        // Options.Regions, in code order

	hook      func(*http.Request)     // called first on every request; for tests
	failWrite func(name string) error // called before Publish writes a file, by several workers at once; for tests
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
	s := &Site{opt: opt, cache: newCache(1024, 64<<20), regions: map[string]*regionEntry{}}
	seen := map[string]bool{}
	for _, sc := range opt.Schedules {
		if seen[sc.ID] {
			return nil, fmt.Errorf("site: schedule %q given twice", sc.ID)
		}
		seen[sc.ID] = true
	}
	for _, r := range opt.Regions {
		if got, err := wilayah.Lookup(r.Code); err != nil || got != r {
			return nil, fmt.Errorf("site: unknown region %q", kata.Prefix(r.Code, 40))
		}
		if _, dup := s.regions[r.Code]; dup {
			continue
		}
		s.regions[r.Code] = &regionEntry{}
		s.regionList = append(s.regionList, r)
	}
	slices.SortFunc(s.regionList, func(a, b wilayah.Region) int { return strings.Compare(a.Code, b.Code) })
	s.root = s.newScope(wilayah.Region{}, "")
	if !opt.Home.IsZero() {
		if got, err := wilayah.Lookup(opt.Home.Code); err != nil || got != opt.Home {
			return nil, fmt.Errorf("site: unknown region %q", kata.Prefix(opt.Home.Code, 40))
		}
		national := s.root
		s.root = s.newScope(opt.Home, "")
		s.root.national = national
		if len(s.root.list) == 0 {
			return nil, fmt.Errorf("site: none of the schedules took place in %s", opt.Home)
		}
	}
	return s, nil
}

// A response is a rendered body with its headers, ready to be served many
// times. Its gzip form is made once, on the first request that asks for
// it (or by Publish), and then served from memory.
type response struct {
	body         []byte
	etag         string // strong, quoted
	contentType  string
	cacheControl string
	modified     time.Time
	cors         bool

	gzOnce sync.Once
	gz     []byte
}

func newResponse(body []byte, contentType, cacheControl string, now time.Time) *response {
	sum := sha256.Sum256(body)
	return &response{body: body, etag: `"` + hex.EncodeToString(sum[:12]) + `"`,
		contentType: contentType, cacheControl: cacheControl, modified: now.UTC().Truncate(time.Second)}
}

// gzipped returns the body compressed with gzip: the bytes served with
// Content-Encoding: gzip and published as NAME.gz.
func (r *response) gzipped() []byte {
	r.gzOnce.Do(func() { r.gz = gzipBytes(r.body) })
	return r.gz
}

// gzipLevel is the compression level of every gzip body. Each body is
// compressed once (see [response.gzipped]), so the best level costs little:
// 3-5 ms for the 115 KB pemilu-2024 feed (BenchmarkGzip).
const gzipLevel = gzip.BestCompression

// gzipBytes compresses b with gzip. The output depends on b alone: the
// header carries no name and no modification time, so the same body always
// gives the same bytes, served or published.
func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(b)/4 + 64)
	zw, _ := gzipWriters.Get().(*gzip.Writer)
	if zw == nil {
		zw, _ = gzip.NewWriterLevel(&buf, gzipLevel) // the level is valid
	} else {
		zw.Reset(&buf)
	}
	zw.Write(b) // a bytes.Buffer does not fail
	zw.Close()
	gzipWriters.Put(zw)
	return buf.Bytes()
}

// gzipWriters keeps gzip writers for reuse, as brotliWriters.
var gzipWriters sync.Pool

// cache keeps rendered responses by key. It is bounded in entries and in
// bytes: it holds two generations, and when the current one is full it
// becomes the old one and the oldest is dropped. A response found in the
// old generation moves to the current one, so what is asked for often
// stays, whatever keys other clients send. Concurrent requests for a key
// that is not there yet wait for one render.
type cache struct {
	mu         sync.RWMutex
	maxEntries int
	maxBytes   int
	cur, old   map[string]*entry
	curBytes   int
}

type entry struct {
	once  sync.Once
	r     *response
	err   error
	bytes int // set under cache.mu once rendered
}

func newCache(maxEntries, maxBytes int) *cache {
	return &cache{maxEntries: maxEntries, maxBytes: maxBytes, cur: map[string]*entry{}, old: map[string]*entry{}}
}

func (c *cache) get(key string, render func() (*response, error)) (*response, error) {
	c.mu.RLock()
	e, ok := c.cur[key]
	c.mu.RUnlock()
	if !ok {
		c.mu.Lock()
		if e, ok = c.cur[key]; !ok {
			if e, ok = c.old[key]; !ok {
				e = &entry{}
			}
			if len(c.cur) >= c.maxEntries || c.curBytes >= c.maxBytes {
				c.old, c.cur, c.curBytes = c.cur, map[string]*entry{}, 0
			}
			c.cur[key] = e
			c.curBytes += e.bytes
		}
		c.mu.Unlock()
	}
	rendered := false
	e.once.Do(func() {
		e.r, e.err = render()
		rendered = true
	})
	if rendered {
		c.mu.Lock()
		if e.err == nil {
			// The body and its gzip form, which is at most about as big.
			e.bytes = 2*len(e.r.body) + 256
		}
		if c.cur[key] == e {
			if e.err != nil {
				delete(c.cur, key) // errors are not kept: the next request tries again
				if c.old[key] == e {
					delete(c.old, key)
				}
			} else {
				c.curBytes += e.bytes
			}
		}
		c.mu.Unlock()
	}
	return e.r, e.err
}

// len returns the number of entries held, for tests.
func (c *cache) len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.cur) + len(c.old)
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
//	/                                    the countdown page of the first schedule (?lang=en)
//	/{schedule}/                         the countdown page of a schedule (?lang)
//	/embed/{schedule}/                   a small countdown card for an iframe (?lang)
//	/{schedule}.ics                      the stages feed (?lang, tz, tag, key)
//	/{schedule}/countdown.ics            one event a day: "H-150 …" (?lang)
//	/libur/{year}.ics                    the non-working days of a year (?lang); at "/" only
//	/api/v1/{schedule}/countdown[.json]  countdown JSON (?at, tz), as `tahapan countdown -o json`
//	/api/v1/{schedule}/stages[.json]     stages JSON (?at, tz), as `tahapan stages -o json`
//	/api/v1/{schedule}/captions[.json]   the day's captions for the five platforms (?at, lang)
//	/wilayah/                            the index of the offices by province (?lang), with Options.Regions
//	/api/v1/regions[.json]               the offices as JSON (?q= a name or code), with Options.Regions
//	/{kode}/…                            an office's sub-site ("/35.76/"): every route above
//	                                     but /libur/, /wilayah/, /api/v1/regions and /healthz
//	/healthz                             "ok"
//
// Every page also answers at its path with "en/" added ("/en/",
// "/pemilu-2024/en/", "/embed/pemilu-2024/en/", "/wilayah/en/"), and
// every feed with ".en.ics" for ".ics", and the captions at
// "captions.en.json": the English forms of ?lang=en, which a static host
// can serve. A path ending in "/index.html" is the folder's page.
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
	resp, err := s.route(r.URL.Path, r.URL.Query())
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

// route renders the response for a path and query, or finds it in the
// cache. It is shared by the handler and Publish, so a published file has
// the same bytes. Every page and feed also has a path form of ?lang=en
// ("/en/", "/ID.en.ics"), so a static host can serve it.
//
// No response depends on the request's Host header: links use
// Options.BaseURL, or are relative when it is empty. So a cached body is
// right for every client, and a request without a Host gets no "http:///"
// links.
func (s *Site) route(path string, q url.Values) (*response, error) {
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
	switch path {
	case "/healthz":
		return healthz(), nil
	case "/api/v1/regions", "/api/v1/regions.json":
		if len(s.regionList) == 0 {
			return nil, errNotFound
		}
		return s.apiRegions(q, now)
	case "/wilayah/":
		if len(s.regionList) == 0 {
			return nil, errNotFound
		}
		return s.regionIndex(q, now)
	}
	sp := s.root
	if first, rest, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/"); wilayah.IsCode(first) {
		rsp, ok := s.regionScope(first)
		if !ok {
			if _, served := s.regions[first]; served {
				return nil, &httpError{http.StatusNotFound, "no election of this site took place in region " + first}
			}
			return nil, &httpError{http.StatusNotFound, "no sub-site for region " + first}
		}
		sp, path = rsp, "/"+rest
	}
	return s.routeIn(sp, path, q, now)
}

// routeIn answers path within the scope sp, path being relative to the
// scope's prefix.
func (s *Site) routeIn(sp *scope, path string, q url.Values, now time.Time) (*response, error) {
	parts := strings.Split(strings.Trim(path, "/"), "/")
	switch {
	case path == "/":
		return s.page(sp, sp.list[0], q, now)
	case len(parts) == 1 && strings.HasSuffix(parts[0], ".ics"):
		sc, err := s.schedule(sp, strings.TrimSuffix(parts[0], ".ics"))
		if err != nil {
			return nil, err
		}
		return s.stagesFeed(sp, sc, q)
	case len(parts) == 1 && strings.HasSuffix(path, "/"):
		sc, err := s.schedule(sp, parts[0])
		if err != nil {
			return nil, err
		}
		return s.page(sp, sc, q, now)
	case len(parts) == 2 && parts[1] == "countdown.ics":
		sc, err := s.schedule(sp, parts[0])
		if err != nil {
			return nil, err
		}
		return s.countdownFeed(sp, sc, q)
	case len(parts) == 2 && parts[0] == "libur" && strings.HasSuffix(parts[1], ".ics") && sp.prefix == "":
		return s.holidayFeed(strings.TrimSuffix(parts[1], ".ics"), q)
	case len(parts) == 2 && parts[0] == "embed":
		sc, err := s.schedule(sp, parts[1])
		if err != nil {
			return nil, err
		}
		return s.embed(sp, sc, q, now)
	case len(parts) == 4 && parts[0] == "api" && parts[1] == "v1":
		sc, err := s.schedule(sp, parts[2])
		if err != nil {
			return nil, err
		}
		switch parts[3] {
		case "countdown", "countdown.json":
			return s.apiCountdown(sp, sc, q, now)
		case "stages", "stages.json":
			return s.apiStages(sp, sc, q, now)
		case "captions", "captions.json":
			return s.apiCaptions(sp, sc, q, now)
		case "captions.en", "captions.en.json":
			return s.apiCaptions(sp, sc, withLang(q), now)
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

// healthz is the answer of /healthz.
// It is made on first use, not at start-up.
var healthz = sync.OnceValue(func() *response {
	return newResponse([]byte("ok\n"), "text/plain; charset=utf-8", "no-store", time.Unix(0, 0))
})

// write serves resp, honouring conditional requests and gzip.
func write(w http.ResponseWriter, r *http.Request, resp *response) {
	h := w.Header()
	h.Set("Content-Type", resp.contentType)
	h.Set("Cache-Control", resp.cacheControl)
	h.Set("Last-Modified", resp.modified.Format(http.TimeFormat))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Vary", "Accept-Encoding")
	if resp.cors {
		setCORS(h)
	}
	body, etag := resp.body, resp.etag
	if acceptsGzip(r.Header.Values("Accept-Encoding")) {
		body, etag = resp.gzipped(), gzipETag(resp.etag)
		h.Set("Content-Encoding", "gzip")
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

// gzipETag is the ETag of the gzip form of a body whose ETag is etag.
func gzipETag(etag string) string { return strings.TrimSuffix(etag, `"`) + `-gz"` }

// notModified applies RFC 9110 §13.1: If-None-Match wins over
// If-Modified-Since. Both representations (plain and gzip) of the same
// body match, since they carry the same content.
func notModified(r *http.Request, resp *response, etag string) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
			if t == "*" || t == etag || t == resp.etag || t == gzipETag(resp.etag) {
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

// acceptsGzip reports whether a client that sent the Accept-Encoding
// field lines values asked for gzip, per RFC 9110 §12.5.3: codings are
// case-insensitive tokens with an optional weight ("gzip;q=0.8"); q=0
// refuses a coding; "*" stands for any coding not named; "x-gzip" is
// gzip. gzip is chosen when its weight is above zero and not below the
// weight the client gave identity, if it named one. A request with no
// Accept-Encoding gets the body as it is.
func acceptsGzip(values []string) bool {
	gzipQ, starQ, identityQ := -1, -1, -1 // in thousandths; -1: not named
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			name, params, _ := strings.Cut(part, ";")
			name = strings.ToLower(strings.TrimSpace(name))
			if name == "" {
				continue
			}
			q, ok := weight(params)
			if !ok {
				continue // a malformed weight: ignore the element
			}
			switch name {
			case "gzip", "x-gzip":
				gzipQ = max(gzipQ, q)
			case "*":
				starQ = max(starQ, q)
			case "identity":
				identityQ = max(identityQ, q)
			}
		}
	}
	if gzipQ < 0 {
		gzipQ = starQ
	}
	return gzipQ > 0 && gzipQ >= identityQ
}

// weight parses the parameters of an Accept-Encoding element and returns
// its weight in thousandths: 1000 when no "q" is given. It reports false
// for a weight that is not an RFC 9110 qvalue ("0", "0.5", "1.000").
func weight(params string) (int, bool) {
	q := 1000
	for _, p := range strings.Split(params, ";") {
		k, v, _ := strings.Cut(p, "=")
		if !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		v = strings.TrimSpace(v)
		whole, frac, _ := strings.Cut(v, ".")
		if (whole != "0" && whole != "1") || len(frac) > 3 {
			return 0, false
		}
		n := 0
		for i := 0; i < 3; i++ {
			n *= 10
			if i < len(frac) {
				c := frac[i]
				if c < '0' || c > '9' {
					return 0, false
				}
				n += int(c - '0')
			}
		}
		if whole == "1" {
			if n != 0 {
				return 0, false
			}
			n = 1000
		}
		q = n
	}
	return q, true
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

// Query parsing. Every bad value is a 400 with a short message: a value
// longer than maxQuery bytes is only said to be too long, and a shorter one
// is quoted at most to its first 40 bytes.

// maxQuery is the longest value of a query parameter (lang, tz, at, tag)
// that an error message quotes in part; longer ones are "too long".
const maxQuery = 64

func langOf(q url.Values) (kata.Lang, error) {
	switch l := q.Get("lang"); {
	case l == "" || l == "id":
		return kata.Indonesian, nil
	case l == "en":
		return kata.English, nil
	case len(l) > maxQuery:
		return "", badRequest("invalid lang: too long")
	default:
		return "", badRequest("invalid lang %q: want id or en", kata.Prefix(l, 40))
	}
}

func zoneOf(q url.Values, sc *tahapan.Schedule) (*time.Location, error) {
	name := q.Get("tz")
	if name == "" {
		return sc.Location(), nil
	}
	if len(name) > maxQuery {
		return nil, badRequest("invalid tz: too long")
	}
	loc, err := tahapan.Zone(name)
	if err != nil {
		return nil, badRequest("invalid tz %q: want WIB, WITA, WIT or an IANA name", kata.Prefix(name, 40))
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
		return false, badRequest("invalid %s %q: want true or false", key, kata.Prefix(v, 40))
	}
}

func atOf(q url.Values, loc *time.Location, now time.Time) (time.Time, error) {
	at := q.Get("at")
	if at == "" {
		return now, nil
	}
	if len(at) > maxQuery {
		return time.Time{}, badRequest("invalid at: too long")
	}
	if d, err := tahapan.ParseDate(at); err == nil && tahapan.InRange(d) {
		return d.In(loc), nil
	}
	t, err := time.Parse(time.RFC3339, at)
	if err != nil || !tahapan.InRange(tahapan.Today(t, loc)) {
		return time.Time{}, badRequest("invalid at %q: want YYYY-MM-DD or RFC 3339, from %d to %d", kata.Prefix(at, 40), tahapan.MinYear, tahapan.MaxYear)
	}
	return t, nil
}

func tagOf(q url.Values, sc *tahapan.Schedule) ([]string, error) {
	tags := q["tag"]
	for _, t := range tags {
		if len(t) > maxQuery {
			return nil, badRequest("invalid tag: too long")
		}
		if !slices.Contains(sc.Tags(), t) {
			return nil, badRequest("unknown tag %q", kata.Prefix(t, 40))
		}
	}
	slices.Sort(tags)
	return slices.Compact(tags), nil
}
