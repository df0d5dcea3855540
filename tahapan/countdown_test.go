package tahapan_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
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
	c := s.Countdown(instant(t, "2023-07-23T10:00:00+07:00"), zone(t, "WIB")).WithWorkdays(&w)
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
	tests := []struct{ now, lang, want string }{
		{"2023-07-23T10:00:00+07:00", "id", "H-206 menuju Pemungutan Suara Pemilu Mini (Rabu, 14 Februari 2024) · 6 bulan 22 hari lagi"},
		{"2023-07-23T10:00:00+07:00", "en", "H-206 to Voting day, Mini election (Wednesday, 14 February 2024) · 6 months 22 days to go"},
		{"2024-02-14T10:00:00+07:00", "id", "H · hari ini Pemungutan Suara Pemilu Mini (Rabu, 14 Februari 2024)"},
		{"2024-02-15T10:00:00+07:00", "id", "H+1 setelah Pemungutan Suara Pemilu Mini (Rabu, 14 Februari 2024) · 1 hari yang lalu"},
		{"2024-01-14T10:00:00+07:00", "en", "H-31 to Voting day, Mini election (Wednesday, 14 February 2024) · 1 month to go"},
	}
	for _, tt := range tests {
		if got := s.Countdown(instant(t, tt.now), wib).Text(tt.lang); got != tt.want {
			t.Errorf("Text(%s, %s) = %q\nwant %q", tt.now, tt.lang, got, tt.want)
		}
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
		if got := ids(s.Ongoing(now, wib)); got != tt.ongoing {
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

func TestChoose(t *testing.T) {
	a, b := mini(t), mini(t)
	b.ID, b.VotingDay = "later", d(2024, 11, 27)
	list := []*tahapan.Schedule{b, a}
	for _, tt := range []struct{ now, want string }{
		{"2023-01-01T00:00:00+07:00", "mini"},
		{"2024-02-14T23:00:00+07:00", "mini"},
		{"2024-02-15T00:00:00+07:00", "later"},
		{"2030-01-01T00:00:00+07:00", "later"},
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
