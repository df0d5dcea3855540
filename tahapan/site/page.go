package site

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

//go:embed page.html
var pageHTML string

//go:embed embed.html
var embedHTML string

var (
	pageTmpl  = template.Must(template.New("page").Funcs(funcs).Parse(pageHTML))
	embedTmpl = template.Must(template.New("embed").Funcs(funcs).Parse(embedHTML))
	funcs     = template.FuncMap{"tr": tr}
)

func tr(lang, id, en string) string {
	if lang == "en" {
		return en
	}
	return id
}

// zoneClock is the time left until polls open in one of the three zones.
type zoneClock struct {
	Abbrev    string // WIB, WITA, WIT
	Open      string // the local opening time, "07:00"
	PollsOpen string // RFC 3339, for the script
	Left      string // server-rendered: "206 hari 7 jam 0 menit"
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

type pageData struct {
	Lang, OtherLang, OtherLangName string
	Title                          string
	Schedule                       *tahapan.Schedule
	Label                          string // H-206
	Phrase                         string // "6 bulan 22 hari lagi"
	Target                         string // Pemungutan Suara Pemilu Serentak 2024
	TargetDate                     string // Rabu, 14 Februari 2024
	Today, TodayZone               string // today's date in the schedule's zone, and that zone's abbreviation
	Now                            string // the server's instant, RFC 3339, for the script
	Frozen                         bool   // the server's clock is frozen: the script counts from Now
	Zones                          []zoneClock
	Ongoing, Timeline              []stageRow
	Next                           *stageRow
	NextIn                         int
	Feed, Google                   string
	Webcal                         template.URL // html/template would refuse the webcal: scheme
	CountdownFeed, APIURL          string
	Others                         []*tahapan.Schedule
	SelfPath, OtherPath            string
	TodayLeft                      float64 // the "hari ini" line on the timeline, in percent (-1: off the chart)
	Base                           string
}

func (s *Site) pageData(sc *tahapan.Schedule, q url.Values, base string, now time.Time) (*pageData, error) {
	lang, err := langOf(q)
	if err != nil {
		return nil, err
	}
	loc := sc.Location()
	c := sc.Countdown(now, loc)
	day := c.At
	d := &pageData{
		Lang: lang, OtherLang: "en", OtherLangName: "English",
		Title: sc.LocalName(lang), Schedule: sc, Label: c.Label(),
		Target: c.TargetName, TargetDate: tahapan.FormatDate(c.TargetDate, lang),
		Today: tahapan.FormatDate(day, lang), TodayZone: tahapan.ZoneAbbrev(loc, now),
		Now: now.Format(time.RFC3339), Frozen: s.opt.Frozen,
		Base: base,
	}
	if lang == "en" {
		d.OtherLang, d.OtherLangName, d.Target = "id", "Bahasa Indonesia", c.TargetEN
	}
	switch {
	case c.Days > 0:
		d.Phrase = tr(lang, tahapan.Span(c.Months, c.RemainderDays, lang)+" lagi", tahapan.Span(c.Months, c.RemainderDays, lang)+" to go")
	case c.Days == 0:
		d.Phrase = tr(lang, "hari ini", "today")
	default:
		d.Phrase = tr(lang, tahapan.Span(c.Months, c.RemainderDays, lang)+" yang lalu", tahapan.Span(c.Months, c.RemainderDays, lang)+" ago")
	}
	for _, z := range []string{"WIB", "WITA", "WIT"} {
		zl, err := tahapan.Zone(z)
		if err != nil {
			return nil, err
		}
		open, set := sc.PollsOpen(zl)
		if !set {
			break // no polling hours before KPU sets the voting day
		}
		d.Zones = append(d.Zones, zoneClock{Abbrev: z, Open: sc.PollingHours.Open.String(),
			PollsOpen: open.Format(time.RFC3339), Left: leftText(open.Sub(now), lang)})
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
			r.StatusText = tr(lang, "batal", "cancelled")
		}
		return r
	}
	for _, st := range sc.OngoingOn(day) {
		d.Ongoing = append(d.Ongoing, row(st))
	}
	for _, st := range sc.All() {
		if st.Depth() == 0 || st.Key {
			d.Timeline = append(d.Timeline, row(st))
		}
	}
	if next := sc.NextOn(day); next != nil {
		r := row(next)
		d.Next, d.NextIn = &r, next.Start.DaysSince(day)
	}
	d.SelfPath = "/" + sc.ID + "/"
	if sc == s.opt.Schedules[0] {
		d.SelfPath = "/"
	}
	d.OtherPath = d.SelfPath + "en/"
	ext := ".ics"
	if lang == "en" {
		d.OtherPath, ext = d.SelfPath, ".en.ics"
		d.SelfPath += "en/"
	}
	d.Feed = base + "/" + sc.ID + ext
	webcal := "webcal://" + strings.TrimPrefix(strings.TrimPrefix(d.Feed, "https://"), "http://")
	d.Webcal = template.URL(webcal) // built here from the base URL and a schedule id, both ours
	d.Google = "https://calendar.google.com/calendar/render?cid=" + url.QueryEscape(webcal)
	d.CountdownFeed = base + "/" + sc.ID + "/countdown" + ext
	d.APIURL = base + "/api/v1/" + sc.ID + "/countdown.json"
	for _, o := range s.opt.Schedules {
		if o != sc {
			d.Others = append(d.Others, o)
		}
	}
	return d, nil
}

func (s *Site) page(sc *tahapan.Schedule, q url.Values, base string, now time.Time) (*response, error) {
	d, err := s.pageData(sc, q, base, now)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := pageTmpl.Execute(&b, d); err != nil {
		return nil, err
	}
	return newResponse(b.Bytes(), htmlType, dayCache, now), nil
}

func (s *Site) embed(sc *tahapan.Schedule, q url.Values, base string, now time.Time) (*response, error) {
	d, err := s.pageData(sc, q, base, now)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := embedTmpl.Execute(&b, d); err != nil {
		return nil, err
	}
	return newResponse(b.Bytes(), htmlType, dayCache, now), nil
}

// leftText writes the time until polls open: "206 hari 7 jam 0 menit".
func leftText(d time.Duration, lang string) string {
	if d <= 0 {
		return tr(lang, "TPS sudah dibuka", "polls have opened")
	}
	d = d.Truncate(time.Minute)
	days, hours, mins := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	return fmt.Sprintf(tr(lang, "%d hari %d jam %d menit", "%d days %d h %d min"), days, hours, mins)
}
