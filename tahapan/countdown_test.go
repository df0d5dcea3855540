package tahapan_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func mini(t testing.TB) *tahapan.Schedule {
	t.Helper()
	s, err := tahapan.LoadFile("testdata/valid/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func zone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := tahapan.Zone(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func instant(t testing.TB, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestCountdown(t *testing.T) {
	s := mini(t)
	tests := []struct {
		now, zone      string
		label          string
		days, m, rd, w int
		until          time.Duration
	}{
		{"2023-07-23T09:00:00+07:00", "WIB", "H-206", 206, 6, 22, 29, 206*24*time.Hour - 2*time.Hour},
		{"2023-08-31T00:00:00+07:00", "WIB", "H-167", 167, 5, 14, 23, 167*24*time.Hour + 7*time.Hour},
		{"2024-02-13T00:00:00+07:00", "WIB", "H-1", 1, 0, 1, 0, 31 * time.Hour},
		{"2024-02-14T06:59:00+07:00", "WIB", "H", 0, 0, 0, 0, time.Minute},
		{"2024-02-14T12:00:00+07:00", "WIB", "H", 0, 0, 0, 0, -5 * time.Hour},
		{"2024-02-15T08:00:00+07:00", "WIB", "H+1", -1, 0, 1, 0, -25 * time.Hour},
		{"2024-03-20T08:00:00+07:00", "WIB", "H+35", -35, 1, 6, 5, -(35*24 + 1) * time.Hour},
		// The day flips at local midnight: 23:30 WIB is already 00:30 WITA.
		{"2024-02-13T23:30:00+07:00", "WIB", "H-1", 1, 0, 1, 0, 7*time.Hour + 30*time.Minute},
		{"2024-02-13T23:30:00+07:00", "WITA", "H", 0, 0, 0, 0, 6*time.Hour + 30*time.Minute},
		{"2024-02-13T23:30:00+07:00", "WIT", "H", 0, 0, 0, 0, 5*time.Hour + 30*time.Minute},
		{"2024-02-13T16:59:59Z", "WIB", "H-1", 1, 0, 1, 0, 7*time.Hour + time.Second},
		{"2024-02-13T17:00:00Z", "WIB", "H", 0, 0, 0, 0, 7 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.now+" "+tt.zone, func(t *testing.T) {
			c := s.Countdown(instant(t, tt.now), zone(t, tt.zone))
			if c.Label() != tt.label || c.Days != tt.days || c.Months != tt.m || c.RemainderDays != tt.rd || c.Weeks != tt.w {
				t.Errorf("Countdown = %s days=%d %dm%dd %dw; want %s days=%d %dm%dd %dw",
					c.Label(), c.Days, c.Months, c.RemainderDays, c.Weeks, tt.label, tt.days, tt.m, tt.rd, tt.w)
			}
			if c.Until != tt.until {
				t.Errorf("Until = %v, want %v", c.Until, tt.until)
			}
		})
	}
}

func TestCountdownJSON(t *testing.T) {
	s := mini(t)
	c := s.Countdown(instant(t, "2023-07-23T10:00:00+07:00"), zone(t, "WIB"))
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"schedule": "mini", "target": "voting-day", "target_date": "2024-02-14", "at_date": "2023-07-23",
		"days": 206.0, "label": "H-206", "months": 6.0, "remainder_days": 22.0, "weeks": 29.0,
		"polls_open": "2024-02-14T07:00:00+07:00", "tz": "Asia/Jakarta",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
	if _, ok := got["workdays"]; ok {
		t.Error("workdays present without WithWorkdays")
	}
}

type fakeWorkdays struct{ from, to tahapan.Date }

func (f *fakeWorkdays) CountWorkdays(from, to tahapan.Date) int {
	f.from, f.to = from, to
	return 140
}
func (f *fakeWorkdays) Estimated(from, to tahapan.Date) bool { return to.Year >= 2027 }
func (f *fakeWorkdays) IsWorkday(d tahapan.Date) bool        { return true }
func (f *fakeWorkdays) AddWorkdays(d tahapan.Date, n int) tahapan.Date {
	return d.AddDays(n)
}

func TestCountdownWithWorkdays(t *testing.T) {
	s := mini(t)
	var w fakeWorkdays
	c := s.Countdown(instant(t, "2023-07-23T10:00:00+07:00"), zone(t, "WIB")).CountWorkdays(&w)
	if w.from != d(2023, 7, 24) || w.to != d(2024, 2, 13) {
		t.Errorf("counted %v..%v, want 2023-07-24..2024-02-13", w.from, w.to)
	}
	if c.Workdays == nil || *c.Workdays != 140 || c.Estimated {
		t.Errorf("Workdays = %v, Estimated = %v", c.Workdays, c.Estimated)
	}
	want := "H-206 menuju Pemungutan Suara Pemilu Mini (Rabu, 14 Februari 2024) · 6 bulan 22 hari lagi · 140 hari kerja"
	if got := c.Text("id"); got != want {
		t.Errorf("Text(id) = %q\nwant %q", got, want)
	}
}

func TestCountdownText(t *testing.T) {
	s := mini(t)
	wib := zone(t, "WIB")
	tests := []struct {
		now  string
		lang kata.Lang
		want string
	}{
		{"2023-07-23T10:00:00+07:00", "id", "H-206 menuju Pemungutan Suara Pemilu Mini (Rabu, 14 Februari 2024) · 6 bulan 22 hari lagi"},
		{"2023-07-23T10:00:00+07:00", "en", "H-206 to Voting day, Mini election (Wednesday, 14 February 2024) · 6 months 22 days to go"},
		{"2024-02-14T06:00:00+07:00", "id", "H · hari ini Pemungutan Suara Pemilu Mini (Rabu, 14 Februari 2024) · TPS dibuka pukul 07.00 WIB"},
		{"2024-02-14T06:00:00+07:00", "en", "H · today: Voting day, Mini election (Wednesday, 14 February 2024) · Polls open at 07:00 WIB"},
		{"2024-02-14T10:00:00+07:00", "id", "H · hari ini Pemungutan Suara Pemilu Mini (Rabu, 14 Februari 2024) · TPS buka sampai 13.00 WIB"},
		{"2024-02-14T10:00:00+07:00", "en", "H · today: Voting day, Mini election (Wednesday, 14 February 2024) · Polls open until 13:00 WIB"},
		{"2024-02-14T15:00:00+07:00", "id", "H · hari ini Pemungutan Suara Pemilu Mini (Rabu, 14 Februari 2024) · TPS sudah ditutup"},
		{"2024-02-14T15:00:00+07:00", "en", "H · today: Voting day, Mini election (Wednesday, 14 February 2024) · Polls have closed"},
		{"2024-02-15T10:00:00+07:00", "id", "H+1 setelah Pemungutan Suara Pemilu Mini (Rabu, 14 Februari 2024) · 1 hari yang lalu"},
		{"2024-02-15T10:00:00+07:00", "en", "H+1 since Voting day, Mini election (Wednesday, 14 February 2024) · 1 day ago"},
		{"2026-02-14T10:00:00+07:00", "id", "H+731 setelah Pemungutan Suara Pemilu Mini (Rabu, 14 Februari 2024) · 731 hari yang lalu"},
		{"2024-01-14T10:00:00+07:00", "en", "H-31 to Voting day, Mini election (Wednesday, 14 February 2024) · 1 month to go"},
	}
	for _, tt := range tests {
		if got := s.Countdown(instant(t, tt.now), wib).Text(tt.lang); got != tt.want {
			t.Errorf("Text(%s, %s) = %q\nwant %q", tt.now, tt.lang, got, tt.want)
		}
	}
}

func TestCountdownPhase(t *testing.T) {
	s := mini(t)
	for _, tt := range []struct {
		now, zone string
		want      tahapan.PollPhase
		label     string
	}{
		{"2024-02-13T23:30:00+07:00", "WIB", tahapan.BeforePolls, "H-1"},
		{"2024-02-13T23:30:00+07:00", "WITA", tahapan.BeforePolls, "H"}, // 00:30 WITA
		{"2024-02-14T06:59:59+07:00", "WIB", tahapan.BeforePolls, "H"},
		{"2024-02-14T07:00:00+07:00", "WIB", tahapan.DuringPolls, "H"},
		{"2024-02-14T12:59:59+07:00", "WIB", tahapan.DuringPolls, "H"},
		{"2024-02-14T13:00:00+07:00", "WIB", tahapan.PollsClosed, "H"},
		{"2024-02-14T12:30:00+07:00", "WIT", tahapan.PollsClosed, "H"}, // 14:30 WIT
		{"2024-02-14T23:59:00+07:00", "WIB", tahapan.PollsClosed, "H"},
		{"2024-02-15T00:00:00+07:00", "WIB", tahapan.AfterVoting, "H+1"},
	} {
		c := s.Countdown(instant(t, tt.now), zone(t, tt.zone))
		if c.Phase != tt.want || c.Label() != tt.label {
			t.Errorf("%s %s: phase %v, %s; want %v, %s", tt.now, tt.zone, c.Phase, c.Label(), tt.want, tt.label)
		}
	}
	st, _ := s.Stage("masa-tenang")
	if c := s.CountdownStage(st, false, instant(t, "2024-02-14T10:00:00+07:00"), zone(t, "WIB")); c.Phase != tahapan.NoPhase || c.PollsText("id") != "" {
		t.Errorf("stage countdown: phase %v, %q", c.Phase, c.PollsText("id"))
	}
}

func TestStageQueries(t *testing.T) {
	s := mini(t)
	wib := zone(t, "WIB")
	ids := func(list []*tahapan.Stage) string {
		var out []string
		for _, st := range list {
			out = append(out, st.ID)
		}
		return strings.Join(out, " ")
	}
	tests := []struct {
		day, ongoing, next string
	}{
		{"2023-11-27", "", "masa-kampanye"},
		{"2023-12-09", "masa-kampanye", "rapat-umum-iklan"},
		{"2024-01-21", "masa-kampanye rapat-umum-iklan", "masa-tenang"},
		{"2024-02-12", "masa-tenang", "pemungutan-suara"},
		{"2024-02-14", "pemungutan-suara", ""}, // the run-off is cancelled
	}
	for _, tt := range tests {
		day, _ := tahapan.ParseDate(tt.day)
		now := day.In(wib).Add(9 * time.Hour)
		if got := ids(s.InProgress(now, wib)); got != tt.ongoing {
			t.Errorf("Ongoing(%s) = %q, want %q", tt.day, got, tt.ongoing)
		}
		next := ""
		if st := s.Next(now, wib); st != nil {
			next = st.ID
		}
		if next != tt.next {
			t.Errorf("Next(%s) = %q, want %q", tt.day, next, tt.next)
		}
	}
	k, _ := s.Stage("masa-kampanye")
	p := k.ProgressOn(d(2023, 12, 9))
	if p.Day != 12 || p.Total != 75 || p.Text("id") != "hari ke-12 dari 75" {
		t.Errorf("ProgressOn(2023-12-09) = %+v", p)
	}
	if p := k.ProgressOn(d(2023, 1, 1)); p.Day != 0 || p.Percent != 0 {
		t.Errorf("progress before start = %+v", p)
	}
	if p := k.ProgressOn(d(2025, 1, 1)); p.Day != 75 || p.Percent != 100 {
		t.Errorf("progress after end = %+v", p)
	}
	for _, tt := range []struct {
		day  tahapan.Date
		want tahapan.Status
		name string
	}{
		{d(2023, 11, 27), tahapan.Upcoming, "akan datang"},
		{d(2023, 11, 28), tahapan.Ongoing, "berlangsung"},
		{d(2024, 2, 10), tahapan.Ongoing, "berlangsung"},
		{d(2024, 2, 11), tahapan.Done, "selesai"},
	} {
		if got := k.StatusOn(tt.day); got != tt.want || got.String() != tt.name {
			t.Errorf("StatusOn(%v) = %v, want %v", tt.day, got, tt.name)
		}
	}
}

// chooseYAML holds three elections for TestChoose: one past, one whose
// stages run on after the first's voting day, and one planned, with no
// voting day yet.
var chooseYAML = map[string]string{
	"past": `id: past
name: Past
status: draft
voting_day: 2024-02-14
stages:
  - {id: kampanye, name: Kampanye, start: 2023-11-28, end: 2024-02-10}
  - {id: sumpah, name: Sumpah, start: 2024-10-20, end: 2024-10-20}
`,
	"later": `id: later
name: Later
status: draft
voting_day: 2024-11-27
stages:
  - {id: persiapan, name: Persiapan, start: 2024-01-26, end: 2024-05-26}
  - {id: pelantikan, name: Pelantikan, start: 2025-02-01, end: 2025-02-01}
`,
	"next": `id: next
name: Next
status: planned
voting_day_note: KPU belum menetapkan hari pemungutan suara.
stages:
  - {id: putusan, name: Putusan, start: 2025-06-26, end: 2025-06-26}
  - {id: sumpah, name: Sumpah, start: 2029-10-01, end: 2029-10-01, key: true}
`,
}

func TestChoose(t *testing.T) {
	var list []*tahapan.Schedule
	for _, id := range []string{"next", "later", "past"} {
		s, err := tahapan.Load(strings.NewReader(chooseYAML[id]), id+".yaml")
		if err != nil {
			t.Fatal(err)
		}
		list = append(list, s)
	}
	for _, tt := range []struct{ now, want string }{
		{"2023-01-01T00:00:00+07:00", "past"},  // nothing runs: the soonest voting day
		{"2024-02-14T23:00:00+07:00", "past"},  // voting day, both running: the sooner
		{"2024-02-15T00:00:00+07:00", "later"}, // past's stages run on, but its vote is over
		{"2025-03-01T00:00:00+07:00", "next"},  // nothing runs: the next, planned
		{"2026-11-29T09:00:00+07:00", "next"},  // planned, its first stage is past
		{"2030-01-01T00:00:00+07:00", "next"},  // all past: the latest
	} {
		if got := tahapan.Choose(list, instant(t, tt.now)); got.ID != tt.want {
			t.Errorf("Choose(%s) = %s, want %s", tt.now, got.ID, tt.want)
		}
	}
	if tahapan.Choose(nil, time.Time{}) != nil {
		t.Error("Choose(nil) != nil")
	}
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }
