package ical_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/ical"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

func year(y int) tahapan.Period {
	return tahapan.Period{Start: d(y, time.January, 1), End: d(y, time.December, 31)}
}

func holidayCalendar(t testing.TB) *libur.Calendar {
	t.Helper()
	c, err := libur.New(libur.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func encodeHolidays(t testing.TB, days []libur.Day, opt ical.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := ical.EncodeHolidays(&b, days, opt); err != nil {
		t.Fatalf("EncodeHolidays: %v", err)
	}
	return b.Bytes()
}

// injectDays are holidays whose names try to break out of their property.
var injectDays = []libur.Day{
	{Date: tahapan.D(2024, 3, 11), Kind: libur.LiburNasional, Name: "Nyepi\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil", NameEN: "Nyepi; Day, of \\ Silence",
		Decree: "SKB 3 Menteri 855/2023, 3/2023, 4/2023; Keppres: 1", Sources: []string{"https://example.org/?a=1,2;b"}},
	{Date: tahapan.D(2024, 3, 11), Kind: libur.LiburNasional, Name: "Hari kedua di tanggal yang sama — “ganda” 日本語 😀", Estimated: true, Method: "uji\ncoba"},
}

func TestHolidays(t *testing.T) {
	c := holidayCalendar(t)
	f := readGo(t, encodeHolidays(t, c.Holidays(d(2024, 1, 1), d(2024, 12, 31)), ical.Options{}))
	days := c.Holidays(d(2024, 1, 1), d(2024, 12, 31))
	if len(f.Events) != len(days) || len(days) < 20 {
		t.Fatalf("%d events for %d days", len(f.Events), len(days))
	}
	byUID := map[string]eventRead{}
	for _, e := range f.Events {
		byUID[e.UID] = e
	}
	pemilu := byUID["libur/2024-02-14/libur_pemilu@"+ical.DefaultDomain]
	if pemilu.Summary != "Hari Pemungutan Suara Pemilu 2024" || pemilu.Start != "2024-02-14" || pemilu.End != "2024-02-15" ||
		!strings.Contains(pemilu.Description, "Dasar hukum: Keppres 10/2024") || !strings.Contains(pemilu.Description, "Jenis: libur pemilu") ||
		pemilu.Sequence != 1 || pemilu.Status != "CONFIRMED" || len(pemilu.Categories) != 1 || pemilu.Categories[0] != "libur_pemilu" {
		t.Errorf("voting day holiday: %+v", pemilu)
	}
	cuti := byUID["libur/2024-02-09/cuti_bersama@"+ical.DefaultDomain]
	if !strings.Contains(cuti.Description, "Jenis: cuti bersama") {
		t.Errorf("cuti bersama: %+v", cuti)
	}

	// Two holidays on one date and of one kind get distinct UIDs.
	f = readGo(t, encodeHolidays(t, c.Holidays(d(2021, 5, 13), d(2021, 5, 13)), ical.Options{Lang: "en"}))
	if len(f.Events) != 2 || f.Events[0].UID != "libur/2021-05-13/libur_nasional@"+ical.DefaultDomain ||
		f.Events[1].UID != "libur/2021-05-13/libur_nasional-2@"+ical.DefaultDomain {
		t.Errorf("2021-05-13: %+v", f.Events)
	}

	// A year with no SKB is estimated, and says so.
	feed := encodeHolidays(t, c.Holidays(d(2030, 1, 1), d(2030, 12, 31)), ical.Options{})
	f = readGo(t, feed)
	if len(f.Events) == 0 {
		t.Fatal("no estimated days for 2030")
	}
	for _, e := range f.Events {
		if !strings.HasSuffix(e.Summary, " (perkiraan)") || !strings.HasPrefix(e.Description, "PERKIRAAN: ") ||
			e.Sequence != 0 || e.Status != "TENTATIVE" {
			t.Errorf("estimated day: %+v", e)
		}
	}
	if !bytes.Contains(feed, []byte("\r\nNAME:Hari libur nasional dan cuti bersama 2030\r\n")) ||
		!bytes.Contains(feed, []byte("\r\nDTSTAMP:20290101T000000Z\r\n")) {
		t.Errorf("feed header or stamp:\n%s", feed[:min(len(feed), 1500)])
	}

	// A span of years is named as such; an invalid date is an error.
	feed = encodeHolidays(t, c.Holidays(d(2023, 12, 1), d(2025, 1, 31)), ical.Options{Lang: "en"})
	if !bytes.Contains(feed, []byte("\r\nNAME:Indonesian public holidays and collective leave 2023–2025\r\n")) {
		t.Errorf("name of a three-year feed:\n%.600s", feed)
	}
	bad := []libur.Day{{Date: d(2024, 2, 30), Kind: libur.LiburNasional, Name: "x"}}
	if err := ical.EncodeHolidays(&bytes.Buffer{}, bad, ical.Options{}); err == nil {
		t.Error("invalid date: no error")
	}
}

// TestHolidaysInjection reads injectDays back with golang-ical.
func TestHolidaysInjection(t *testing.T) {
	checkHolidaysInjection(t, client{name: "golang-ical"}, readGo(t, allFeeds(t)["holidays-inject"].data))
}

func checkHolidaysInjection(t *testing.T, c client, f feedRead) {
	t.Helper()
	same := func(want, got string) bool {
		if c.quirk == nil {
			return want == got
		}
		return c.sameText(t, want, got, false)
	}
	if len(f.Events) != len(injectDays) {
		t.Fatalf("%s: %d events, want %d", c.name, len(f.Events), len(injectDays))
	}
	for i, day := range injectDays {
		e := f.Events[i]
		want := normal(day.Name)
		if day.Estimated {
			want += " (perkiraan)"
		}
		if !same(want, e.Summary) {
			t.Errorf("%s: summary %q, want %q", c.name, e.Summary, want)
		}
		if want := normal(day.Decree); !strings.Contains(e.Description, want) && (c.quirk == nil || !strings.Contains(e.Description, c.quirk(want, false))) {
			t.Errorf("%s: description %q lacks %q", c.name, e.Description, want)
		}
	}
}

// TestHolidays2027CutiNames checks that the cuti bersama days of 2027,
// named after their holiday in the data, say in the feed that they are
// cuti bersama: five events once read "Idul Fitri 1448 H".
func TestHolidays2027CutiNames(t *testing.T) {
	days := holidayCalendar(t).Holidays(d(2027, 3, 9), d(2027, 3, 15))
	for _, tt := range []struct {
		lang ical.Options
		want []string
	}{
		{ical.Options{Lang: "id"}, []string{
			"Cuti bersama: Idul Fitri 1448 H", "Idul Fitri 1448 H", "Idul Fitri 1448 H",
			"Cuti bersama: Idul Fitri 1448 H", "Cuti bersama: Idul Fitri 1448 H"}},
		{ical.Options{Lang: "en"}, []string{
			"Collective leave: Eid al-Fitr 1448 AH", "Eid al-Fitr 1448 AH", "Eid al-Fitr 1448 AH",
			"Collective leave: Eid al-Fitr 1448 AH", "Collective leave: Eid al-Fitr 1448 AH"}},
	} {
		f := readGo(t, encodeHolidays(t, days, tt.lang))
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Summary)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: summaries %q, want %q", tt.lang.Lang, got, tt.want)
		}
	}
	// A cuti bersama day whose name says so is left as it is.
	f := readGo(t, encodeHolidays(t, holidayCalendar(t).Holidays(d(2024, 4, 8), d(2024, 4, 8)), ical.Options{}))
	if len(f.Events) != 1 || f.Events[0].Summary != "Cuti Bersama Idul Fitri 1445 H" {
		t.Errorf("2024-04-08: %+v, want one event Cuti Bersama Idul Fitri 1445 H", f.Events)
	}
}
