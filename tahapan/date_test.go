package tahapan_test

import (
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

func d(y int, m time.Month, day int) tahapan.Date { return tahapan.D(y, m, day) }

var parseDateTests = []struct {
	in     string
	want   tahapan.Date
	expect string // must appear within the error; empty for success
}{
	{"2024-02-14", d(2024, 2, 14), ""},
	{"2024-02-29", d(2024, 2, 29), ""},
	{"2000-02-29", d(2000, 2, 29), ""},
	{"1900-02-29", tahapan.Date{}, "day out of range"},
	{"2023-02-29", tahapan.Date{}, "day out of range"},
	{"2024-02-30", tahapan.Date{}, `invalid date "2024-02-30": day out of range`},
	{"2024-04-31", tahapan.Date{}, "day out of range"},
	{"2024-13-01", tahapan.Date{}, "month out of range"},
	{"2024-00-10", tahapan.Date{}, "month out of range"},
	{"2024-01-00", tahapan.Date{}, "day out of range"},
	{"2024-2-14", tahapan.Date{}, "want YYYY-MM-DD"},
	{"14-02-2024", tahapan.Date{}, "want YYYY-MM-DD"},
	{"2024-02-1x", tahapan.Date{}, "want YYYY-MM-DD"},
	{"+024-02-14", tahapan.Date{}, "want YYYY-MM-DD"},
	{"", tahapan.Date{}, "want YYYY-MM-DD"},
}

func TestParseDate(t *testing.T) {
	for _, tt := range parseDateTests {
		got, err := tahapan.ParseDate(tt.in)
		if tt.expect == "" {
			if err != nil || got != tt.want {
				t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
			continue
		}
		if err == nil || !contains(err.Error(), tt.expect) {
			t.Errorf("ParseDate(%q) error = %v; want one containing %q", tt.in, err, tt.expect)
		}
	}
}

func contains(s, sub string) bool { return len(sub) == 0 || indexOf(s, sub) >= 0 }

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestDateArithmetic(t *testing.T) {
	tests := []struct {
		from tahapan.Date
		n    int
		want tahapan.Date
	}{
		{d(2024, 2, 14), -3, d(2024, 2, 11)},
		{d(2024, 2, 28), 1, d(2024, 2, 29)},
		{d(2023, 2, 28), 1, d(2023, 3, 1)},
		{d(2023, 12, 31), 1, d(2024, 1, 1)},
		{d(2024, 2, 14), 35, d(2024, 3, 20)}, // national result rule, UU 7/2017
		{d(2019, 4, 17), 35, d(2019, 5, 22)},
		{d(2023, 7, 23), 206, d(2024, 2, 14)},
		{d(1970, 1, 1), -1, d(1969, 12, 31)},
		{d(1600, 3, 1), -1, d(1600, 2, 29)},
	}
	for _, tt := range tests {
		if got := tt.from.AddDays(tt.n); got != tt.want {
			t.Errorf("%v.AddDays(%d) = %v, want %v", tt.from, tt.n, got, tt.want)
		}
		if got := tt.want.DaysSince(tt.from); got != tt.n {
			t.Errorf("%v.DaysSince(%v) = %d, want %d", tt.want, tt.from, got, tt.n)
		}
	}
	// AddDays agrees with the time package over a wide range.
	base := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 80000; i += 7 {
		want := tahapan.DateOf(base.AddDate(0, 0, i))
		if got := d(1899, 12, 25).AddDays(i); got != want {
			t.Fatalf("AddDays(%d) = %v, want %v", i, got, want)
		}
		if wd := want.Weekday(); wd != base.AddDate(0, 0, i).Weekday() {
			t.Fatalf("%v.Weekday() = %v", want, wd)
		}
	}
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		from tahapan.Date
		n    int
		want tahapan.Date
	}{
		{d(2024, 2, 14), -20, d(2022, 6, 14)}, // UU 7/2017 Pasal 167(6): stages start 20 months before
		{d(2019, 4, 17), -20, d(2017, 8, 17)},
		{d(2024, 2, 14), -14, d(2022, 12, 14)},
		{d(2024, 2, 14), -9, d(2023, 5, 14)},
		{d(2023, 8, 31), 6, d(2024, 2, 29)},
		{d(2023, 8, 31), 5, d(2024, 1, 31)},
		{d(2023, 1, 31), 1, d(2023, 2, 28)},
		{d(2024, 3, 31), -1, d(2024, 2, 29)},
		{d(2024, 12, 15), 1, d(2025, 1, 15)},
		{d(2024, 1, 15), -1, d(2023, 12, 15)},
	}
	for _, tt := range tests {
		if got := tt.from.AddMonths(tt.n); got != tt.want {
			t.Errorf("%v.AddMonths(%d) = %v, want %v", tt.from, tt.n, got, tt.want)
		}
	}
}

func TestMonthsBetween(t *testing.T) {
	tests := []struct {
		from, to     tahapan.Date
		months, days int
	}{
		{d(2023, 8, 31), d(2024, 2, 14), 5, 14},
		{d(2023, 7, 23), d(2024, 2, 14), 6, 22},
		{d(2024, 2, 14), d(2024, 2, 14), 0, 0},
		{d(2024, 2, 13), d(2024, 2, 14), 0, 1},
		{d(2024, 1, 31), d(2024, 2, 29), 1, 0}, // Jan 31 + 1 month is Feb 29: exactly one month
		{d(2024, 1, 31), d(2024, 3, 1), 1, 1},
		{d(2022, 6, 14), d(2024, 2, 14), 20, 0},
		{d(2024, 2, 15), d(2024, 2, 14), 0, 0}, // reversed: zero
	}
	for _, tt := range tests {
		m, dd := tahapan.MonthsBetween(tt.from, tt.to)
		if m != tt.months || dd != tt.days {
			t.Errorf("MonthsBetween(%v, %v) = %d, %d; want %d, %d", tt.from, tt.to, m, dd, tt.months, tt.days)
		}
	}
}

func TestPeriod(t *testing.T) {
	kampanye := tahapan.Period{Start: d(2023, 11, 28), End: d(2024, 2, 10)}
	if n := kampanye.Days(); n != 75 {
		t.Errorf("campaign Days() = %d, want 75", n)
	}
	for _, tt := range []struct {
		d    tahapan.Date
		want bool
	}{{d(2023, 11, 27), false}, {d(2023, 11, 28), true}, {d(2024, 2, 10), true}, {d(2024, 2, 11), false}} {
		if got := kampanye.Contains(tt.d); got != tt.want {
			t.Errorf("Contains(%v) = %v, want %v", tt.d, got, tt.want)
		}
	}
}

func TestFormatDate(t *testing.T) {
	tests := []struct {
		d      tahapan.Date
		id, en string
	}{
		{d(2024, 2, 14), "Rabu, 14 Februari 2024", "Wednesday, 14 February 2024"},
		{d(2024, 11, 27), "Rabu, 27 November 2024", "Wednesday, 27 November 2024"},
		{d(2019, 4, 17), "Rabu, 17 April 2019", "Wednesday, 17 April 2019"},
		{d(2024, 10, 20), "Minggu, 20 Oktober 2024", "Sunday, 20 October 2024"},
		{d(2023, 7, 23), "Minggu, 23 Juli 2023", "Sunday, 23 July 2023"},
		{d(2024, 3, 22), "Jumat, 22 Maret 2024", "Friday, 22 March 2024"},
	}
	for _, tt := range tests {
		if got := tahapan.FormatDate(tt.d, "id"); got != tt.id {
			t.Errorf("FormatDate(%v, id) = %q, want %q", tt.d, got, tt.id)
		}
		if got := tahapan.FormatDate(tt.d, "en"); got != tt.en {
			t.Errorf("FormatDate(%v, en) = %q, want %q", tt.d, got, tt.en)
		}
	}
}
