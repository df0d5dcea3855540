package site

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

//go:embed page.html
var pageHTML string

//go:embed embed.html
var embedHTML string

// The templates are parsed on first use, not at start-up: a CLI call that
// serves no page does not pay for them.
var (
	pageTmpl  = sync.OnceValue(func() *template.Template { return parse("page", pageHTML) })
	embedTmpl = sync.OnceValue(func() *template.Template { return parse("embed", embedHTML) })
	indexTmpl = sync.OnceValue(func() *template.Template { return parse("index", indexHTML) })
)

// parse parses one of the embedded templates; it panics on an error,
// which the tests would catch, as template.Must does.
func parse(name, text string) *template.Template {
	funcs := template.FuncMap{
		// The templates choose their words with {{tr .Lang "…" "…"}}.
		"tr": func(lang, id, en string) string { return kata.Lang(lang).Pick(id, en) },
	}
	return template.Must(template.New(name).Funcs(funcs).Parse(text))
}

// zoneClock is one of the three zone boxes: where polling stands in that
// zone. The script keeps it current from the visitor's clock (or the
// frozen server clock) while PollsOpen is set.
type zoneClock struct {
	Abbrev string // WIB, WITA, WIT
	Title  string // "TPS dibuka pukul 07.00 WIB", "TPS buka sampai 13.00 WIB", "TPS sudah ditutup"
	Left   string // server-rendered: "206 hari lagi", or exactly "205 hari 22 jam 0 menit" on a frozen clock

	// For the script, until polls close: the instants (RFC 3339) and the
	// titles of each phase. Empty after voting day.
	PollsOpen, PollsClose               string
	TitleBefore, TitleDuring, TitleDone string
	Day                                 string // voting day, written out: what the box says once polls close
}

// stageRow is a stage on the page: in the list of stages in progress and
// on the timeline.
type stageRow struct {
	ID, Name, Period, Status, StatusText, Progress string
	Depth                                          int
	Percent                                        float64
	Left, Width                                    float64 // position on the timeline, in percent
	Key, Cancelled                                 bool
}

// link is a link on a page.
type link struct{ Href, Name string }

type pageData struct {
	Lang, OtherLang, OtherLangName string
	Title                          string
	Schedule                       *tahapan.Schedule
	Label                          string // "H-206"; for a planned schedule the days to its next known date, "1037 hari"
	Headline                       string // for the <title>: "H-206", or "hari pemungutan suara belum ditetapkan"
	Lead                           string // "menuju", "Hari ini:", "setelah"
	Target                         string // Pemungutan Suara Pemilu Serentak 2024
	TargetDate                     string // Rabu, 14 Februari 2024
	Phrase                         string // "6 bulan 22 hari lagi", "TPS buka sampai 13.00 WIB", "732 hari yang lalu"
	Pending                        bool   // no voting day yet (a planned schedule)
	PendingTitle                   string // "Hari pemungutan suara belum ditetapkan"
	PendingNote, PendingBasis      string // who sets the voting day, and the law that says so
	Today, TodayZone               string // today's date in the schedule's zone, and that zone's abbreviation
	Now                            string // the server's instant, RFC 3339, for the script
	Frozen                         bool   // the server's clock is frozen: the script counts from Now
	Zones                          []zoneClock
	Zone                           *zoneClock // the box of the page's own zone (TodayZone), which the embed card shows
	Ongoing, Timeline              []stageRow
	Next                           *stageRow
	NextIn                         string // "35 hari lagi", "1 day to go"
	Feed, Google                   string
	Webcal                         template.URL // html/template would refuse the webcal: scheme
	CountdownFeed, APIURL          string
	Others                         []link // the scope's other schedules
	Office, Region, RegionCode     string // the office's name and its region, on an office's site
	National                       string // on an office's site: the national site's page
	Index                          string // the index of the offices (/wilayah/), when the site has one
	FindOffice, NationalName       string // the links' words
	SelfPath, OtherPath            string
	TodayLeft                      float64 // the "hari ini" line on the timeline, in percent (-1: off the chart)
	Base                           string  // Options.BaseURL: empty for relative links
	Relative                       bool    // no base URL: the script writes the absolute subscribe links
}

func (s *Site) pageData(sp *scope, sc *tahapan.Schedule, lang kata.Lang, now time.Time) (*pageData, error) {
	base := s.opt.BaseURL
	loc := sc.Location()
	c := sc.Countdown(now, loc)
	day := c.At
	d := &pageData{
		Lang: lang.String(), OtherLang: "en", OtherLangName: "English",
		Title: sc.LocalName(lang), Schedule: sc, Label: c.Label(), Headline: c.Headline(lang),
		Target: c.TargetName, TargetDate: tahapan.FormatDate(c.TargetDate, lang),
		Today: tahapan.FormatDate(day, lang), TodayZone: tahapan.ZoneAbbrev(loc, now),
		Now: now.Format(time.RFC3339), Frozen: s.opt.Frozen,
		Base: base,
	}
	if lang == kata.English {
		d.OtherLang, d.OtherLangName, d.Target = "id", "Bahasa Indonesia", c.TargetEN
	}
	spanText := tahapan.Span(c.Months, c.RemainderDays, lang)
	switch {
	case c.Pending:
		// No voting day yet: say so, and by whom, and count to the
		// next date that is known. An H-label counts to voting day
		// only, so the days are plain.
		d.Pending = true
		d.PendingTitle = lang.Pick("Hari pemungutan suara belum ditetapkan", "The voting day is not set yet")
		d.PendingNote, d.PendingBasis = lang.Pick(c.PendingNote, c.PendingNoteEN), c.PendingBasis
		if d.PendingNote == "" {
			d.PendingNote = lang.Pick("KPU belum menetapkan hari pemungutan suara.", "KPU has not set the voting day yet.")
		}
		d.Label = tahapan.DaysText(max(c.Days, -c.Days), lang)
		switch {
		case c.Target == "":
			d.Label, d.Lead, d.Target, d.TargetDate = "", "", "", ""
		case c.Days > 0:
			d.Lead, d.Phrase = lang.Pick("lagi menuju", "until"), spanText+lang.Pick(" lagi", " to go")
		case c.Days == 0:
			d.Lead, d.Phrase = lang.Pick("Hari ini:", "Today:"), lang.Pick("hari ini", "today")
		default:
			d.Lead, d.Phrase = lang.Pick("sejak", "since"), tahapan.DaysText(-c.Days, lang)+lang.Pick(" yang lalu", " ago")
		}
	case c.Days > 0:
		d.Lead, d.Phrase = lang.Pick("menuju", "to"), spanText+lang.Pick(" lagi", " to go")
	case c.Days == 0:
		d.Lead, d.Phrase = lang.Pick("Hari ini:", "Today:"), c.PollsText(lang)
	default:
		// Never "menuju" of a day that is past.
		d.Lead, d.Phrase = lang.Pick("setelah", "since"), tahapan.DaysText(-c.Days, lang)+lang.Pick(" yang lalu", " ago")
	}
	if vd, set := sc.VotingDay(); set {
		for _, z := range zoneNames {
			zl, err := tahapan.Zone(z)
			if err != nil {
				return nil, err
			}
			d.Zones = append(d.Zones, s.zoneClock(sc, vd, z, zl, lang, now))
		}
		for i := range d.Zones {
			if d.Zones[i].Abbrev == d.TodayZone {
				d.Zone = &d.Zones[i]
			}
		}
	}
	span := countdownRange(sc)
	for _, st := range sc.All() {
		if st.End.After(span.End) {
			span.End = st.End
		}
	}
	total := float64(span.Days())
	d.TodayLeft = -1
	if span.Contains(day) {
		d.TodayLeft = float64(day.DaysSince(span.Start)) * 100 / total
	}
	row := func(st *tahapan.Stage) stageRow {
		p := st.ProgressOn(day)
		status := st.StatusOn(day)
		r := stageRow{ID: st.ID, Name: st.LocalName(lang), Period: st.Period.Text(lang),
			Status: status.Local("en"), StatusText: status.Local(lang), Progress: p.Text(lang), Percent: p.Percent,
			Depth: st.Depth(), Key: st.Key, Cancelled: st.Cancelled,
			Left:  float64(st.Start.DaysSince(span.Start)) * 100 / total,
			Width: max(float64(st.Days())*100/total, 0.4)}
		if st.Cancelled {
			r.StatusText = lang.Pick("batal", "cancelled")
		}
		return r
	}
	for _, st := range sc.InProgressOn(day) {
		d.Ongoing = append(d.Ongoing, row(st))
	}
	for _, st := range sc.All() {
		if st.Depth() == 0 || st.Key {
			d.Timeline = append(d.Timeline, row(st))
		}
	}
	if next := sc.NextOn(day); next != nil {
		r := row(next)
		d.Next, d.NextIn = &r, daysText(next.Start.DaysSince(day), lang)
	}
	d.SelfPath = sp.prefix + "/" + sc.ID + "/"
	if sc == sp.list[0] {
		d.SelfPath = sp.prefix + "/"
	}
	d.OtherPath = d.SelfPath + "en/"
	ext := ".ics"
	if lang == kata.English {
		d.OtherPath, ext = d.SelfPath, ".en.ics"
		d.SelfPath += "en/"
	}
	d.Feed = base + sp.prefix + "/" + sc.ID + ext
	if base != "" {
		webcal := "webcal://" + strings.TrimPrefix(strings.TrimPrefix(d.Feed, "https://"), "http://")
		d.Webcal = template.URL(webcal) // built here from the base URL and a schedule id, both ours
		d.Google = "https://calendar.google.com/calendar/render?cid=" + url.QueryEscape(webcal)
	} else {
		// Without a base URL the links are relative and the script makes
		// the absolute ones from the page's own address. Without a
		// script, the button downloads the feed and Google's "From URL"
		// form opens.
		d.Relative = true
		d.Webcal = template.URL(d.Feed)
		d.Google = "https://calendar.google.com/calendar/r/settings/addbyurl"
	}
	d.CountdownFeed = base + sp.countdownPrefix(sc) + "/" + sc.ID + "/countdown" + ext
	d.APIURL = base + sp.prefix + "/api/v1/" + sc.ID + "/countdown.json"
	en := ""
	if lang == kata.English {
		en = "en/"
	}
	for _, o := range sp.list {
		if o != sc {
			d.Others = append(d.Others, link{sp.prefix + "/" + o.ID + "/" + en, o.LocalName(lang)})
		}
	}
	if r := sp.region; !r.IsZero() {
		d.Office, d.Region, d.RegionCode = r.Office(), regionName(r), r.Code
		d.National = "/" + en
		if sp.national != nil {
			d.National = "" // the site is the office's own: no national page
		}
	}
	if len(s.regionList) > 0 {
		d.Index = "/wilayah/" + en
	}
	d.FindOffice, d.NationalName = kata.FindOffice(lang), kata.NationalSchedule(lang)
	return d, nil
}

func (s *Site) page(sp *scope, sc *tahapan.Schedule, q url.Values, now time.Time) (*response, error) {
	return s.renderPage(pageTmpl(), sp, sc, q, now)
}

func (s *Site) embed(sp *scope, sc *tahapan.Schedule, q url.Values, now time.Time) (*response, error) {
	return s.renderPage(embedTmpl(), sp, sc, q, now)
}

func (s *Site) renderPage(t *template.Template, sp *scope, sc *tahapan.Schedule, q url.Values, now time.Time) (*response, error) {
	lang, err := langOf(q)
	if err != nil {
		return nil, err
	}
	return s.cache.get(s.pageKey(t.Name(), sp, sc, lang, now), func() (*response, error) {
		d, err := s.pageData(sp, sc, lang, now)
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		if err := t.Execute(&b, d); err != nil {
			return nil, err
		}
		return newResponse(b.Bytes(), htmlType, dayCache, now), nil
	})
}

// pageKey is the cache key of a page or embed card at the instant now.
// What the server writes on a page changes only with the civil day in the
// schedule's zone and in each of the three zones, and with the polling
// phase on voting day; the script counts the hours and minutes. A frozen
// clock (a demo) keys on its instant, which writes exact times.
func (s *Site) pageKey(kind string, sp *scope, sc *tahapan.Schedule, lang kata.Lang, now time.Time) string {
	var b strings.Builder
	b.WriteString(kind + "|" + sp.prefix + "|" + sc.ID + "|" + lang.String() + "|" + tahapan.Today(now, sc.Location()).String())
	if s.opt.Frozen {
		b.WriteString("|" + strconv.FormatInt(now.UnixNano(), 10))
		return b.String()
	}
	for _, z := range zoneNames {
		zl, err := tahapan.Zone(z)
		if err != nil {
			continue // pageData reports it
		}
		b.WriteString("|" + tahapan.Today(now, zl).String() + pollPhase(sc, now, zl))
	}
	return b.String()
}

// zoneClock is the box of one zone, zl named z, at the instant now.
func (s *Site) zoneClock(sc *tahapan.Schedule, vd tahapan.Date, z string, zl *time.Location, lang kata.Lang, now time.Time) zoneClock {
	c := sc.Countdown(now, zl)
	zc := zoneClock{Abbrev: z, Title: c.PollsText(lang)}
	before := c
	before.Phase = tahapan.BeforePolls
	during := c
	during.Phase = tahapan.DuringPolls
	if c.Phase != tahapan.AfterVoting {
		zc.PollsOpen, zc.PollsClose = c.PollsOpen.Format(time.RFC3339), c.PollsClose.Format(time.RFC3339)
		zc.TitleBefore, zc.TitleDuring = before.PollsText(lang), during.PollsText(lang)
		zc.TitleDone = lang.Pick("TPS sudah ditutup", "Polls have closed") + " · " + z
		zc.Day = tahapan.FormatDate(vd, lang)
	}
	switch c.Phase {
	// On a running clock the page is kept for the whole phase (pageKey),
	// so the server writes only what holds for all of it; the script
	// writes the hours and minutes.
	case tahapan.BeforePolls:
		zc.Left = daysText(c.Days, lang)
		if s.opt.Frozen {
			zc.Left = leftText(c.PollsOpen.Sub(now), lang)
		}
	case tahapan.DuringPolls:
		zc.Left = lang.Pick("pemungutan suara sedang berlangsung", "voting is under way")
		if s.opt.Frozen {
			zc.Left = leftText(c.PollsClose.Sub(now), lang)
		}
	case tahapan.PollsClosed:
		zc.Title, zc.Left = zc.TitleDone, zc.Day
	default: // after voting day
		zc.Title = lang.Pick("TPS sudah ditutup", "Polls have closed") + " · " + z
		zc.Left = fmt.Sprintf(lang.Pick("setelah %s (%s yang lalu)", "since %s (%s ago)"),
			tahapan.FormatDate(vd, lang), tahapan.DaysText(-c.Days, lang))
	}
	return zc
}

// zoneNames are the three zones of Indonesia, west to east.
var zoneNames = []string{"WIB", "WITA", "WIT"}

// daysText writes a number of days left: "206 hari lagi", "hari ini".
func daysText(days int, lang kata.Lang) string {
	switch {
	case days > 0:
		return kata.ToGo(kata.Days(days, lang), lang)
	case days == 0:
		return lang.Pick("hari ini", "today")
	}
	return kata.Ago(kata.Days(-days, lang), lang)
}

// leftText writes the time left: "206 hari 7 jam 0 menit", "3 jam 0
// menit" when under a day. The page's script writes the same words.
func leftText(d time.Duration, lang kata.Lang) string {
	d = max(d, 0).Truncate(time.Minute)
	days, hours, mins := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	hm := fmt.Sprintf(lang.Pick("%d jam %d menit", "%d h %d min"), hours, mins)
	if days == 0 {
		return hm
	}
	return kata.Days(days, lang) + " " + hm
}
