package kata_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

var parseTests = []struct {
	in     string
	want   kata.Lang
	expect string // must appear within the error
}{
	{"id", kata.Indonesian, ""},
	{"en", kata.English, ""},
	{"EN", kata.English, ""},
	{"id-ID", kata.Indonesian, ""},
	{"en-GB", kata.English, ""},
	{"in", kata.Indonesian, ""}, // the code Indonesian had before 1989
	{"fr", "", "unsupported language \"fr\""},
	{"jv", "", "unsupported language"}, // Javanese is not Indonesian
	{"ms", "", "unsupported language"},
	{"", "", "want id or en"},
	{"x-not a tag", "", "invalid language"},
	{strings.Repeat("a", 100), "", "…"},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		got, err := kata.Parse(tt.in)
		switch {
		case tt.expect == "" && (err != nil || got != tt.want):
			t.Errorf("Parse(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		case tt.expect != "" && (err == nil || !strings.Contains(err.Error(), tt.expect) || len(err.Error()) > 120):
			t.Errorf("Parse(%q) error = %v; want one containing %q", tt.in, err, tt.expect)
		}
	}
}

func TestFromAcceptLanguage(t *testing.T) {
	for _, tt := range []struct {
		header string
		want   kata.Lang
		ok     bool
	}{
		{"en-US,en;q=0.9", kata.English, true},
		{"id-ID,id;q=0.9,en;q=0.8", kata.Indonesian, true},
		{"fr-FR,en;q=0.5", kata.English, true},
		{"fr-FR", kata.Indonesian, false},
		{"", kata.Indonesian, false},
	} {
		if got, ok := kata.FromAcceptLanguage(tt.header); got != tt.want || ok != tt.ok {
			t.Errorf("FromAcceptLanguage(%q) = %q, %v; want %q, %v", tt.header, got, ok, tt.want, tt.ok)
		}
	}
}

func d(y, m, day int) kata.Day { return kata.Day{Year: y, Month: time.Month(m), Day: day} }

func TestDates(t *testing.T) {
	id, en := kata.Indonesian, kata.English
	for _, tt := range []struct{ got, want string }{
		{kata.Date(d(2024, 2, 14), kata.Long, id), "Rabu, 14 Februari 2024"},
		{kata.Date(d(2024, 2, 14), kata.Long, en), "Wednesday, 14 February 2024"},
		{kata.Date(d(2023, 8, 17), kata.Medium, id), "17 Agustus 2023"},
		{kata.Date(d(2023, 12, 28), kata.Short, id), "28 Des 2023"},
		{kata.Date(d(2023, 12, 28), kata.Short, en), "28 Dec 2023"},
		{kata.Date(d(2023, 12, 28), kata.Long, ""), "Kamis, 28 Desember 2023"}, // the zero Lang is Indonesian
		{kata.Period(d(2024, 2, 11), d(2024, 2, 13), kata.Short, id), "11–13 Feb 2024"},
		{kata.Period(d(2023, 11, 28), d(2023, 12, 10), kata.Medium, id), "28 November – 10 Desember 2023"},
		{kata.Period(d(2023, 11, 28), d(2024, 2, 10), kata.Short, en), "28 Nov 2023 – 10 Feb 2024"},
		{kata.Period(d(2024, 2, 14), d(2024, 2, 14), kata.Long, en), "Wednesday, 14 February 2024"},
		{kata.Period(d(2024, 2, 11), d(2024, 2, 13), kata.Long, id), "Minggu, 11 Februari 2024 – Selasa, 13 Februari 2024"},
		{kata.Clock(7, 0, id), "07.00"},
		{kata.Clock(13, 0, en), "13:00"},
		{kata.Weekday(time.Saturday, id), "Sabtu"},
		{kata.MonthShort(time.August, id), "Agu"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestCounts(t *testing.T) {
	id, en := kata.Indonesian, kata.English
	for _, tt := range []struct{ got, want string }{
		{kata.Days(1, en), "1 day"},
		{kata.Days(206, en), "206 days"},
		{kata.Days(206, id), "206 hari"},
		{kata.Workdays(1, en), "1 working day"},
		{kata.Workdays(140, id), "140 hari kerja"},
		{kata.Span(2, 0, 2, id), "2 tahun 2 hari"},
		{kata.Span(0, 6, 22, en), "6 months 22 days"},
		{kata.Span(1, 1, 0, en), "1 year 1 month"},
		{kata.Span(0, 0, 0, id), "0 hari"},
		{kata.ToGo("6 bulan 22 hari", id), "6 bulan 22 hari lagi"},
		{kata.Ago("732 days", en), "732 days ago"},
		{kata.Duration(206*24*time.Hour+7*time.Hour+59*time.Second, id), "206 hari 7 jam 0 menit"},
		{kata.Duration(-(time.Hour + time.Minute), en), "0 days 1 hour 1 minute"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestCountdownText(t *testing.T) {
	wd := 140
	for _, tt := range []struct {
		c    kata.Countdown
		l    kata.Lang
		want string
	}{
		{kata.Countdown{Label: "H-206", Name: "Pemungutan Suara Pemilu Serentak 2024", Date: d(2024, 2, 14), Days: 206, Months: 6, RemDays: 22, Workdays: &wd},
			kata.Indonesian, "H-206 menuju Pemungutan Suara Pemilu Serentak 2024 (Rabu, 14 Februari 2024) · 6 bulan 22 hari lagi · 140 hari kerja"},
		{kata.Countdown{Label: "H+732", Name: "Voting day, 2024 Regional Elections", Date: d(2024, 11, 27), Days: -732, Years: 2, RemDays: 2},
			kata.English, "H+732 since Voting day, 2024 Regional Elections (Wednesday, 27 November 2024) · 732 days ago"},
		{kata.Countdown{Label: "H", Name: "Pemungutan Suara X", Date: d(2024, 2, 14), Polls: "TPS sudah ditutup"},
			kata.Indonesian, "H · hari ini Pemungutan Suara X (Rabu, 14 Februari 2024) · TPS sudah ditutup"},
		{kata.Countdown{Name: "Sumpah Presiden", Stage: true, OneDay: true, Date: d(2029, 10, 20), Days: 1056, Years: 2, Months: 10, RemDays: 21,
			Pending: "Hari pemungutan suara belum ditetapkan.", PendingBasis: "UU 7/2017 Pasal 167 ayat (2)"},
			kata.Indonesian, "Hari pemungutan suara belum ditetapkan. (UU 7/2017 Pasal 167 ayat (2)) · 1056 hari menuju Sumpah Presiden (Sabtu, 20 Oktober 2029) · 2 tahun 10 bulan 21 hari lagi"},
		{kata.Countdown{Name: "Masa Kampanye", Stage: true, End: true, Date: d(2024, 2, 10), Days: -1, RemDays: 1, Cancelled: true},
			kata.English, "1 day since the end of Masa Kampanye (Saturday, 10 February 2024) · 1 day ago (cancelled)"},
	} {
		if got := tt.c.Text(tt.l); got != tt.want {
			t.Errorf("got  %q\nwant %q", got, tt.want)
		}
	}
	if got := kata.Polls(kata.BeforePolls, "07.00 WITA", "13.00 WITA", kata.Indonesian); got != "TPS dibuka pukul 07.00 WITA" {
		t.Errorf("Polls = %q", got)
	}
	if got := kata.Polls(kata.AfterVoting, "07:00 WIB", "13:00 WIB", kata.English); got != "" {
		t.Errorf("Polls after voting day = %q", got)
	}
}

func TestLangCheck(t *testing.T) {
	for _, l := range []kata.Lang{"", kata.Indonesian, kata.English} {
		if err := l.Check(); err != nil {
			t.Errorf("%q.Check() = %v", l, err)
		}
	}
	for _, l := range []kata.Lang{"jv", "ID", "en-GB", kata.Lang(strings.Repeat("x", 100))} {
		err := l.Check()
		if err == nil || !strings.Contains(err.Error(), "invalid language") || len(err.Error()) > 90 {
			t.Errorf("%q.Check() = %v, want a short invalid-language error", kata.Prefix(string(l), 10), err)
		}
	}
}

func TestCLIWords(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{kata.Status("official", kata.Indonesian), "resmi"},
		{kata.Status("planned", kata.Indonesian), "rencana"},
		{kata.Status("draft", kata.Indonesian), "rancangan"},
		{kata.Status("planned", kata.English), "planned"},
		{kata.Status("other", kata.Indonesian), "other"},
		{kata.ValidFile("a.yaml", 1, kata.English), "a.yaml: ok (1 stage)"},
		{kata.ValidFile("a.yaml", 2, kata.Indonesian), "a.yaml: ok (2 tahapan)"},
		{kata.CardsWritten(1, "kartu", 3.4, kata.English), "1 card in kartu (3 a second)"},
		{kata.CardsWritten(2, "kartu", 15, kata.Indonesian), "2 kartu di kartu (15 per detik)"},
		{kata.Serving("http://127.0.0.1:8080/", kata.Indonesian), "tahapan: melayani di http://127.0.0.1:8080/ (Ctrl-C untuk berhenti)"},
		{kata.Serving("http://127.0.0.1:8080/", kata.English), "tahapan: serving on http://127.0.0.1:8080/ (Ctrl-C to stop)"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestCount(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{kata.Count(1, "masalah", "problem", kata.English), "1 problem"},
		{kata.Count(3, "masalah", "problem", kata.English), "3 problems"},
		{kata.Count(3, "masalah", "problem", kata.Indonesian), "3 masalah"},
		{kata.Count(0, "berkas", "file", kata.English), "0 files"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
