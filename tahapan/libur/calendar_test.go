package libur_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

// A Calendar is what the core uses for rules in hari kerja and countdowns in
// working days.
var _ tahapan.WorkdayCalendar = (*libur.Calendar)(nil)

func d(y int, m time.Month, day int) tahapan.Date { return tahapan.D(y, m, day) }

func mustNew(t testing.TB, opt libur.Options) *libur.Calendar {
	t.Helper()
	c, err := libur.New(opt)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var (
	gov     = libur.Options{}
	cutiOK  = libur.Options{CutiIsWorkday: true}
	six     = libur.Options{SixDayWeek: true}
	sixCuti = libur.Options{SixDayWeek: true, CutiIsWorkday: true}
)

// TestIssue140 pins the issue's count: from 2023-07-23 to Pemilu 2024
// (2024-02-14), the working days strictly between them (2023-07-24 through
// 2024-02-13) are 140.
func TestIssue140(t *testing.T) {
	c := mustNew(t, gov)
	from, to := d(2023, 7, 23), d(2024, 2, 14)
	if got := c.CountWorkdays(from.AddDays(1), to.AddDays(-1)); got != 140 {
		t.Errorf("CountWorkdays(%v, %v) = %d, want 140", from.AddDays(1), to.AddDays(-1), got)
	}
	if c.Estimated(from, to) {
		t.Errorf("Estimated(%v, %v) = true, want false", from, to)
	}
}

var countTests = []struct {
	name     string
	opt      libur.Options
	from, to tahapan.Date
	want     int
}{
	// April 2024 (1 April is a Monday) has 22 weekdays: Mondays 1, 8, 15, 22,
	// 29; Tuesdays 2, 9, 16, 23, 30; Wednesdays 3, 10, 17, 24; Thursdays 4,
	// 11, 18, 25; Fridays 5, 12, 19, 26. Lebaran closes six of them:
	// 8 Mon cuti bersama, 9 Tue cuti bersama, 10 Wed Idul Fitri, 11 Thu Idul
	// Fitri, 12 Fri cuti bersama, 15 Mon cuti bersama. 22 − 6 = 16.
	{"April 2024", gov, d(2024, 4, 1), d(2024, 4, 30), 16},
	// Only the two Idul Fitri days close: 22 − 2 = 20.
	{"April 2024, cuti a workday", cutiOK, d(2024, 4, 1), d(2024, 4, 30), 20},
	// Saturdays 6, 13, 20, 27 are working days and none is a holiday: 16 + 4.
	{"April 2024, six-day week", six, d(2024, 4, 1), d(2024, 4, 30), 20},
	{"April 2024, six-day week, cuti a workday", sixCuti, d(2024, 4, 1), d(2024, 4, 30), 24},

	// May 2021 (1 May is a Saturday) has 21 weekdays: Mondays 3, 10, 17, 24,
	// 31 and four each of Tuesday to Friday. Closed: 12 Wed cuti bersama,
	// 13 Thu Kenaikan Isa Al Masih and Idul Fitri (one date, two holidays,
	// counted once), 14 Fri Idul Fitri, 26 Wed Waisak. 1 May (Hari Buruh) is
	// a Saturday. 21 − 4 = 17.
	{"May 2021", gov, d(2021, 5, 1), d(2021, 5, 31), 17},
	{"May 2021, cuti a workday", cutiOK, d(2021, 5, 1), d(2021, 5, 31), 18},

	// December 2020 (1 December is a Tuesday) has 23 weekdays. Closed: 9 Wed
	// Pilkada (Keppres 22/2020), 24 Thu cuti bersama, 25 Fri Natal, 31 Thu
	// cuti bersama. 28, 29 and 30 December were cuti bersama until the fourth
	// revision (SKB 744/2020) deleted them: they are working days. 23 − 4 = 19.
	{"December 2020", gov, d(2020, 12, 1), d(2020, 12, 31), 19},
	{"December 2020, cuti a workday", cutiOK, d(2020, 12, 1), d(2020, 12, 31), 21},

	// April 2023 (1 April is a Saturday) has 20 weekdays. Closed: 7 Fri Wafat
	// Isa Al Masih; cuti bersama 19 Wed, 20 Thu, 21 Fri, 24 Mon, 25 Tue
	// (Idul Fitri itself, 22–23, is a weekend). 26 April was cuti bersama
	// until the first revision (SKB 327/2023) dropped it. 20 − 6 = 14.
	{"April 2023", gov, d(2023, 4, 1), d(2023, 4, 30), 14},
	{"April 2023, cuti a workday", cutiOK, d(2023, 4, 1), d(2023, 4, 30), 19},

	// 2027 (SKB 1205/2026, 3/2026, 2/2026). 1 January is a Friday, so the
	// year has 261 weekdays. Eleven of its 18 libur nasional are weekdays:
	// 1 Jan Fri, Isra Mikraj 5 Jan Tue, Nyepi 8 Mar Mon, Idul Fitri 10–11 Mar
	// Wed–Thu, Wafat Yesus Kristus 26 Mar Fri, Kenaikan 6 May Thu, Idul Adha
	// 17 May Mon, Waisak 20 May Thu, 1 Jun Tue, 17 Aug Tue (Imlek 6 Feb,
	// 1 May and 25 Dec are Saturdays; Paskah 28 Mar, 1 Muharam 6 Jun, Maulid
	// 15 Aug and the second Isra Mikraj 26 Dec are Sundays): 261 − 11 = 250.
	// All 8 cuti bersama are weekdays: 5 Feb Fri, 9 Mar Tue, 12 Mar Fri,
	// 15 Mar Mon, 25 Mar Thu, 18 May Tue, 19 May Wed, 24 Dec Fri: 250 − 8 = 242.
	{"2027", gov, d(2027, 1, 1), d(2027, 12, 31), 242},
	{"2027, cuti a workday", cutiOK, d(2027, 1, 1), d(2027, 12, 31), 250},

	// 2028 has no decree. 1 January is a Saturday and 2028 a leap year, so
	// the year has 260 weekdays. The estimate closes six fixed or
	// Easter-based ones: Wafat Yesus Kristus 14 Apr Fri (Easter is 16
	// April), 1 May Mon, Kenaikan 25 May Thu, 1 Jun Thu, 17 Aug Thu, 25 Dec
	// Mon (1 Jan is a Saturday). And seven lunar ones, as estimated: Imlek
	// 26 Jan Wed, Idulfitri 28 Feb Mon (27 Feb is a Sunday), Idul Adha 5 May
	// Fri, Waisak 9 May Tue, 1 Muharam 26 May Fri, Maulid 4 Aug Fri, Isra
	// Mikraj 14 Dec Thu (Nyepi 26 Mar is a Sunday). 260 − 6 − 7 = 247.
	{"2028, estimated", gov, d(2028, 1, 1), d(2028, 12, 31), 247},

	{"one holiday", gov, d(2024, 2, 14), d(2024, 2, 14), 0},
	{"one working day", gov, d(2024, 2, 15), d(2024, 2, 15), 1},
	{"one cuti day", gov, d(2024, 2, 9), d(2024, 2, 9), 0},
	{"one cuti day, cuti a workday", cutiOK, d(2024, 2, 9), d(2024, 2, 9), 1},
	{"reversed range", gov, d(2024, 4, 30), d(2024, 4, 1), 0},
	{"2024-02-30 is 2024-03-01, a Friday", gov, d(2024, 2, 30), d(2024, 2, 30), 1},

	// Whole years, counted independently from the reference by a day-by-day
	// loop when the data was written.
	{"2019", gov, d(2019, 1, 1), d(2019, 12, 31), 246},
	{"2020", gov, d(2020, 1, 1), d(2020, 12, 31), 243},
	{"2021", gov, d(2021, 1, 1), d(2021, 12, 31), 248},
	{"2022", gov, d(2022, 1, 1), d(2022, 12, 31), 246},
	{"2023", gov, d(2023, 1, 1), d(2023, 12, 31), 239},
	{"2024", gov, d(2024, 1, 1), d(2024, 12, 31), 238},
	{"2025", gov, d(2025, 1, 1), d(2025, 12, 31), 237},
	{"2026", gov, d(2026, 1, 1), d(2026, 12, 31), 240},
	{"2019, cuti a workday", cutiOK, d(2019, 1, 1), d(2019, 12, 31), 250},
	{"2020, cuti a workday", cutiOK, d(2020, 1, 1), d(2020, 12, 31), 248},
	{"2021, cuti a workday", cutiOK, d(2021, 1, 1), d(2021, 12, 31), 249},
	{"2022, cuti a workday", cutiOK, d(2022, 1, 1), d(2022, 12, 31), 250},
	{"2023, cuti a workday", cutiOK, d(2023, 1, 1), d(2023, 12, 31), 250},
	{"2024, cuti a workday", cutiOK, d(2024, 1, 1), d(2024, 12, 31), 248},
	{"2025, cuti a workday", cutiOK, d(2025, 1, 1), d(2025, 12, 31), 248},
	{"2026, cuti a workday", cutiOK, d(2026, 1, 1), d(2026, 12, 31), 248},
	{"2019–2026", gov, d(2019, 1, 1), d(2026, 12, 31), 246 + 243 + 248 + 246 + 239 + 238 + 237 + 240},
}

func TestCountWorkdays(t *testing.T) {
	for _, tt := range countTests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustNew(t, tt.opt)
			if got := c.CountWorkdays(tt.from, tt.to); got != tt.want {
				t.Errorf("CountWorkdays(%v, %v) = %d, want %d", tt.from, tt.to, got, tt.want)
			}
			if ex := c.Explain(tt.from, tt.to); ex.Workdays != tt.want {
				t.Errorf("Explain(%v, %v).Workdays = %d, want %d", tt.from, tt.to, ex.Workdays, tt.want)
			}
		})
	}
}

var addTests = []struct {
	name string
	opt  libur.Options
	from tahapan.Date
	n    int
	want tahapan.Date
}{
	// Friday 5 April 2024, then the weekend, Lebaran 8–12 and 15 April and a
	// second weekend: the next working day is Tuesday 16 April.
	{"over Lebaran 2024", gov, d(2024, 4, 5), 1, d(2024, 4, 16)},
	{"back over Lebaran 2024", gov, d(2024, 4, 16), -1, d(2024, 4, 5)},
	// With cuti bersama as working days, Monday 8 April (cuti) is next.
	{"over Lebaran 2024, cuti a workday", cutiOK, d(2024, 4, 5), 1, d(2024, 4, 8)},
	// Christmas 2024: 25 Wed Natal, 26 Thu cuti bersama, 27 Fri (1),
	// 28–29 weekend, 30 Mon (2).
	{"over Christmas 2024", gov, d(2024, 12, 24), 2, d(2024, 12, 30)},
	// Back from Thursday 2 January 2025: 1 Jan is Tahun Baru, 31 Dec Tue (1),
	// 30 Dec Mon (2).
	{"back over the new year", gov, d(2025, 1, 2), -2, d(2024, 12, 30)},
	// The Constitutional Court's 30 working days from registering the
	// legislative disputes on 23 April 2024, counting that day as day 1, end
	// on 10 June 2024 (PMK 1/2024; the rulings were read 6, 7 and 10 June).
	{"PHPU Pileg 2024", gov, d(2024, 4, 22), 30, d(2024, 6, 10)},
	{"zero on a holiday", gov, d(2024, 2, 14), 0, d(2024, 2, 14)},
	{"from a holiday", gov, d(2024, 2, 14), 1, d(2024, 2, 15)},
	{"back from a holiday", gov, d(2024, 2, 14), -1, d(2024, 2, 13)},
	{"six-day week", six, d(2024, 4, 5), 1, d(2024, 4, 6)},
	{"into 2027", gov, d(2026, 12, 31), 1, d(2027, 1, 4)},
	// Friday 31 December 2027, then the weekend (1 January 2028 is a
	// Saturday): Monday 3 January 2028, in an estimated year.
	{"into an estimated year", gov, d(2027, 12, 31), 1, d(2028, 1, 3)},
	{"out of the precomputed years", gov, d(2200, 12, 30), 2, d(2201, 1, 2)},
	{"before the precomputed years", gov, d(1900, 1, 2), -1, d(1899, 12, 29)},
}

func TestAddWorkdays(t *testing.T) {
	for _, tt := range addTests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustNew(t, tt.opt)
			if got := c.AddWorkdays(tt.from, tt.n); got != tt.want {
				t.Errorf("AddWorkdays(%v, %d) = %v, want %v", tt.from, tt.n, got, tt.want)
			}
		})
	}
}

func TestNextWorkday(t *testing.T) {
	c := mustNew(t, gov)
	for _, tt := range []struct{ from, want tahapan.Date }{
		{d(2024, 2, 13), d(2024, 2, 15)}, // 14 Feb: Pemilu
		{d(2024, 2, 15), d(2024, 2, 16)},
		{d(2024, 2, 16), d(2024, 2, 19)}, // a weekend
		{d(2024, 2, 7), d(2024, 2, 12)},  // 8 Isra Mikraj, 9 cuti, 10–11 weekend
	} {
		if got := c.NextWorkday(tt.from); got != tt.want {
			t.Errorf("NextWorkday(%v) = %v, want %v", tt.from, got, tt.want)
		}
	}
}

func TestIsWorkday(t *testing.T) {
	for _, tt := range []struct {
		opt  libur.Options
		date tahapan.Date
		want bool
	}{
		{gov, d(2024, 2, 14), false}, // Pemilu
		{gov, d(2024, 11, 27), false},
		{gov, d(2024, 11, 26), true},
		{gov, d(2024, 4, 8), false}, // cuti bersama
		{cutiOK, d(2024, 4, 8), true},
		{cutiOK, d(2024, 4, 10), false}, // Idul Fitri
		{gov, d(2024, 4, 13), false},    // Saturday
		{six, d(2024, 4, 13), true},
		{six, d(2024, 6, 1), false}, // Saturday and Hari Lahir Pancasila
		{six, d(2024, 4, 14), false},
		{gov, d(2020, 12, 28), true}, // cuti bersama deleted by SKB 744/2020
		{gov, d(2023, 4, 26), true},  // cuti bersama dropped by SKB 327/2023
		{gov, d(2020, 5, 22), true},  // cuti bersama deleted by SKB 440/2020
		{gov, d(2027, 5, 6), false},  // Kenaikan Yesus Kristus, decreed
		{gov, d(2027, 3, 26), false}, // Wafat Yesus Kristus, decreed
		{gov, d(2301, 12, 25), false},
		{gov, d(1899, 12, 25), false},
		{gov, d(1899, 12, 26), true},
	} {
		c := mustNew(t, tt.opt)
		if got := c.IsWorkday(tt.date); got != tt.want {
			t.Errorf("%+v: IsWorkday(%v) = %v, want %v", tt.opt, tt.date, got, tt.want)
		}
	}
}

func TestExplainApril2024(t *testing.T) {
	c := mustNew(t, gov)
	ex := c.Explain(d(2024, 4, 1), d(2024, 4, 30))
	const skb = "SKB 3 Menteri 855/2023, 3/2023, 4/2023"
	want := []string{
		"2024-04-06 Sabtu",
		"2024-04-07 Minggu",
		"2024-04-08 Senin: Cuti Bersama Idul Fitri 1445 H (cuti bersama, " + skb + ")",
		"2024-04-09 Selasa: Cuti Bersama Idul Fitri 1445 H (cuti bersama, " + skb + ")",
		"2024-04-10 Rabu: Hari Raya Idul Fitri 1445 H (libur nasional, " + skb + ")",
		"2024-04-11 Kamis: Hari Raya Idul Fitri 1445 H (libur nasional, " + skb + ")",
		"2024-04-12 Jumat: Cuti Bersama Idul Fitri 1445 H (cuti bersama, " + skb + ")",
		"2024-04-13 Sabtu",
		"2024-04-14 Minggu",
		"2024-04-15 Senin: Cuti Bersama Idul Fitri 1445 H (cuti bersama, " + skb + ")",
		"2024-04-20 Sabtu",
		"2024-04-21 Minggu",
		"2024-04-27 Sabtu",
		"2024-04-28 Minggu",
	}
	var got []string
	for _, s := range ex.Skipped {
		got = append(got, s.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("Explain(April 2024) skipped\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	if ex.Workdays != 16 || ex.Estimated || ex.From != d(2024, 4, 1) || ex.To != d(2024, 4, 30) {
		t.Errorf("Explain(April 2024) = %v…%v, %d workdays, estimated %v; want 2024-04-01…2024-04-30, 16, false",
			ex.From, ex.To, ex.Workdays, ex.Estimated)
	}
	reasons := map[tahapan.Date]string{
		d(2024, 4, 6):  "Sabtu",
		d(2024, 4, 7):  "Minggu",
		d(2024, 4, 10): "Hari Raya Idul Fitri 1445 H",
	}
	for _, s := range ex.Skipped {
		if want, ok := reasons[s.Date]; ok && s.Reason != want {
			t.Errorf("Skip %v: Reason = %q, want %q", s.Date, s.Reason, want)
		}
	}
}

func TestExplainSpecialDays(t *testing.T) {
	c := mustNew(t, gov)
	// 13 May 2021 holds two holidays; both are listed and both are the reason.
	ex := c.Explain(d(2021, 5, 13), d(2021, 5, 13))
	if len(ex.Skipped) != 1 || len(ex.Skipped[0].Days) != 2 ||
		ex.Skipped[0].Reason != "Kenaikan Isa Al Masih; Hari Raya Idul Fitri 1442 H" {
		t.Errorf("Explain(2021-05-13) = %+v, want one skip with two days", ex.Skipped)
	}
	// A holiday on a Saturday: the weekend is the reason, the holiday is listed.
	ex = c.Explain(d(2024, 6, 1), d(2024, 6, 1))
	if len(ex.Skipped) != 1 || ex.Skipped[0].Reason != "Sabtu" || len(ex.Skipped[0].Days) != 1 {
		t.Errorf("Explain(2024-06-01) = %+v, want Sabtu with Hari Lahir Pancasila", ex.Skipped)
	}
	if got, want := ex.Skipped[0].String(), "2024-06-01 Sabtu: Hari Lahir Pancasila (libur nasional, SKB 3 Menteri 855/2023, 3/2023, 4/2023)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	// With a six-day week the holiday is the reason.
	ex = mustNew(t, six).Explain(d(2024, 6, 1), d(2024, 6, 1))
	if len(ex.Skipped) != 1 || ex.Skipped[0].Reason != "Hari Lahir Pancasila" {
		t.Errorf("six-day Explain(2024-06-01) = %+v, want Hari Lahir Pancasila", ex.Skipped)
	}
	// With cuti as working days a cuti day is not skipped.
	ex = mustNew(t, cutiOK).Explain(d(2024, 4, 8), d(2024, 4, 9))
	if len(ex.Skipped) != 0 || ex.Workdays != 2 {
		t.Errorf("cuti-as-workday Explain(2024-04-08…09) = %+v, want no skips, 2 workdays", ex)
	}
	// An estimated year says so, in the explanation and in each line:
	// Saturday 23, Sunday 24 and Monday 25 December 2028 (Natal).
	ex = c.Explain(d(2028, 12, 22), d(2028, 12, 26))
	if !ex.Estimated || ex.Workdays != 2 || len(ex.Skipped) != 3 {
		t.Fatalf("Explain(2028-12-22…26) = %+v, want estimated, 2 workdays, 3 skips", ex)
	}
	if got, want := ex.Skipped[2].String(), "2028-12-25 Senin: Kelahiran Yesus Kristus (Natal) (libur nasional, perkiraan: tanggal tetap: 25 Desember)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := ex.Skipped[2].Text("en"), "2028-12-25 Monday: Christmas Day (Birth of Jesus Christ) (national holiday, estimate: fixed date: 25 December)"; got != want {
		t.Errorf(`Text("en") = %q, want %q`, got, want)
	}
	if got, want := ex.Skipped[0].Text("en"), "2028-12-23 Saturday"; got != want {
		t.Errorf(`Text("en") = %q, want %q`, got, want)
	}
	// 2027 is decreed: a cuti bersama day names its decree.
	ex = c.Explain(d(2027, 12, 24), d(2027, 12, 24))
	if ex.Estimated || len(ex.Skipped) != 1 || ex.Skipped[0].String() !=
		"2027-12-24 Jumat: Kelahiran Yesus Kristus (cuti bersama, SKB 3 Menteri 1205/2026, 3/2026, 2/2026)" {
		t.Errorf("Explain(2027-12-24) = %+v", ex)
	}
	// An empty range.
	ex = c.Explain(d(2024, 4, 2), d(2024, 4, 1))
	if ex.Workdays != 0 || ex.Skipped != nil {
		t.Errorf("Explain(reversed) = %+v, want empty", ex)
	}
}

// TestExplain2027Caveats checks that an explanation over the Lebaran of
// 2027 carries the notes of its days, each once, in the asked language:
// the Idul Fitri dates may still move (Diktum KEDUA) and the cuti bersama
// rest on one source. The days of 2024 have none.
func TestExplain2027Caveats(t *testing.T) {
	c := mustNew(t, gov)
	due, ex := c.Deadline(d(2027, 3, 5), 5)
	if due != d(2027, 3, 22) {
		t.Fatalf("Deadline(2027-03-05, 5) = %v, want 2027-03-22", due)
	}
	for _, tt := range []struct {
		lang kata.Lang
		want []string // a part of each note, in order
	}{
		{kata.Indonesian, []string{"bersandar pada satu pengumuman SKB", "Diktum KEDUA SKB: tanggal Idulfitri"}},
		{kata.English, []string{"rests on one quoted announcement", "Diktum KEDUA of the SKB: the dates of Eid al-Fitr"}},
	} {
		notes := ex.Notes(tt.lang)
		if len(notes) != len(tt.want) {
			t.Fatalf("Notes(%s) = %q, want %d notes", tt.lang, notes, len(tt.want))
		}
		for i, w := range tt.want {
			if !strings.Contains(notes[i], w) || (i > 0 && !strings.HasPrefix(notes[i], "Diktum KEDUA")) {
				t.Errorf("Notes(%s)[%d] = %q, want it to hold %q", tt.lang, i, notes[i], w)
			}
		}
	}
	if notes := c.Explain(d(2024, 4, 1), d(2024, 4, 30)).Notes(kata.English); notes != nil {
		t.Errorf("Notes of April 2024 = %q, want none", notes)
	}
}

// TestSkipReasonEN checks the reason of a skip in English, beside the
// Indonesian one that JSON has always carried as "reason".
func TestSkipReasonEN(t *testing.T) {
	c := mustNew(t, gov)
	ex := c.Explain(d(2021, 5, 13), d(2021, 5, 15))
	want := []struct{ id, en string }{
		{"Kenaikan Isa Al Masih; Hari Raya Idul Fitri 1442 H", "Ascension of Jesus Christ; Eid al-Fitr 1442 AH"},
		{"Hari Raya Idul Fitri 1442 H", "Eid al-Fitr 1442 AH"},
		{"Sabtu", "Saturday"},
	}
	if len(ex.Skipped) != len(want) {
		t.Fatalf("Explain(2021-05-13…15) skipped %d days, want %d", len(ex.Skipped), len(want))
	}
	for i, w := range want {
		s := ex.Skipped[i]
		if s.Reason != w.id || s.ReasonEN != w.en || s.LocalReason(kata.Indonesian) != w.id || s.LocalReason(kata.English) != w.en {
			t.Errorf("%v: Reason %q, ReasonEN %q; want %q, %q", s.Date, s.Reason, s.ReasonEN, w.id, w.en)
		}
	}
	s := ex.Skipped[2]
	s.Days = nil
	got, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"date":"2021-05-15","reason":"Sabtu","reason_en":"Saturday"}`; string(got) != want {
		t.Errorf("JSON = %s\nwant   %s", got, want)
	}
	// A skip made by hand with no English reason falls back to Reason.
	if got := (libur.Skip{Reason: "Libur daerah"}).LocalReason(kata.English); got != "Libur daerah" {
		t.Errorf("LocalReason without ReasonEN = %q", got)
	}
}

func TestDeadline(t *testing.T) {
	c := mustNew(t, gov)
	// PHPU Pileg 2024: registered 23 April 2024, day 1; 30 working days.
	due, ex := c.Deadline(d(2024, 4, 22), 30)
	if due != d(2024, 6, 10) || ex.From != d(2024, 4, 23) || ex.To != due || ex.Workdays != 30 || ex.Estimated {
		t.Fatalf("Deadline(2024-04-22, 30) = %v, %v…%v %d estimated=%v; want 2024-06-10, 2024-04-23…2024-06-10 30 false",
			due, ex.From, ex.To, ex.Workdays, ex.Estimated)
	}
	var holidays []string
	for _, s := range ex.Skipped {
		for _, day := range s.Days {
			holidays = append(holidays, s.Date.String()+" "+day.Name)
		}
	}
	want := []string{
		"2024-05-01 Hari Buruh Internasional",
		"2024-05-09 Kenaikan Isa Al Masih",
		"2024-05-10 Cuti Bersama Kenaikan Isa Al Masih",
		"2024-05-23 Hari Raya Waisak 2568 BE",
		"2024-05-24 Cuti Bersama Hari Raya Waisak",
		"2024-06-01 Hari Lahir Pancasila",
	}
	if !slices.Equal(holidays, want) {
		t.Errorf("Deadline holidays = %q, want %q", holidays, want)
	}
	// Backwards: 5 working days before Pemilu 2024 (Wednesday 14 February):
	// 13 Tue, 12 Mon, (10–11 weekend, 9 cuti, 8 Isra Mikraj), 7 Wed, 6 Tue, 5 Mon.
	due, ex = c.Deadline(d(2024, 2, 14), -5)
	if due != d(2024, 2, 5) || ex.From != due || ex.To != d(2024, 2, 13) || ex.Workdays != 5 || len(ex.Skipped) != 4 {
		t.Errorf("Deadline(2024-02-14, -5) = %v, %+v; want 2024-02-05, 5 workdays, 4 skips", due, ex)
	}
	// 29, 30, 31 December, 4 January and, past the Isra Mikraj of Tuesday
	// 5 January 2027 (decreed), 6 January.
	due, ex = c.Deadline(d(2026, 12, 28), 5)
	if due != d(2027, 1, 6) || ex.Estimated {
		t.Errorf("Deadline(2026-12-28, 5) = %v, estimated %v; want 2027-01-06, false", due, ex.Estimated)
	}
	// 28, 29, 30, 31 December 2027, then 3 January 2028: estimated.
	due, ex = c.Deadline(d(2027, 12, 27), 5)
	if due != d(2028, 1, 3) || !ex.Estimated {
		t.Errorf("Deadline(2027-12-27, 5) = %v, estimated %v; want 2028-01-03, true", due, ex.Estimated)
	}
	due, ex = c.Deadline(d(2028, 3, 1), 0)
	if due != d(2028, 3, 1) || ex.Workdays != 0 || !ex.Estimated {
		t.Errorf("Deadline(2028-03-01, 0) = %v, %+v; want the same day, estimated", due, ex)
	}
}

func TestEaster(t *testing.T) {
	for _, want := range []tahapan.Date{
		d(2019, 4, 21), d(2024, 3, 31), d(2025, 4, 20), d(2026, 4, 5), d(2027, 3, 28), d(2028, 4, 16),
	} {
		var got tahapan.Date
		for _, day := range libur.Estimate(want.Year) {
			if strings.Contains(day.Name, "Paskah") {
				got = day.Date
			}
		}
		if got != want {
			t.Errorf("Easter %d = %v, want %v", want.Year, got, want)
		}
	}
}

func TestEstimate2027(t *testing.T) {
	want := []struct {
		date tahapan.Date
		name string
	}{
		{d(2027, 1, 1), "Tahun Baru 2027 Masehi"},
		{d(2027, 1, 5), "Isra Mikraj Nabi Muhammad SAW"}, // 27 Rajab 1448
		{d(2027, 2, 6), "Tahun Baru Imlek 2578 Kongzili"},
		{d(2027, 3, 8), "Hari Suci Nyepi (Tahun Baru Saka 1949)"},
		{d(2027, 3, 10), "Idulfitri 1448 H"},
		{d(2027, 3, 11), "Idulfitri 1448 H"},
		{d(2027, 3, 26), "Wafat Yesus Kristus"},
		{d(2027, 3, 28), "Kebangkitan Yesus Kristus (Paskah)"},
		{d(2027, 5, 1), "Hari Buruh Internasional"},
		{d(2027, 5, 6), "Kenaikan Yesus Kristus"},
		{d(2027, 5, 17), "Idul Adha 1448 H"},
		{d(2027, 5, 20), "Hari Raya Waisak 2571 BE"},
		{d(2027, 6, 1), "Hari Lahir Pancasila"},
		{d(2027, 6, 6), "1 Muharam Tahun Baru Islam 1449 H"},
		{d(2027, 8, 15), "Maulid Nabi Muhammad SAW"},
		{d(2027, 8, 17), "Proklamasi Kemerdekaan"},
		{d(2027, 12, 25), "Kelahiran Yesus Kristus (Natal)"},
		{d(2027, 12, 26), "Isra Mikraj Nabi Muhammad SAW"}, // 27 Rajab 1449: twice in 2027
	}
	got := libur.Estimate(2027)
	if len(got) != len(want) {
		t.Fatalf("Estimate(2027) has %d days, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Date != w.date || g.Name != w.name || g.Kind != libur.LiburNasional || !g.Estimated ||
			g.Method == "" || g.Decree != "" || g.NameEN == "" {
			t.Errorf("Estimate(2027)[%d] = %+v, want %v %q, estimated, a method, no decree", i, g, w.date, w.name)
		}
	}
	// Since its SKB, 2027 has its decreed days, not these; 2028 has none and
	// is estimated.
	c := mustNew(t, gov)
	for _, h := range c.Holidays(d(2027, 1, 1), d(2027, 12, 31)) {
		if h.Estimated || h.Decree != "SKB 3 Menteri 1205/2026, 3/2026, 2/2026" {
			t.Errorf("Holidays(2027): %+v, want decreed", h)
		}
	}
	if h, e := c.Holidays(d(2028, 1, 1), d(2028, 12, 31)), libur.Estimate(2028); !slices.EqualFunc(h, e, func(a, b libur.Day) bool {
		return a.Date == b.Date && a.Name == b.Name && a.Estimated && b.Estimated
	}) {
		t.Errorf("Holidays(2028) = %v, want Estimate(2028)", h)
	}
}

// TestEstimateMatchesDecrees checks the estimate rules against the decreed
// years: every estimated date is a libur nasional in the official data,
// except Paskah, which the SKB lists only from 2024, and the three Islamic
// holidays the hisab misses by a day (TestEstimateAccuracy scores them).
func TestEstimateMatchesDecrees(t *testing.T) {
	official := map[tahapan.Date]libur.Kind{}
	for _, day := range libur.Official() {
		official[day.Date] = day.Kind
	}
	misses := map[tahapan.Date]bool{d(2021, 8, 10): true, d(2021, 10, 19): true, d(2022, 3, 1): true}
	for y := 2019; y <= 2027; y++ {
		for _, e := range libur.Estimate(y) {
			paskah := strings.Contains(e.Name, "Paskah")
			kind, ok := official[e.Date]
			switch {
			case misses[e.Date]:
				if ok {
					t.Errorf("estimated %v %q is now in the official data: update TestEstimateAccuracy", e.Date, e.Name)
				}
			case paskah && y < 2024:
				if ok {
					t.Errorf("%v: Paskah %d is in the official data; the SKBs list it from 2024", e.Date, y)
				}
			case !ok || kind != libur.LiburNasional:
				t.Errorf("estimated %v %q is not a libur nasional in the official data", e.Date, e.Name)
			}
		}
	}
}

func TestDecreedAndEstimated(t *testing.T) {
	c := mustNew(t, gov)
	for y := 1800; y <= 2400; y++ {
		want := y >= 2019 && y <= 2027
		if got := c.Decreed(y); got != want {
			t.Errorf("Decreed(%d) = %v, want %v", y, got, want)
		}
	}
	for _, tt := range []struct {
		from, to tahapan.Date
		want     bool
	}{
		{d(2019, 1, 1), d(2027, 12, 31), false},
		{d(2027, 12, 31), d(2028, 1, 1), true},
		{d(2028, 1, 1), d(2027, 12, 31), true}, // either order
		{d(2018, 12, 31), d(2019, 1, 1), true},
		{d(2024, 2, 14), d(2024, 2, 14), false},
	} {
		if got := c.Estimated(tt.from, tt.to); got != tt.want {
			t.Errorf("Estimated(%v, %v) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestHolidays(t *testing.T) {
	c := mustNew(t, cutiOK)
	h := c.Holidays(d(2021, 5, 12), d(2021, 5, 14))
	var names []string
	for _, day := range h {
		names = append(names, day.Date.String()+" "+day.Name)
	}
	want := []string{
		"2021-05-12 Cuti Bersama Hari Raya Idul Fitri 1442 H", // listed although cuti is a workday here
		"2021-05-13 Kenaikan Isa Al Masih",
		"2021-05-13 Hari Raya Idul Fitri 1442 H",
		"2021-05-14 Hari Raya Idul Fitri 1442 H",
	}
	if !slices.Equal(names, want) {
		t.Errorf("Holidays(2021-05-12…14) = %q, want %q", names, want)
	}
	// The result is a copy.
	h[0].Sources[0] = "changed"
	if got := c.Holidays(d(2021, 5, 12), d(2021, 5, 12)); got[0].Sources[0] == "changed" {
		t.Error("Holidays returned shared memory")
	}
	if got := len(c.Holidays(d(2019, 1, 1), d(2026, 12, 31))); got != 189 {
		t.Errorf("len(Holidays(2019–2026)) = %d, want 189", got)
	}
}

func TestExtra(t *testing.T) {
	// A revision of 2026 given in full, without the cuti bersama of 24 December
	// (an invented revision, for the test only).
	var rev []libur.Day
	for _, day := range libur.Official() {
		if day.Date.Year == 2026 && day.Date != d(2026, 12, 24) {
			rev = append(rev, day)
		}
	}
	// A regional holiday (invented) and a repeat of an official day.
	regional := libur.Day{Date: d(2024, 7, 1), Kind: libur.LiburNasional, Name: "Libur daerah (contoh)", Decree: "contoh"}
	repeat := libur.Official()[0]
	// A whole 2027 list (invented) with one day.
	new2027 := libur.Day{Date: d(2027, 1, 1), Kind: libur.LiburNasional, Name: "Tahun Baru 2027 Masehi", Decree: "contoh"}
	c := mustNew(t, libur.Options{Extra: []libur.Year{
		{Year: 2026, Complete: true, Days: rev},
		{Year: 2024, Days: []libur.Day{regional}},
		{Year: 2019, Days: []libur.Day{repeat}},
		{Year: 2027, Complete: true, Days: []libur.Day{new2027}},
	}})
	if !c.IsWorkday(d(2026, 12, 24)) || c.IsWorkday(d(2026, 12, 25)) {
		t.Error("the revision of 2026 was not applied")
	}
	if c.IsWorkday(d(2024, 7, 1)) {
		t.Error("the regional holiday was not added")
	}
	if got := len(c.Holidays(d(2019, 1, 1), d(2019, 1, 1))); got != 1 {
		t.Errorf("a repeated day is listed %d times, want once", got)
	}
	if !c.Decreed(2027) || c.Estimated(d(2027, 1, 1), d(2027, 12, 31)) {
		t.Error("a complete 2027 did not make 2027 decreed")
	}
	if !c.IsWorkday(d(2027, 3, 26)) { // no estimated Good Friday once 2027 is decreed
		t.Error("2027 still uses the estimate")
	}
	if got := c.CountWorkdays(d(2027, 1, 1), d(2027, 12, 31)); got != 260 {
		t.Errorf("CountWorkdays(2027) = %d, want 261 weekdays − 1", got)
	}
	// An added day in an estimated year keeps the estimate.
	c = mustNew(t, libur.Options{Extra: []libur.Year{{Year: 2028, Days: []libur.Day{
		{Date: d(2028, 3, 1), Kind: libur.CutiBersama, Name: "Cuti contoh", Decree: "contoh"},
	}}}})
	if c.Decreed(2028) || c.IsWorkday(d(2028, 3, 1)) || c.IsWorkday(d(2028, 12, 25)) {
		t.Error("an added day in 2028 was not applied on top of the estimate")
	}
	if got, want := len(c.Holidays(d(2028, 1, 1), d(2028, 12, 31))), len(libur.Estimate(2028))+1; got != want {
		t.Errorf("len(Holidays(2028)) = %d, want %d estimated + 1 added", got, want-1)
	}
}

func TestNewErrors(t *testing.T) {
	bad := []libur.Year{
		{Year: 2027, Days: []libur.Day{{Date: d(2027, 2, 30), Kind: libur.LiburNasional, Name: "x"}}},
		{Year: 2027, Days: []libur.Day{{Date: d(2028, 1, 1), Kind: libur.LiburNasional, Name: "x"}}},
		{Year: 2027, Days: []libur.Day{{Date: d(2027, 1, 1), Kind: "libur", Name: "x"}}},
		{Year: 2027, Days: []libur.Day{{Date: d(2027, 1, 1), Kind: libur.LiburNasional}}},
		{Year: 2027, Days: []libur.Day{{Date: d(2027, 1, 2), Kind: libur.LiburNasional, Name: "y", Confidence: "sure"}}},
		{Year: 0},
	}
	_, err := libur.New(libur.Options{Extra: bad})
	want := `libur: extra day 2027-02-30 "x": invalid date
libur: extra day 2028-01-01 "x": not in year 2027
libur: extra day 2027-01-01 "x": unknown kind "libur"
libur: extra day 2027-01-01 "": no name
libur: extra day 2027-01-02 "y": unknown confidence "sure"
libur: extra year 0: want a year from 1 to 9999`
	if err == nil || err.Error() != want {
		t.Errorf("New(bad) error =\n%v\nwant\n%s", err, want)
	}
}

func TestNoAllocs(t *testing.T) {
	c := mustNew(t, gov)
	from, to := d(2022, 6, 14), d(2024, 2, 14)
	for name, f := range map[string]func(){
		"CountWorkdays":         func() { c.CountWorkdays(from, to) },
		"CountWorkdays outside": func() { c.CountWorkdays(d(2190, 1, 1), d(2210, 1, 1)) },
		"AddWorkdays":           func() { c.AddWorkdays(from, 400) },
		"AddWorkdays back":      func() { c.AddWorkdays(to, -400) },
		"IsWorkday":             func() { c.IsWorkday(to) },
		"NextWorkday":           func() { c.NextWorkday(to) },
		"Estimated":             func() { c.Estimated(from, to) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s allocates %v times per call, want 0", name, n)
		}
	}
}

func TestDayJSON(t *testing.T) {
	c := mustNew(t, gov)
	day := c.Holidays(d(2024, 2, 14), d(2024, 2, 14))[0]
	day.Sources = nil
	got, err := json.Marshal(day)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"date":"2024-02-14","kind":"libur_pemilu","name":"Hari Pemungutan Suara Pemilu 2024",` +
		`"name_en":"Election day (2024 general election)","decree":"Keppres 10/2024","estimated":false}`
	if string(got) != want {
		t.Errorf("JSON = %s\nwant   %s", got, want)
	}
	got, _ = json.Marshal(libur.Estimate(2027)[0])
	want = `{"date":"2027-01-01","kind":"libur_nasional","name":"Tahun Baru 2027 Masehi",` +
		`"name_en":"New Year's Day 2027","decree":"","estimated":true,"method":"tanggal tetap: 1 Januari","method_en":"fixed date: 1 January"}`
	if string(got) != want {
		t.Errorf("JSON = %s\nwant   %s", got, want)
	}
}

// TestNewRefusesControlCharacters checks Options.Extra built in code, not
// loaded: a name, decree or note may not hold a control character or bidi
// override, and the error quotes at most a short prefix of the name.
func TestNewRefusesControlCharacters(t *testing.T) {
	day := libur.Day{Date: d(2028, 3, 1), Kind: libur.CutiBersama, Name: "Cuti contoh", Decree: "contoh"}
	esc, rlo, long := day, day, day
	esc.Note = "\x1b[2J"
	rlo.NameEN = "a\u2066b"
	long.Name = strings.Repeat("x", 100) + "\a"
	_, err := libur.New(libur.Options{Extra: []libur.Year{{Year: 2028, Days: []libur.Day{esc, rlo, long}}}})
	want := `libur: extra day 2028-03-01 "Cuti contoh": note: character 1 is U+001B, a control character: text may not hold it
libur: extra day 2028-03-01 "Cuti contoh": name_en: character 2 is U+2066, a bidirectional control: text may not hold it
libur: extra day 2028-03-01 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"…: name: character 101 is U+0007, a control character: text may not hold it`
	if err == nil || err.Error() != want {
		t.Errorf("New error =\n%v\nwant\n%s", err, want)
	}
}
