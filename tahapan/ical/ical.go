package ical

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

// DefaultDomain is the domain part of every UID when [Options.Domain] is
// empty. It names the project, not a host that must resolve. Changing it
// changes every UID, so that every subscriber would see each event twice:
// a publisher picks one domain once and keeps it.
const DefaultDomain = "tahapan.kalender-pemilu.id"

// ProdID is the PRODID of every feed: the formal public identifier of
// RFC 5545 section 3.7.3 for this product.
const ProdID = "-//kalender-pemilu//tahapan//ID"

// DefaultColor is the feed colour when [Options.Color] is empty: a CSS
// colour name, as RFC 7986 COLOR requires.
const DefaultColor = "crimson"

// RefreshInterval is how often clients are asked to fetch a feed again,
// written both as RFC 7986 REFRESH-INTERVAL and as the older
// X-PUBLISHED-TTL.
const RefreshInterval = 12 * time.Hour

// Options controls a feed. The zero value is ready to use: an Indonesian
// feed of every stage, in the schedule's zone, without alarms.
type Options struct {
	// Lang is the language of names and descriptions: "id" (Indonesian,
	// the default when empty) or "en". UIDs do not depend on it, so an
	// Indonesian and an English feed hold the same events.
	Lang kata.Lang

	// Zone is the zone of the timed polling-hours event, whose 07:00–13:00
	// are local time in each of Indonesia's zones. Nil means the schedule's
	// own zone ([tahapan.Schedule.Location]). The feed carries a VTIMEZONE
	// for it. All other events are all-day and have no zone.
	Zone *time.Location

	// Domain is the part of each UID after the "@"; empty means
	// [DefaultDomain].
	Domain string

	// BaseURL is the public address of the folder the feed is published
	// in, such as "https://example.org/ics". When set, the feed carries it
	// as URL and carries BaseURL + "/" + FileName as SOURCE, where clients
	// fetch updates.
	BaseURL string

	// FileName is the feed's name within BaseURL. Empty means the feed's
	// default: "<schedule-id>.ics", "<schedule-id>-countdown.ics" or
	// "libur.ics".
	FileName string

	// Color is the feed's colour as a CSS colour name (RFC 7986 COLOR);
	// empty means [DefaultColor]. Apple Calendar honours it.
	Color string

	// Alarms adds a VALARM (ACTION:DISPLAY) per entry to every event, at
	// that offset from the event's start: -24*time.Hour is TRIGGER:-P1D,
	// which for an all-day event is midnight at the start of the day
	// before. Google Calendar and Outlook ignore alarms in subscribed
	// feeds (users set their own notifications there); Apple Calendar and
	// Thunderbird offer them, and Thunderbird asks before showing them.
	Alarms []time.Duration

	// Tags keeps only the stages that carry at least one of these tags.
	// It applies to [Encode] only.
	Tags []string

	// KeyOnly keeps only the key dates ([tahapan.Stage].Key). It applies
	// to [Encode] only.
	KeyOnly bool

	// Stages keeps only the stages with these ids; an unknown id is an
	// error that wraps [tahapan.ErrNoSuchStage]. It applies to [Encode]
	// only. The filters combine: a stage must pass all that are set.
	Stages []string
}

func (o Options) check() error {
	if err := kata.Lang(o.Lang).Check(); err != nil {
		return fmt.Errorf("ical: %w", err)
	}
	if !isCSSName(o.Color) {
		return fmt.Errorf("ical: invalid colour %q: want a CSS colour name such as %q", o.Color, DefaultColor)
	}
	if strings.ContainsAny(o.Domain, "\r\n@") {
		return fmt.Errorf("ical: invalid UID domain %q", o.Domain)
	}
	return nil
}

// lang returns the language of the feed; the zero Lang is Indonesian.
func (o Options) lang() kata.Lang { return kata.Lang(o.Lang) }

func (o Options) domain() string {
	if o.Domain == "" {
		return DefaultDomain
	}
	return o.Domain
}

func isCSSName(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			if c < 'A' || c > 'Z' {
				return false
			}
		}
	}
	return true
}

// A feed is what the three encoders have in common: the calendar, its
// deterministic stamp and the options.
type feed struct {
	cal   *ics.Calendar
	opt   Options
	stamp string // DTSTAMP of every event
}

// newFeed starts a calendar with the properties every feed carries.
func newFeed(opt Options, name, desc string, zone *time.Location, stamp tahapan.Date, file string) *feed {
	f := &feed{cal: ics.NewCalendarFor("kalender-pemilu"), opt: opt, stamp: utcStamp(stamp)}
	c := f.cal
	c.SetProductId(ProdID)
	c.SetCalscale("GREGORIAN")
	c.SetMethod(ics.MethodPublish)
	c.SetName(name) // NAME and X-WR-CALNAME
	c.SetDescription(desc)
	c.SetXWRCalDesc(desc)
	if zone != nil {
		c.SetXWRTimezone(zone.String())
	}
	// Not SetRefreshInterval: in golang-ical v0.3.4 its property name is
	// "REFRESH-INTERVAL;VALUE=DURATION", parameter included.
	calProp(c, "REFRESH-INTERVAL", FormatDuration(RefreshInterval), "VALUE", "DURATION")
	c.SetXPublishedTTL(FormatDuration(RefreshInterval))
	color := opt.Color
	if color == "" {
		color = DefaultColor
	}
	c.SetColor(color)
	if opt.BaseURL != "" {
		base := strings.TrimSuffix(opt.BaseURL, "/")
		if opt.FileName != "" {
			file = opt.FileName
		}
		c.SetUrl(base)
		calProp(c, "SOURCE", base+"/"+file)
	}
	return f
}

// calProp appends a calendar property; params are name, value pairs.
func calProp(c *ics.Calendar, name, value string, params ...string) {
	p := ics.CalendarProperty{BaseProperty: ics.BaseProperty{IANAToken: name, Value: value, ICalParameters: map[string][]string{}}}
	for i := 0; i+1 < len(params); i += 2 {
		p.ICalParameters[params[i]] = []string{params[i+1]}
	}
	c.CalendarProperties = append(c.CalendarProperties, p)
}

// utcStamp returns 00:00 UTC on d as a UTC DATE-TIME. A revision date is a
// civil date; 00:00 UTC is 07:00 WIB, the same date in every Indonesian
// zone, and reads back as the date it came from.
func utcStamp(d tahapan.Date) string {
	return d.In(time.UTC).Format("20060102T150405Z")
}

func icsDate(d tahapan.Date) string {
	return d.In(time.UTC).Format("20060102")
}

// An event is one VEVENT before it is written.
type event struct {
	uid        string
	summary    string
	desc       string
	start, end tahapan.Date // all-day: first day, last day (inclusive)
	timed      bool         // when set, from and to are used instead
	from, to   time.Time    // a zero to means no DTEND: the event has a start time only
	location   string
	categories []string
	url        string
	status     ics.ObjectStatus
	sequence   int
	modified   tahapan.Date
}

func (f *feed) add(ev event) {
	e := f.cal.AddEvent(ev.uid)
	e.SetProperty(ics.ComponentPropertyDtstamp, f.stamp)
	if ev.timed {
		tzid := ev.from.Location().String()
		e.SetProperty(ics.ComponentPropertyDtStart, ev.from.Format(localLayout), ics.WithTZID(tzid))
		if !ev.to.IsZero() {
			e.SetProperty(ics.ComponentPropertyDtEnd, ev.to.Format(localLayout), ics.WithTZID(tzid))
		}
	} else {
		// RFC 5545 section 3.6.1: the DTEND of an all-day event is
		// exclusive, the day after the last day.
		e.SetProperty(ics.ComponentPropertyDtStart, icsDate(ev.start), ics.WithValue(string(ics.ValueDataTypeDate)))
		e.SetProperty(ics.ComponentPropertyDtEnd, icsDate(ev.end.AddDays(1)), ics.WithValue(string(ics.ValueDataTypeDate)))
	}
	e.SetSummary(ev.summary)
	if ev.desc != "" {
		e.SetDescription(ev.desc)
	}
	for _, c := range ev.categories {
		// One CATEGORIES per tag: a comma inside a tag then stays text.
		e.AddProperty(ics.ComponentPropertyCategories, c)
	}
	if ev.url != "" {
		e.SetURL(ev.url)
	}
	if ev.location != "" {
		e.SetLocation(ev.location)
	}
	if ev.status != "" {
		e.SetProperty(ics.ComponentPropertyStatus, string(ev.status))
	}
	e.SetTimeTransparency(ics.TransparencyTransparent)
	e.SetProperty(ics.ComponentPropertySequence, strconv.Itoa(ev.sequence))
	e.SetProperty(ics.ComponentPropertyLastModified, utcStamp(ev.modified))
	for _, d := range f.opt.Alarms {
		a := e.AddAlarm()
		a.SetAction(ics.ActionDisplay)
		a.SetTrigger(FormatDuration(d))
		a.SetProperty(ics.ComponentPropertyDescription, ev.summary)
	}
}

func (f *feed) write(w io.Writer) error {
	return serialize(w, f.cal)
}

// revisions holds the dates that stamp a schedule's events.
type revisions struct {
	first tahapan.Date // the schedule's first revision date
	last  tahapan.Date // its latest revision date
}

func scanRevisions(s *tahapan.Schedule) revisions {
	var r revisions
	for i, rev := range s.Revisions {
		if i == 0 || rev.Date.Before(r.first) {
			r.first = rev.Date
		}
		if i == 0 || rev.Date.After(r.last) {
			r.last = rev.Date
		}
	}
	if len(s.Revisions) == 0 {
		// No revision at all: the earliest stage start stands in, a date
		// of the data that never depends on the run.
		for i, st := range s.All() {
			if i == 0 || st.Start.Before(r.first) {
				r.first = st.Start
			}
		}
		if vd, ok := s.VotingDay(); ok && r.first.IsZero() {
			r.first = vd
		}
		r.last = r.first
	}
	return r
}

// of returns the SEQUENCE and LAST-MODIFIED of an event made from the
// stages ids: the revisions that list any of them.
func (r revisions) of(s *tahapan.Schedule, ids ...string) (int, tahapan.Date) {
	n, last := 0, r.first
	for _, rev := range s.Revisions {
		if slices.ContainsFunc(ids, func(id string) bool { return slices.Contains(rev.Stages, id) }) {
			n++
			if rev.Date.After(last) {
				last = rev.Date
			}
		}
	}
	return n, last
}

// Encode writes the stages of schedule s as an iCalendar feed
// (RFC 5545 and RFC 7986) to w: one all-day VEVENT per stage and sub-stage
// that passes the filters of opt, and a timed event for the polling hours
// of voting day.
//
// The output depends only on s and opt, never on the clock: DTSTAMP is
// 00:00 UTC on the date of the schedule's latest revision, so the same
// input always gives the same bytes. Each event's UID is
// "<schedule-id>/<stage-id>@<domain>"; its SEQUENCE is the number of
// revisions that list the stage and its LAST-MODIFIED is the date of the
// latest of them (the schedule's first revision when none does). A
// cancelled stage keeps its UID and has STATUS:CANCELLED.
//
// The polling-hours event (UID "<schedule-id>/polling-hours/<zone>@<domain>")
// belongs to the stages whose period is exactly voting day (pemungutan-suara
// in Pemilu 2024): it is in the feed when one of them is, or, when the
// schedule has no such stage, when no filter is set.
//
// Encode returns an error for invalid options, an unknown stage id in
// opt.Stages, and errors from w.
func Encode(w io.Writer, s *tahapan.Schedule, opt Options) error {
	if s == nil {
		return errors.New("ical: nil schedule")
	}
	return EncodeAll(w, []*tahapan.Schedule{s}, opt)
}

// EncodeAll writes the stages of several schedules as one feed, as
// [Encode] does for one: "tahapan ics --schedule all". UIDs carry each
// schedule's id, so they are the same as in the schedules' own feeds, and
// DTSTAMP is the latest revision date of them all. An id in opt.Stages must
// be in at least one of the schedules.
func EncodeAll(w io.Writer, list []*tahapan.Schedule, opt Options) error {
	// Three steps: validate the input, decide every event of the feed
	// without writing anything, then write them.
	if err := checkStages(list, opt); err != nil {
		return err
	}
	return planStages(list, opt).write(w)
}

// checkStages reports what makes list and opt unfit for a stages feed:
// no schedule, invalid options, or a stage id in opt.Stages that none of
// the schedules has.
func checkStages(list []*tahapan.Schedule, opt Options) error {
	if len(list) == 0 {
		return errors.New("ical: no schedule")
	}
	if slices.Contains(list, nil) {
		return errors.New("ical: nil schedule")
	}
	if err := opt.check(); err != nil {
		return err
	}
	for _, id := range opt.Stages {
		found := false
		var err error
		for _, s := range list {
			if _, err = s.Stage(id); err == nil {
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("ical: %w", err)
		}
	}
	return nil
}

// A plan is a feed decided but not yet written: its calendar properties,
// the zones its timed events use and the events, in order.
type plan struct {
	opt              Options
	name, desc, file string
	zone             *time.Location // X-WR-TIMEZONE
	stamp            tahapan.Date   // DTSTAMP of every event
	zones            []zoneSpan     // one VTIMEZONE each, before the events
	events           []event
}

// A zoneSpan is a zone and the years its VTIMEZONE must cover.
type zoneSpan struct {
	loc    *time.Location
	lo, hi int
}

// use widens the span of loc to cover the years lo to hi, adding loc if
// the plan has no span for it yet.
func (p *plan) use(loc *time.Location, lo, hi int) {
	for i := range p.zones {
		if p.zones[i].loc.String() == loc.String() {
			p.zones[i].lo, p.zones[i].hi = min(p.zones[i].lo, lo), max(p.zones[i].hi, hi)
			return
		}
	}
	p.zones = append(p.zones, zoneSpan{loc, lo, hi})
}

// write writes the planned feed to w.
func (p *plan) write(w io.Writer) error {
	f := newFeed(p.opt, p.name, p.desc, p.zone, p.stamp, p.file)
	for _, z := range p.zones {
		f.cal.AddVTimezone(vtimezone(z.loc, z.lo, z.hi))
	}
	for _, ev := range p.events {
		f.add(ev)
	}
	return f.write(w)
}

// planStages decides the events of a stages feed of list, which
// checkStages has accepted: every stage that passes the filters of opt,
// and the polling hours of each schedule whose voting day is set.
func planStages(list []*tahapan.Schedule, opt Options) *plan {
	l := opt.lang()
	zone := opt.Zone
	if zone == nil {
		zone = list[0].Location()
	}
	keep := func(st *tahapan.Stage) bool {
		return (len(opt.Tags) == 0 || slices.ContainsFunc(opt.Tags, st.HasTag)) &&
			(!opt.KeyOnly || st.Key) &&
			(len(opt.Stages) == 0 || slices.Contains(opt.Stages, st.ID))
	}
	filtered := len(opt.Tags) > 0 || opt.KeyOnly || len(opt.Stages) > 0

	p := &plan{opt: opt, zone: zone, file: list[0].ID + ".ics"}
	p.name, p.desc = feedName(list[0], opt, l), feedDesc(list[0], l)
	if len(list) > 1 {
		var names []string
		for _, s := range list {
			names = append(names, s.LocalName(l))
		}
		p.name = l.Pick("Tahapan ", "Stages: ") + strings.Join(names, ", ")
		p.desc = l.Pick("Tahapan dan jadwal ", "Stages and schedules of ") + strings.Join(names, ", ") +
			l.Pick(". Setiap tahapan dengan dasar hukum dan sumbernya.", ". Each stage with its legal basis and sources.")
		p.file = "all.ics"
	}
	// A schedule's polling-hours event comes after its stages, but its
	// zone's VTIMEZONE before theirs.
	for _, s := range list {
		revs := scanRevisions(s)
		if revs.last.After(p.stamp) {
			p.stamp = revs.last
		}
		vd, set := s.VotingDay()
		var votingIDs []string
		hasPolls := false
		for _, st := range s.All() {
			if set && st.Start == vd && st.End == vd && !st.Cancelled {
				votingIDs = append(votingIDs, st.ID)
				hasPolls = hasPolls || keep(st)
			}
		}
		if len(votingIDs) == 0 {
			// No polling hours before KPU sets the voting day.
			hasPolls = set && !filtered
		}
		if hasPolls {
			p.use(zone, vd.Year, vd.Year)
		}
		for _, st := range s.All() {
			if !keep(st) {
				continue
			}
			if st.Timed() {
				p.use(stageZone(s, st), st.Start.Year, st.End.Year)
			}
			p.events = append(p.events, stageEvent(s, st, revs, l, opt.domain()))
		}
		if hasPolls {
			seq, mod := revs.of(s, votingIDs...)
			p.events = append(p.events, pollsEvent(s, zone, l, opt.domain(), votingIDs, seq, mod))
		}
	}
	return p
}

// stageEvent is the all-day (or, in a local agenda, timed) event of
// stage st of s.
func stageEvent(s *tahapan.Schedule, st *tahapan.Stage, revs revisions, l kata.Lang, domain string) event {
	seq, mod := revs.of(s, st.ID)
	ev := event{
		uid:        s.ID + "/" + st.ID + "@" + domain,
		summary:    stageSummary(st, l),
		desc:       stageDesc(st, l),
		start:      st.Start,
		end:        st.End,
		categories: st.Tags,
		status:     stageStatus(st),
		sequence:   seq,
		modified:   mod,
		location:   st.Location,
	}
	if len(st.Sources) > 0 {
		ev.url = st.Sources[0]
	}
	if st.Timed() {
		loc := stageZone(s, st)
		ev.timed, ev.from = true, st.Start.At(*st.StartTime, loc)
		if st.EndTime != nil {
			ev.to = st.End.At(*st.EndTime, loc)
		}
	}
	return ev
}

// stageZone is the zone of a timed stage: its own, or the schedule's.
func stageZone(s *tahapan.Schedule, st *tahapan.Stage) *time.Location {
	if st.TimeZone != "" {
		if loc, err := tahapan.Zone(st.TimeZone); err == nil {
			return loc
		}
	}
	return s.Location()
}

func stageStatus(st *tahapan.Stage) ics.ObjectStatus {
	switch {
	case st.Cancelled:
		return ics.ObjectStatusCancelled
	case st.Confidence == tahapan.Unconfirmed || st.Confidence == tahapan.Conflict:
		return ics.ObjectStatusTentative
	}
	return ics.ObjectStatusConfirmed
}

func stageSummary(st *tahapan.Stage, l kata.Lang) string {
	name := st.LocalName(l)
	if st.Cancelled {
		return l.Pick("Batal: ", "Cancelled: ") + name
	}
	return name
}

func feedName(s *tahapan.Schedule, opt Options, l kata.Lang) string {
	name := l.Pick("Tahapan "+s.Name, s.LocalName(kata.English)+" stages")
	var parts []string
	if opt.KeyOnly {
		parts = append(parts, l.Pick("tanggal penting", "key dates"))
	}
	if len(opt.Tags) > 0 {
		parts = append(parts, strings.Join(opt.Tags, ", "))
	}
	if len(opt.Stages) > 0 {
		parts = append(parts, l.Pick("pilihan", "selected"))
	}
	if len(parts) > 0 {
		name += " (" + strings.Join(parts, "; ") + ")"
	}
	return name
}

func feedDesc(s *tahapan.Schedule, l kata.Lang) string {
	var b strings.Builder
	b.WriteString(l.Pick("Tahapan dan jadwal ", "Stages and schedule of the "))
	b.WriteString(s.LocalName(l))
	if s.LegalBasis != "" {
		b.WriteString(" (" + s.LegalBasis + ")")
	}
	b.WriteString(l.Pick(
		". Setiap tahapan dengan dasar hukum dan sumbernya; diperbarui setiap kali jadwal direvisi.",
		". Each stage with its legal basis and sources; updated whenever the schedule is revised."))
	if s.Status == "draft" {
		b.WriteString(l.Pick(" Rancangan: belum resmi.", " Draft: not yet official."))
	}
	return b.String()
}

// stageDesc builds the DESCRIPTION of a stage, one item per line, all in
// language l. A text the data has only in the other language is labelled
// so: "Catatan (dalam bahasa Inggris)", "Note (in Indonesian)".
func stageDesc(st *tahapan.Stage, l kata.Lang) string {
	var lines []string
	add := func(label, text string) {
		if text != "" {
			lines = append(lines, label+": "+text)
		}
	}
	// other is the label suffix of a text written in the other language.
	other := func(own string) string {
		if own != "" {
			return ""
		}
		return kata.InOther(l)
	}
	if st.Cancelled {
		lines = append(lines, l.Pick("DIBATALKAN: tahapan ini tidak dilaksanakan.", "CANCELLED: this stage did not take place."))
	}
	add(l.Pick("Periode", "Period"), kata.PeriodDays(kata.Day(st.Start), kata.Day(st.End), st.Days(), l))
	if st.Parent != nil {
		add(l.Pick("Bagian dari", "Part of"), st.Parent.LocalName(l))
	}
	add(l.Pick("Untuk pemilih", "For voters")+other(l.Pick(st.Edukasi, st.EdukasiEN)), st.LocalEdukasi(l))
	add(l.Pick("Dasar hukum", "Legal basis"), st.LegalBasis)
	if st.Confidence != tahapan.Confirmed && st.Confidence != "" {
		add(l.Pick("Kepastian", "Confidence"), kata.Confidence(string(st.Confidence), l))
	}
	add(l.Pick("Catatan", "Note")+other(l.Pick(st.Note, st.NoteEN)), st.LocalNote(l))
	if len(st.Sources) > 0 {
		lines = append(lines, l.Pick("Sumber:", "Sources:"))
		for _, u := range st.Sources {
			lines = append(lines, "- "+u)
		}
	}
	return strings.Join(lines, "\n")
}

func pollsEvent(s *tahapan.Schedule, zone *time.Location, l kata.Lang, domain string, votingIDs []string, seq int, mod tahapan.Date) event {
	open, _ := s.PollsOpen(zone) // called only when the voting day is set
	shut, _ := s.PollsClose(zone)
	abbr := tahapan.ZoneAbbrev(zone, open)
	// Each language writes a time of day its own way: 07.00, 07:00.
	from := kata.Clock(s.PollingHours.Open.Hour, s.PollingHours.Open.Minute, l)
	to := kata.Clock(s.PollingHours.Close.Hour, s.PollingHours.Close.Minute, l)
	hours := fmt.Sprintf("%s–%s %s", from, to, abbr)
	ev := event{
		uid:     s.ID + "/polling-hours/" + zoneSlug(zone) + "@" + domain,
		summary: l.Pick("TPS buka: pemungutan suara "+s.Name+" ("+hours+")", "Polls open: "+s.LocalName(kata.English)+" voting ("+hours+")"),
		timed:   true, from: open, to: shut,
		categories: []string{"pemungutan"},
		status:     ics.ObjectStatusConfirmed,
		sequence:   seq,
		modified:   mod,
	}
	vd, _ := s.VotingDay()
	day := kata.Date(kata.Day(vd), kata.Long, l)
	var lines []string
	lines = append(lines, l.Pick(
		fmt.Sprintf("Tempat pemungutan suara (TPS) buka pukul %s sampai %s waktu setempat, %s.", from, to, day),
		fmt.Sprintf("Polling stations are open from %s to %s local time, %s.", from, to, day)))
	lines = append(lines, l.Pick("Zona waktu: ", "Time zone: ")+zone.String()+" ("+abbr+")")
	for _, id := range votingIDs {
		if st, err := s.Stage(id); err == nil {
			if st.LegalBasis != "" {
				lines = append(lines, l.Pick("Dasar hukum: ", "Legal basis: ")+st.LegalBasis)
			}
			if ev.url == "" && len(st.Sources) > 0 {
				ev.url = st.Sources[0]
			}
		}
	}
	ev.desc = strings.Join(lines, "\n")
	return ev
}

// zoneSlug turns "Asia/Jakarta" into "asia-jakarta" for use in a UID.
func zoneSlug(loc *time.Location) string {
	return strings.Map(func(r rune) rune {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9', r == '-', r == '_', r == '+':
			return r
		case 'A' <= r && r <= 'Z':
			return r + ('a' - 'A')
		}
		return '-'
	}, loc.String())
}
