package ical_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/ical"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden holds the Pemilu 2024 feed byte for byte. After a deliberate
// change, to the code or to schedules/pemilu-2024.yaml, regenerate it with
// go test ./tahapan/ical -update and review the diff. On a mismatch the new
// feed is written to testdata/actual/ (ignored by git) for diffing.
func TestGolden(t *testing.T) {
	golden := filepath.Join("testdata", "pemilu-2024.ics")
	got := encode(t, pemilu(t), ical.Options{})
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./tahapan/ical -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		actual := filepath.Join("testdata", "actual", "pemilu-2024.ics")
		_ = os.MkdirAll(filepath.Dir(actual), 0o755)
		_ = os.WriteFile(actual, got, 0o644)
		gl, wl := strings.Split(string(got), "\r\n"), strings.Split(string(want), "\r\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("feed differs from %s at line %d:\n got %q\nwant %q\nnew feed in %s; "+
					"if the change is intended, run go test ./tahapan/ical -update", golden, i+1, gl[i], wl[i], actual)
			}
		}
		t.Fatalf("feed differs from %s in length (%d lines, want %d); new feed in %s", golden, len(gl), len(wl), actual)
	}
}

// TestEncodeIgnoresClock encodes the feed as if at several moments and
// under several local zones: Encode takes no clock, and neither the wall
// time nor time.Local may leak into the bytes (DTSTAMP comes from the
// schedule's latest revision).
func TestEncodeIgnoresClock(t *testing.T) {
	s := pemilu(t)
	saved := time.Local
	defer func() { time.Local = saved }()
	var first []byte
	for i, zone := range []string{"UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Jakarta"} {
		time.Local = mustZone(t, zone)
		if i > 0 {
			time.Sleep(2 * time.Millisecond) // a different "now" for anything that would read it
		}
		got := encode(t, s, ical.Options{})
		if first == nil {
			first = got
			continue
		}
		if !bytes.Equal(got, first) {
			t.Errorf("time.Local = %s: feed differs", zone)
		}
	}
	if !bytes.Contains(first, []byte("\r\nDTSTAMP:20240320T000000Z\r\n")) {
		t.Error("DTSTAMP is not the date of the latest revision, 2024-03-20 (Keputusan KPU 360/2024, which cancelled the run-off)")
	}
}

// TestRoundTrip parses the feed back with golang-ical and compares every
// event with the schedule.
func TestRoundTrip(t *testing.T) {
	s := pemilu(t)
	for _, opt := range []ical.Options{
		{},
		{Lang: "en", Zone: mustZone(t, "WITA")},
		{KeyOnly: true, Zone: mustZone(t, "Europe/Amsterdam")},
		{Tags: []string{"kampanye"}},
	} {
		f := readGo(t, encode(t, s, opt))
		checkEvents(t, "golang-ical", f.Events, expected(s, opt))
		if f.Version != "2.0" || f.ProdID != ical.ProdID || f.Refresh != "PT12H" || f.Name == "" || f.Name != f.CalName {
			t.Errorf("%+v: calendar properties %+v", opt, f)
		}
	}
	f := readGo(t, encode(t, s, ical.Options{}))
	byUID := map[string]eventRead{}
	for _, e := range f.Events {
		byUID[e.UID] = e
	}
	for _, st := range s.All() {
		e := byUID["pemilu-2024/"+st.ID+"@"+ical.DefaultDomain]
		if !slices.Equal(e.Categories, st.Tags) && !(len(st.Tags) == 0 && len(e.Categories) == 0) {
			t.Errorf("%s: categories %q, want %q", st.ID, e.Categories, st.Tags)
		}
		for _, want := range append([]string{st.LegalBasis, st.Note}, st.Sources...) {
			if !strings.Contains(e.Description, want) {
				t.Errorf("%s: description lacks %q:\n%s", st.ID, want, e.Description)
			}
		}
		if st.Confidence != tahapan.Confirmed && !strings.Contains(e.Description, "Kepastian: ") {
			t.Errorf("%s: %s, but the description does not say so", st.ID, st.Confidence)
		}
		if len(st.Sources) > 0 && e.URL != st.Sources[0] {
			t.Errorf("%s: URL %q, want %q", st.ID, e.URL, st.Sources[0])
		}
		wantStatus := "CONFIRMED"
		switch {
		case st.Cancelled:
			wantStatus = "CANCELLED"
		case st.Confidence == tahapan.Conflict || st.Confidence == tahapan.Unconfirmed:
			wantStatus = "TENTATIVE"
		}
		if e.Status != wantStatus {
			t.Errorf("%s: STATUS %q, want %q", st.ID, e.Status, wantStatus)
		}
	}
}

// TestAllDayEnd checks the exclusive DTEND on the lines themselves.
func TestAllDayEnd(t *testing.T) {
	feed := string(encode(t, pemilu(t), ical.Options{}))
	for _, want := range []string{
		"UID:pemilu-2024/masa-kampanye@tahapan.kalender-pemilu.id\r\nDTSTAMP:20240320T000000Z\r\n" +
			"DTSTART;VALUE=DATE:20231128\r\nDTEND;VALUE=DATE:20240211\r\n",
		"UID:pemilu-2024/pemungutan-suara@tahapan.kalender-pemilu.id\r\nDTSTAMP:20240320T000000Z\r\n" +
			"DTSTART;VALUE=DATE:20240214\r\nDTEND;VALUE=DATE:20240215\r\n",
		"DTSTART;TZID=Asia/Jakarta:20240214T070000\r\nDTEND;TZID=Asia/Jakarta:20240214T130000\r\n",
	} {
		if !strings.Contains(feed, want) {
			t.Errorf("feed lacks\n%s", want)
		}
	}
	// The VTIMEZONE comes before the first event.
	if tz, ev := strings.Index(feed, "BEGIN:VTIMEZONE"), strings.Index(feed, "BEGIN:VEVENT"); tz < 0 || tz > ev {
		t.Error("VTIMEZONE missing or after the events")
	}
}

// TestLineFormat checks CRLF and 75-octet lines over every feed variant.
func TestLineFormat(t *testing.T) {
	for name, feed := range allFeeds(t) {
		lines := strings.Split(string(feed.data), "\r\n")
		if lines[len(lines)-1] != "" {
			t.Errorf("%s: does not end in CRLF", name)
		}
		for i, l := range lines {
			if strings.ContainsAny(l, "\r\n") {
				t.Fatalf("%s line %d: bare CR or LF", name, i+1)
			}
			if len(l) > 75 {
				t.Fatalf("%s line %d: %d octets", name, i+1, len(l))
			}
		}
	}
}

var filterTests = []struct {
	name     string
	opt      ical.Options
	n        int    // events, the polling-hours event included; -1: every stage and it
	polls    bool   // the polling-hours event is in
	contains string // a UID that must be in, before the @
}{
	{"all", ical.Options{}, -1, true, "pemilu-2024/putaran2-rekapitulasi"},
	{"key", ical.Options{KeyOnly: true}, 22, true, "pemilu-2024/masa-kampanye"},
	{"tag", ical.Options{Tags: []string{"kampanye"}}, 0, false, "pemilu-2024/debat-1"},
	{"two tags", ical.Options{Tags: []string{"kampanye", "masa-tenang"}}, 0, false, "pemilu-2024/masa-tenang"},
	{"tag and key", ical.Options{Tags: []string{"pemungutan"}, KeyOnly: true}, 0, true, "pemilu-2024/pemungutan-suara"},
	{"stages", ical.Options{Stages: []string{"masa-tenang", "debat-1"}}, 2, false, "pemilu-2024/debat-1"},
	{"voting stage", ical.Options{Stages: []string{"pemungutan-suara"}}, 2, true, "pemilu-2024/polling-hours/asia-jakarta"},
	{"no match", ical.Options{Tags: []string{"no-such-tag"}}, 0, false, ""},
}

func TestFilters(t *testing.T) {
	s := pemilu(t)
	for _, tt := range filterTests {
		t.Run(tt.name, func(t *testing.T) {
			feed := encode(t, s, tt.opt)
			f := readGo(t, feed)
			want := expected(s, tt.opt)
			checkEvents(t, "golang-ical", f.Events, want)
			n := tt.n
			if n == -1 {
				n = len(s.All()) + 1
			}
			if n != 0 && len(f.Events) != n {
				t.Errorf("%d events, want %d", len(f.Events), n)
			}
			hasPolls := bytes.Contains(feed, []byte("/polling-hours/"))
			hasTZ := bytes.Contains(feed, []byte("BEGIN:VTIMEZONE"))
			if hasPolls != tt.polls || hasTZ != tt.polls {
				t.Errorf("polling-hours event %v, VTIMEZONE %v; want %v", hasPolls, hasTZ, tt.polls)
			}
			if tt.contains != "" && !bytes.Contains(feed, []byte("UID:"+tt.contains+"@")) {
				t.Errorf("no UID %s", tt.contains)
			}
		})
	}
}

// TestRevisions checks SEQUENCE, LAST-MODIFIED, DTSTAMP and cancellation
// on a schedule with amendments.
func TestRevisions(t *testing.T) {
	s := loadTestdata(t, "revised.yaml")
	feed := string(encode(t, s, ical.Options{}))
	tests := []struct {
		id       string
		seq      string
		modified string
		status   string
	}{
		{"masa-kampanye", "2", "20230915", "CONFIRMED"},
		{"masa-tenang", "1", "20230915", "CONFIRMED"},
		{"pemungutan-suara", "0", "20220609", "CONFIRMED"},
		{"putaran-kedua", "1", "20240320", "CANCELLED"},
		{"polling-hours/asia-makassar", "0", "20220609", "CONFIRMED"},
	}
	for _, tt := range tests {
		uid := "UID:revisi/" + tt.id + "@tahapan.kalender-pemilu.id\r\n"
		i := strings.Index(feed, uid)
		if i < 0 {
			t.Errorf("no %s", uid)
			continue
		}
		ev := feed[i : i+strings.Index(feed[i:], "END:VEVENT")]
		for _, want := range []string{
			"\r\nDTSTAMP:20240320T000000Z\r\n",
			"\r\nSEQUENCE:" + tt.seq + "\r\n",
			"\r\nLAST-MODIFIED:" + tt.modified + "T000000Z\r\n",
			"\r\nSTATUS:" + tt.status + "\r\n",
		} {
			if !strings.Contains(ev, want) {
				t.Errorf("%s lacks %q:\n%s", tt.id, strings.TrimSpace(want), ev)
			}
		}
	}
	if !strings.Contains(feed, "SUMMARY:Batal: Pemungutan suara putaran kedua\r\n") {
		t.Error("the cancelled stage's summary does not say so")
	}
	// The schedule's zone is WITA, so the polling hours are 07:00 WITA.
	if !strings.Contains(feed, "DTSTART;TZID=Asia/Makassar:20240214T070000\r\n") || !strings.Contains(feed, "TZNAME:WITA\r\n") {
		t.Error("polling hours not in the schedule's zone")
	}
}

var optionErrorTests = []struct {
	opt    ical.Options
	expect string // must appear within the error
}{
	{ical.Options{Lang: "jv"}, `invalid language "jv"`},
	{ical.Options{Color: "#ff0000"}, `invalid colour "#ff0000"`},
	{ical.Options{Domain: "a@b"}, `invalid UID domain`},
	{ical.Options{Stages: []string{"kampanye"}}, `stage "kampanye": no such stage`},
}

func TestEncodeErrors(t *testing.T) {
	s := pemilu(t)
	for _, tt := range optionErrorTests {
		err := ical.Encode(&bytes.Buffer{}, s, tt.opt)
		if err == nil || !strings.Contains(err.Error(), tt.expect) {
			t.Errorf("Encode(%+v) = %v, want an error containing %q", tt.opt, err, tt.expect)
		}
	}
	err := ical.Encode(&bytes.Buffer{}, s, ical.Options{Stages: []string{"nope"}})
	if !errors.Is(err, tahapan.ErrNoSuchStage) {
		t.Errorf("unknown stage: %v does not wrap ErrNoSuchStage", err)
	}
	if err := ical.Encode(&bytes.Buffer{}, nil, ical.Options{}); err == nil {
		t.Error("nil schedule: no error")
	}
	if err := ical.Encode(failWriter{}, s, ical.Options{}); err == nil {
		t.Error("failing writer: no error")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestCalendarProperties(t *testing.T) {
	s := pemilu(t)
	id := string(encode(t, s, ical.Options{}))
	en := string(encode(t, s, ical.Options{Lang: "en", KeyOnly: true, Color: "navy",
		BaseURL: "https://example.org/ics/", FileName: "pemilu-2024-key.en.ics"}))
	for _, tt := range []struct {
		feed, want string
	}{
		{id, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kalender-pemilu//tahapan//ID\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"},
		{id, "\r\nNAME:Tahapan Pemilu Serentak 2024\r\nX-WR-CALNAME:Tahapan Pemilu Serentak 2024\r\n"},
		{id, "\r\nX-WR-TIMEZONE:Asia/Jakarta\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\nX-PUBLISHED-TTL:PT12H\r\nCOLOR:crimson\r\n"},
		{id, "\r\nDESCRIPTION:Tahapan dan jadwal Pemilu Serentak 2024"},
		{id, "\r\nX-WR-CALDESC:Tahapan dan jadwal Pemilu Serentak 2024"},
		{en, "\r\nNAME:2024 General Election stages (key dates)\r\n"},
		{en, "\r\nCOLOR:navy\r\nURL:https://example.org/ics\r\nSOURCE:https://example.org/ics/pemilu-2024-key.en.ics\r\n"},
		{en, "\r\nSUMMARY:Campaign period\r\n"},
		{en, "\r\nSUMMARY:Polls open: 2024 General Election voting (07:00–13:00 WIB)\r\n"},
	} {
		if !strings.Contains(tt.feed, tt.want) {
			t.Errorf("feed lacks %q", tt.want)
		}
	}
	if strings.Contains(id, "\r\nURL:https://example") || strings.Contains(id, "SOURCE:") {
		t.Error("URL or SOURCE without a base URL")
	}
	if regexp.MustCompile(`(?m)^(URL|SOURCE):.*\\`).MatchString(en) {
		t.Error("a URI value is TEXT-escaped")
	}
}

func TestAlarms(t *testing.T) {
	s := pemilu(t)
	opt := ical.Options{KeyOnly: true, Alarms: []time.Duration{-24 * time.Hour, -2 * time.Hour}}
	f := readGo(t, encode(t, s, opt))
	for _, e := range f.Events {
		if !slices.Equal(e.Alarms, []string{"-P1D", "-PT2H"}) {
			t.Errorf("%s: alarms %q", e.UID, e.Alarms)
		}
	}
	feed := string(encode(t, s, opt))
	if !strings.Contains(feed, "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P1D\r\nDESCRIPTION:Masa Kampanye Pemilu\r\nEND:VALARM\r\n") {
		t.Error("no VALARM with ACTION, TRIGGER and DESCRIPTION for the campaign")
	}
}

func TestCountdown(t *testing.T) {
	s := pemilu(t)
	var b bytes.Buffer
	p := tahapan.Period{Start: d(2023, 9, 17), End: d(2024, 2, 16)}
	if err := ical.EncodeCountdown(&b, s, p, ical.Options{}); err != nil {
		t.Fatal(err)
	}
	f := readGo(t, b.Bytes())
	if len(f.Events) != p.Days() {
		t.Fatalf("%d events, want %d", len(f.Events), p.Days())
	}
	tests := []struct {
		i                   int
		uid, summary, start string
	}{
		{0, "pemilu-2024/countdown/2023-09-17", "H-150 Pemungutan Suara Pemilu Serentak 2024", "2023-09-17"},
		{149, "pemilu-2024/countdown/2024-02-13", "H-1 Pemungutan Suara Pemilu Serentak 2024", "2024-02-13"},
		{150, "pemilu-2024/countdown/2024-02-14", "H Pemungutan Suara Pemilu Serentak 2024", "2024-02-14"},
		{152, "pemilu-2024/countdown/2024-02-16", "H+2 Pemungutan Suara Pemilu Serentak 2024", "2024-02-16"},
	}
	for _, tt := range tests {
		e := f.Events[tt.i]
		end, _ := tahapan.ParseDate(tt.start)
		if e.UID != tt.uid+"@"+ical.DefaultDomain || e.Summary != tt.summary || e.Start != tt.start || e.End != end.AddDays(1).String() {
			t.Errorf("event %d = %q %q %s..%s; want %q %q %s", tt.i, e.UID, e.Summary, e.Start, e.End, tt.uid, tt.summary, tt.start)
		}
	}
	if want := "H-150 menuju Pemungutan Suara Pemilu Serentak 2024 (Rabu, 14 Februari 2024) · 4 bulan 28 hari lagi"; f.Events[0].Description != want {
		t.Errorf("description %q, want %q", f.Events[0].Description, want)
	}
	b.Reset()
	if err := ical.EncodeCountdown(&b, s, tahapan.Period{Start: d(2024, 2, 13), End: d(2024, 2, 13)}, ical.Options{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte("\r\nSUMMARY:H-1 Voting day\\, 2024 General Election\r\n")) {
		t.Errorf("English countdown:\n%s", b.Bytes())
	}
	for _, p := range []tahapan.Period{
		{Start: d(2024, 2, 14), End: d(2024, 2, 13)},
		{Start: d(2024, 2, 30), End: d(2024, 3, 1)},
		{Start: d(2000, 1, 1), End: d(2024, 1, 1)},
	} {
		if err := ical.EncodeCountdown(&b, s, p, ical.Options{}); err == nil {
			t.Errorf("range %s: no error", p)
		}
	}
}

// TestLintOwnFeeds runs the linter over every feed this package writes.
func TestLintOwnFeeds(t *testing.T) {
	for name, feed := range allFeeds(t) {
		probs, err := ical.Lint(bytes.NewReader(feed.data))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range probs {
			t.Errorf("%s: %s", name, p)
		}
	}
}

// TestInjection reads the hostile names and notes of testdata/inject.yaml
// back with golang-ical: each is one value, unchanged except that line
// breaks are LF and other control characters are gone.
func TestInjection(t *testing.T) {
	s := loadTestdata(t, "inject.yaml")
	for _, lang := range []kata.Lang{"id", "en"} {
		feed := encode(t, s, ical.Options{Lang: lang})
		f := readGo(t, feed)
		checkInjection(t, client{name: "golang-ical"}, s, lang, f)
	}
}

// checkInjection compares what a parser read from the injection feed with
// the schedule's text. For golang-ical, c is the zero client.
func checkInjection(t *testing.T, c client, s *tahapan.Schedule, lang kata.Lang, f feedRead) {
	t.Helper()
	parser := c.name
	same := func(want, got string, calendar bool) bool {
		if c.quirk == nil {
			return want == got
		}
		return c.sameText(t, want, got, calendar)
	}
	sameCats := func(want, got []string) bool {
		if c.quirk == nil {
			return slices.Equal(want, got)
		}
		return c.sameCategories(t, want, got)
	}
	if want := map[kata.Lang]string{"id": "Tahapan " + s.Name, "en": s.NameEN + " stages"}[lang]; !same(normal(want), f.Name, true) || !same(normal(want), f.CalName, true) {
		t.Errorf("%s %s: calendar name %q / %q, want %q", parser, lang, f.Name, f.CalName, normal(want))
	}
	want := expected(s, ical.Options{Lang: lang})
	for i := range want {
		want[i].Summary = ""
	}
	checkEvents(t, parser, f.Events, want) // UIDs, dates and count: no event injected
	for i, st := range s.All() {
		if i >= len(f.Events) {
			break
		}
		e := f.Events[i]
		if !same(normal(st.LocalName(lang)), e.Summary, false) {
			t.Errorf("%s %s: summary\n got %q\nwant %q", parser, lang, e.Summary, normal(st.LocalName(lang)))
		}
		for _, part := range []string{st.Note, st.LegalBasis} {
			if want := normal(part); !strings.Contains(e.Description, want) &&
				(c.quirk == nil || !strings.Contains(e.Description, c.quirk(want, false))) {
				t.Errorf("%s %s: %s: description lacks %q:\n%q", parser, lang, st.ID, want, e.Description)
			}
		}
		if len(st.Tags) > 0 && !sameCats(st.Tags, e.Categories) {
			t.Errorf("%s: %s: categories %q, want %q", parser, st.ID, e.Categories, st.Tags)
		}
	}
}

// normal is what a TEXT value reads back as: line breaks as LF, other
// control characters (except TAB) dropped.
func normal(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

// A testFeed is a feed with the events expected of it; want is nil for
// feeds other than stage feeds.
type testFeed struct {
	data []byte
	want []wantEvent
}

// allFeeds returns every kind of feed the package writes, by name.
func allFeeds(t testing.TB) map[string]testFeed {
	t.Helper()
	feeds := map[string]testFeed{}
	stages := func(name string, s *tahapan.Schedule, opt ical.Options) {
		feeds[name] = testFeed{encode(t, s, opt), expected(s, opt)}
	}
	s := pemilu(t)
	stages("stages", s, ical.Options{})
	stages("stages-en-wit", s, ical.Options{Lang: "en", Zone: mustZone(t, "WIT"), Alarms: []time.Duration{-24 * time.Hour}, BaseURL: "https://example.org"})
	stages("stages-sydney", s, ical.Options{KeyOnly: true, Zone: mustZone(t, "Australia/Sydney")})
	stages("stages-ams", s, ical.Options{KeyOnly: true, Zone: mustZone(t, "Europe/Amsterdam")})
	stages("revised", loadTestdata(t, "revised.yaml"), ical.Options{})
	inject := loadTestdata(t, "inject.yaml")
	feeds["inject"] = testFeed{data: encode(t, inject, ical.Options{})}
	feeds["inject-en"] = testFeed{data: encode(t, inject, ical.Options{Lang: "en"})}
	var b bytes.Buffer
	if err := ical.EncodeCountdown(&b, s, tahapan.Period{Start: d(2023, 12, 1), End: d(2024, 2, 20)}, ical.Options{}); err != nil {
		t.Fatal(err)
	}
	feeds["countdown"] = testFeed{data: b.Bytes()}
	for _, tt := range []struct {
		name string
		p    tahapan.Period
		opt  ical.Options
	}{
		{"holidays-2024", year(2024), ical.Options{}},
		{"holidays-2023-2025", tahapan.Period{Start: d(2023, 12, 1), End: d(2025, 1, 31)}, ical.Options{Lang: "en"}},
		{"holidays-2021-en", year(2021), ical.Options{Lang: "en", Alarms: []time.Duration{-12 * time.Hour}}},
		{"holidays-2030-estimated", year(2030), ical.Options{}},
	} {
		feeds[tt.name] = testFeed{data: encodeHolidays(t, holidayCalendar(t).Holidays(tt.p.Start, tt.p.End), tt.opt)}
	}
	feeds["holidays-inject"] = testFeed{data: encodeHolidays(t, injectDays, ical.Options{})}
	// A planned schedule (no voting day, no polling hours), and the pair
	// that shows an update in place when KPU sets the day.
	p29, err := schedules.Load("pemilu-2029")
	if err != nil {
		t.Fatal(err)
	}
	stages("planned-2029", p29, ical.Options{})
	stages("planned-2029-en", p29, ical.Options{Lang: "en"})
	stages("update-planned", loadTestdata(t, "update/planned.yaml"), ical.Options{})
	stages("update-official", loadTestdata(t, "update/official.yaml"), ical.Options{})
	return feeds
}

// TestAllSchedules encodes every embedded schedule, in both languages and
// each Indonesian zone, and checks the feeds with Lint and golang-ical.
func TestAllSchedules(t *testing.T) {
	all, err := schedules.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range all {
		for _, opt := range []ical.Options{{}, {Lang: "en", Zone: mustZone(t, "WIT")}, {KeyOnly: true, Zone: mustZone(t, "WITA")}} {
			feed := encode(t, s, opt)
			probs, err := ical.Lint(bytes.NewReader(feed))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range probs {
				t.Errorf("%s %+v: %s", s.ID, opt, p)
			}
			checkEvents(t, s.ID, readGo(t, feed).Events, expected(s, opt))
		}
	}
}

// TestPlannedToOfficial: when KPU sets the voting day of a planned
// schedule, the update is a data change, and subscribers get it in place:
// the same UIDs, a higher SEQUENCE, a later DTSTAMP, and the new events.
func TestPlannedToOfficial(t *testing.T) {
	planned := readGo(t, encode(t, loadTestdata(t, "update/planned.yaml"), ical.Options{}))
	official := readGo(t, encode(t, loadTestdata(t, "update/official.yaml"), ical.Options{}))
	seq := func(f feedRead) map[string]int {
		m := map[string]int{}
		for _, e := range f.Events {
			m[e.UID] = e.Sequence
		}
		return m
	}
	before, after := seq(planned), seq(official)
	const dom = "@tahapan.kalender-pemilu.id"
	for _, id := range []string{"sumpah-dpr-dpd", "sumpah-presiden"} {
		uid := "uji-2029/" + id + dom
		b, okb := before[uid]
		a, oka := after[uid]
		if !okb || !oka || a <= b {
			t.Errorf("%s: SEQUENCE %d (%v) → %d (%v): want the same UID with a higher SEQUENCE", uid, b, okb, a, oka)
		}
	}
	if _, ok := before["uji-2029/pemungutan-suara"+dom]; ok {
		t.Error("the planned feed has a voting day event")
	}
	if _, ok := after["uji-2029/pemungutan-suara"+dom]; !ok {
		t.Error("the official feed lacks the voting day")
	}
	// Polling hours appear only once the voting day is set.
	for uid := range before {
		if strings.Contains(uid, "polling-hours") {
			t.Errorf("planned feed has %s", uid)
		}
	}
	if _, ok := after["uji-2029/polling-hours/asia-jakarta"+dom]; !ok {
		t.Errorf("official feed lacks polling hours: %v", after)
	}
	for name, f := range map[string]string{"planned": "update/planned.yaml", "official": "update/official.yaml"} {
		probs, err := ical.Lint(bytes.NewReader(encode(t, loadTestdata(t, f), ical.Options{})))
		if err != nil || len(probs) > 0 {
			t.Errorf("%s feed: %v %v", name, err, probs)
		}
	}
}
