package ical_test

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/ical"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func d(y int, m time.Month, day int) tahapan.Date { return tahapan.D(y, m, day) }

func pemilu(t testing.TB) *tahapan.Schedule {
	t.Helper()
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// loadTestdata loads testdata/name. The loader refuses control characters
// in text, which could reach a terminal, but the encoder must still escape
// them for schedules built in code; so each YAML escape of one (\r, \x00,
// …) is loaded as a private-use character U+E000+c and put back after.
func loadTestdata(t testing.TB, name string) *tahapan.Schedule {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	data = controlEscRE.ReplaceAllFunc(data, func(m []byte) []byte {
		c, ok := map[string]rune{`\r`: '\r', `\n`: '\n', `\t`: '\t'}[string(m)]
		if !ok && len(m) == 4 && m[1] == 'x' {
			n, _ := strconv.ParseUint(string(m[2:]), 16, 8)
			c, ok = rune(n), n < 0x20 || n == 0x7f
		}
		if !ok {
			return m // \\ and the escapes of printable characters stay
		}
		return fmt.Appendf(nil, `\u%04X`, 0xe000+c)
	})
	s, err := tahapan.Load(bytes.NewReader(data), "testdata/"+name)
	if err != nil {
		t.Fatal(err)
	}
	back := func(p *string) {
		*p = strings.Map(func(r rune) rune {
			if r >= 0xe000 && r <= 0xe07f {
				return r - 0xe000
			}
			return r
		}, *p)
	}
	backAll := func(list []string) {
		for i := range list {
			back(&list[i])
		}
	}
	back(&s.Name)
	back(&s.NameEN)
	back(&s.LegalBasis)
	backAll(s.Sources)
	for _, st := range s.All() {
		for _, p := range []*string{&st.Name, &st.NameEN, &st.Note, &st.Edukasi, &st.LegalBasis, &st.Location} {
			back(p)
		}
		backAll(st.Tags)
		backAll(st.Sources)
	}
	return s
}

// controlEscRE matches a YAML escape of two or four characters, \\ first so
// that "\\n" is not read as "\n".
var controlEscRE = regexp.MustCompile(`\\(\\|[rnt]|x[0-9a-fA-F]{2})`)

func mustZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := tahapan.Zone(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func encode(t testing.TB, s *tahapan.Schedule, opt ical.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := ical.Encode(&b, s, opt); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return b.Bytes()
}

// A feedRead is what a parser read from a feed; the client scripts in
// testdata/clients print the same shape as JSON.
type feedRead struct {
	Version string      `json:"version"`
	ProdID  string      `json:"prodid"`
	Name    string      `json:"name"`
	CalName string      `json:"calname"`
	Refresh string      `json:"refresh"`
	Events  []eventRead `json:"events"`
}

// An eventRead is one event as a parser read it. Start and End are
// YYYY-MM-DD for a DATE and an RFC 3339 UTC instant for a DATE-TIME.
type eventRead struct {
	UID         string   `json:"uid"`
	Summary     string   `json:"summary"`
	Description string   `json:"description"`
	Start       string   `json:"start"`
	End         string   `json:"end"`
	Status      string   `json:"status"`
	Sequence    int      `json:"sequence"`
	Categories  []string `json:"categories"`
	URL         string   `json:"url"`
	Alarms      []string `json:"alarms"`
}

// readGo parses a feed with golang-ical, the round trip.
func readGo(t testing.TB, feed []byte) feedRead {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(feed))
	if err != nil {
		t.Fatalf("golang-ical cannot parse the feed: %v", err)
	}
	var f feedRead
	for _, p := range cal.CalendarProperties {
		switch p.IANAToken {
		case "VERSION":
			f.Version = p.Value
		case "PRODID":
			f.ProdID = p.Value
		case "NAME":
			f.Name = p.Value
		case "X-WR-CALNAME":
			f.CalName = p.Value
		case "REFRESH-INTERVAL":
			f.Refresh = p.Value
		}
	}
	for _, e := range cal.Events() {
		ev := eventRead{Categories: []string{}, Alarms: []string{}}
		for _, p := range e.Properties {
			switch p.IANAToken {
			case "UID":
				ev.UID = p.Value
			case "SUMMARY":
				ev.Summary = p.Value
			case "DESCRIPTION":
				ev.Description = p.Value
			case "DTSTART":
				ev.Start = goWhen(t, p.BaseProperty)
			case "DTEND":
				ev.End = goWhen(t, p.BaseProperty)
			case "STATUS":
				ev.Status = p.Value
			case "SEQUENCE":
				ev.Sequence, _ = strconv.Atoi(p.Value)
			case "CATEGORIES":
				ev.Categories = append(ev.Categories, p.Value)
			case "URL":
				ev.URL = p.Value
			}
		}
		for _, a := range e.Alarms() {
			ev.Alarms = append(ev.Alarms, a.GetProperty(ics.ComponentPropertyTrigger).Value)
		}
		f.Events = append(f.Events, ev)
	}
	return f
}

func goWhen(t testing.TB, p ics.BaseProperty) string {
	t.Helper()
	if v := p.ICalParameters["VALUE"]; len(v) == 1 && v[0] == "DATE" {
		tm, err := time.Parse("20060102", p.Value)
		if err != nil {
			t.Fatalf("%s %q: %v", p.IANAToken, p.Value, err)
		}
		return tm.Format(time.DateOnly)
	}
	tz := p.ICalParameters["TZID"]
	if len(tz) != 1 {
		t.Fatalf("%s %q: a DATE-TIME without TZID", p.IANAToken, p.Value)
	}
	loc := mustZone(t, tz[0])
	tm, err := time.ParseInLocation("20060102T150405", p.Value, loc)
	if err != nil {
		t.Fatalf("%s %q: %v", p.IANAToken, p.Value, err)
	}
	return tm.UTC().Format(time.RFC3339)
}

// A wantEvent is an event as the schedule says it must be, worked out from
// the schedule without the package's help. An empty Summary is not
// checked.
type wantEvent struct {
	UID, Summary, Start, End string
}

// expected lists the events of the stages feed of s with opt.
func expected(s *tahapan.Schedule, opt ical.Options) []wantEvent {
	lang := opt.Lang
	if lang == "" {
		lang = "id"
	}
	domain := opt.Domain
	if domain == "" {
		domain = ical.DefaultDomain
	}
	zone := opt.Zone
	if zone == nil {
		zone = s.Location()
	}
	keep := func(st *tahapan.Stage) bool {
		if len(opt.Tags) > 0 {
			ok := false
			for _, tag := range opt.Tags {
				ok = ok || st.HasTag(tag)
			}
			if !ok {
				return false
			}
		}
		if opt.KeyOnly && !st.Key {
			return false
		}
		if len(opt.Stages) > 0 {
			ok := false
			for _, id := range opt.Stages {
				ok = ok || id == st.ID
			}
			return ok
		}
		return true
	}
	var out []wantEvent
	polls := false
	vd, set := s.VotingDay()
	for _, st := range s.All() {
		if set && st.Start == vd && st.End == vd && !st.Cancelled && keep(st) {
			polls = true
		}
		if !keep(st) {
			continue
		}
		summary := st.LocalName(lang)
		if st.Cancelled {
			summary = map[kata.Lang]string{"id": "Batal: ", "en": "Cancelled: "}[lang] + summary
		}
		out = append(out, wantEvent{
			UID:     s.ID + "/" + st.ID + "@" + domain,
			Summary: summary,
			Start:   st.Start.String(),
			End:     st.End.AddDays(1).String(),
		})
	}
	if polls {
		slug := strings.ToLower(strings.ReplaceAll(zone.String(), "/", "-"))
		out = append(out, wantEvent{
			UID:   s.ID + "/polling-hours/" + slug + "@" + domain,
			Start: vd.At(s.PollingHours.Open, zone).UTC().Format(time.RFC3339),
			End:   vd.At(s.PollingHours.Close, zone).UTC().Format(time.RFC3339),
		})
	}
	return out
}

// checkEvents compares what a parser read with the expected events, in
// order.
func checkEvents(t *testing.T, parser string, got []eventRead, want []wantEvent) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s read %d events, want %d", parser, len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if g.UID != w.UID || g.Start != w.Start || g.End != w.End || (w.Summary != "" && g.Summary != w.Summary) {
			t.Errorf("%s event %d:\n got %q %q %s..%s\nwant %q %q %s..%s", parser, i,
				g.UID, g.Summary, g.Start, g.End, w.UID, w.Summary, w.Start, w.End)
		}
	}
}
