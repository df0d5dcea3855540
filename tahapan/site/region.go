package site

import (
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed"
	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

// A scope is one site within the site: the national one at "/", or the
// sub-site of one election office at "/{kode}/". A region's scope holds the
// schedules as its office sees them ([tahapan.Schedule.ForRegion]) in the
// region's own zone, so its pages, countdowns and feeds flip at its own
// midnight.
type scope struct {
	prefix string         // "" for the site at "/", "/35.76" for a region's sub-site
	region wilayah.Region // zero for the national site

	// list are the schedules the scope's pages link to and Publish writes,
	// its home schedule first. For a region: the first schedule of the
	// site that concerns it, then those that hold events of the region's
	// own (a PSU, a Pilkada ulang).
	list []*tahapan.Schedule
	// byID are all the schedules the scope serves: in a region, every
	// schedule that took place there.
	byID map[string]*tahapan.Schedule

	// national is the national scope, for a site whose "/" is an office's
	// (Options.Home); nil otherwise.
	national *scope
}

// newScope returns the scope of region r, served under prefix. The zero
// region gives the national scope.
func (s *Site) newScope(r wilayah.Region, prefix string) *scope {
	sp := &scope{prefix: prefix, region: r, byID: map[string]*tahapan.Schedule{}}
	if r.IsZero() {
		sp.list = s.opt.Schedules
		for _, sc := range s.opt.Schedules {
			sp.byID[sc.ID] = sc
		}
		return sp
	}
	for _, sc := range s.opt.Schedules {
		rs, ok := sc.ForRegion(r.Code)
		if !ok {
			continue
		}
		c := *rs // a shallow copy: the stages are shared and never changed
		c.TimeZone = r.Zone
		sp.byID[c.ID] = &c
		if len(sp.list) == 0 || ownEvents(&c) {
			sp.list = append(sp.list, &c)
		}
	}
	return sp
}

// ownEvents reports whether a schedule as a region sees it holds events of
// some regions only, such as a PSU.
func ownEvents(sc *tahapan.Schedule) bool {
	for _, st := range sc.All() {
		if len(st.Regions) > 0 {
			return true
		}
	}
	return false
}

// regionEntry is a region's scope, made on first use.
type regionEntry struct {
	once sync.Once
	sp   *scope
}

// regionScope returns the scope of the region whose code is the first
// segment of a path, and false when the site has no sub-site for it.
func (s *Site) regionScope(code string) (*scope, bool) {
	e, ok := s.regions[code]
	if !ok {
		return nil, false
	}
	e.once.Do(func() {
		r, _ := wilayah.Lookup(code) // New checked every code
		e.sp = s.newScope(r, "/"+code)
	})
	return e.sp, len(e.sp.list) > 0
}

// schedule returns the schedule id of the scope, or a 404 that says why:
// an election that did not take place in the region is named as such.
func (s *Site) schedule(sp *scope, id string) (*tahapan.Schedule, error) {
	if sc, ok := sp.byID[id]; ok {
		return sc, nil
	}
	all := s.root.byID
	if s.root.national != nil {
		all = s.root.national.byID
	}
	if sc, ok := all[id]; ok && !sp.region.IsZero() {
		return nil, &httpError{404, kata.NotHeldIn(id, sc.LocalName("en"), sp.region.String(), kata.English) +
			"; its schedules: " + sp.prefix + "/"}
	}
	return nil, errNotFound
}

// regionJSON is a region in /api/v1/regions: the fields of `tahapan regions
// --output json`, and the address of its sub-site.
type regionJSON struct {
	wilayah.Summary
	URL string `json:"url"` // its sub-site, relative when the site has no base URL
}

// apiRegions answers /api/v1/regions: the regions the site serves, or
// those whose name or code matches ?q= as [wilayah.Search] reads it.
func (s *Site) apiRegions(q url.Values, now time.Time) (*response, error) {
	query := strings.TrimSpace(q.Get("q"))
	if len(query) > 100 {
		return nil, badRequest("invalid q: too long")
	}
	ck := "api-regions|" + query
	return s.cache.get(ck, func() (*response, error) {
		list := s.regionList
		if query != "" {
			list = nil
			for _, r := range wilayah.Search(query) {
				if _, ok := s.regions[r.Code]; ok {
					list = append(list, r)
				}
			}
		}
		rows := make([]regionJSON, 0, len(list))
		for _, r := range list {
			rows = append(rows, regionJSON{Summary: r.Summary(), URL: s.opt.BaseURL + "/" + r.Code + "/"})
		}
		// The list changes only with a new release: kept like a feed.
		return s.jsonResponse(rows, feedCache, now)
	})
}

// file is the name of a feed within the site: within the region's folder
// for an office's sub-site.
func (sp *scope) file(name string) string {
	if sp.prefix == "" {
		return name
	}
	return strings.TrimPrefix(sp.prefix, "/") + "/" + name
}

// regionName is the region as a page names it: "Kota Mojokerto (35.76)".
func regionName(r wilayah.Region) string { return r.String() }

// captionsJSON is the answer of /api/v1/{schedule}/captions: the day's
// post for each platform, as `tahapan caption --output json` writes them.
type captionsJSON struct {
	Schedule string           `json:"schedule"`
	Office   string           `json:"office,omitempty"`
	Region   string           `json:"region,omitempty"` // kode wilayah
	Date     tahapan.Date     `json:"date"`
	Zone     string           `json:"zone"`
	Lang     kata.Lang        `json:"lang"`
	Captions []sosmed.Caption `json:"captions"`
}

// apiCaptions answers the daily post kit: the captions of the day at ?at
// (default now) in the scope's zone for the five platforms, with the
// office's name in a region's scope.
func (s *Site) apiCaptions(sp *scope, sc *tahapan.Schedule, q url.Values, now time.Time) (*response, error) {
	lang, err := langOf(q)
	if err != nil {
		return nil, err
	}
	loc := sc.Location()
	at, err := atOf(q, loc, now)
	if err != nil {
		return nil, err
	}
	day := tahapan.Today(at, loc)
	// A caption changes with the day only; on voting day it follows the
	// polling phase, so it is kept per phase then.
	ck := strings.Join([]string{"captions", sp.prefix, sc.ID, lang.String(), day.String(), pollPhase(sc, at, loc)}, "|")
	return s.cache.get(ck, func() (*response, error) {
		out := captionsJSON{Schedule: sc.ID, Office: sp.region.Office(), Region: sp.region.Code, Date: day,
			Zone: loc.String(), Lang: lang, Captions: []sosmed.Caption{}}
		for _, p := range sosmed.Platforms() {
			c, err := sosmed.NewCaption(sc, p, at, sosmed.Options{Lang: lang, Zone: loc, Office: out.Office})
			if err != nil {
				return nil, err
			}
			out.Captions = append(out.Captions, c)
		}
		return s.jsonResponse(out, dayCache, now)
	})
}

// pollPhase is the polling phase at t in loc on voting day, for a cache
// key: "falsefalse" before the polls open, "truefalse" while they are
// open, "truetrue" after they close; "" on any other day.
func pollPhase(sc *tahapan.Schedule, t time.Time, loc *time.Location) string {
	vd, set := sc.VotingDay()
	if !set || tahapan.Today(t, loc) != vd {
		return ""
	}
	open, _ := sc.PollsOpen(loc)
	closed, _ := sc.PollsClose(loc)
	return strconv.FormatBool(!t.Before(open)) + strconv.FormatBool(!t.Before(closed))
}

// countdownPrefix is where the page of sc in the scope links its daily
// countdown feed. The feed counts days to voting day and is the same in
// every region, so a region's page links the national one, which every
// office shares, unless the schedule holds events of the region's own.
// (/{kode}/ID/countdown.ics is served all the same.)
func (sp *scope) countdownPrefix(sc *tahapan.Schedule) string {
	if sp.region.IsZero() || ownEvents(sc) || sp.national != nil {
		return sp.prefix
	}
	return ""
}
