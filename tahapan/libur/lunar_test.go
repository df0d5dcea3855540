package libur

import (
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// TestLunarDaysFit checks, for every year a Calendar precomputes, that the
// lunar days fit maxLunarDays (computeLunar would panic) with every kind
// once or twice, that they are sorted and in their year, and that the cache
// holds what computeLunar gives.
func TestLunarDaysFit(t *testing.T) {
	most := 0
	for y := tableFirst; y <= tableLast; y++ {
		ly := lunarOf(y)
		most = max(most, ly.n)
		var seen [numLunarKinds]int
		for i := range ly.n {
			ld := ly.days[i]
			seen[ld.kind]++
			if ld.date.Year != y || i > 0 && ld.date.Before(ly.days[i-1].date) {
				t.Errorf("%d: day %d is %v", y, i, ld.date)
			}
		}
		for k, n := range seen {
			if n < 1 || n > 2 {
				t.Errorf("%d: %d days of kind %d", y, n, k)
			}
		}
		if y%25 == 0 {
			if c := computeLunar(y); c != *ly {
				t.Errorf("%d: the cache differs from computeLunar", y)
			}
		}
	}
	t.Logf("at most %d lunar days in a year of %d–%d (room for %d)", most, tableFirst, tableLast, maxLunarDays)
}

// TestWaisakPublished checks the table of published Waisak dates against
// the built-in data.
func TestWaisakPublished(t *testing.T) {
	n := 0
	for _, d := range Official() {
		if !strings.Contains(d.Name, "Waisak") || d.Kind != LiburNasional {
			continue
		}
		n++
		p, ok := waisakPublished[d.Date.Year]
		if !ok || p.date != d.Date || !strings.HasPrefix(p.by, d.Decree) {
			t.Errorf("waisakPublished[%d] = %+v, official %v (%s)", d.Date.Year, p, d.Date, d.Decree)
		}
	}
	if n != len(waisakPublished) {
		t.Errorf("%d official Waisak days, %d published", n, len(waisakPublished))
	}
}

func TestComputeLunarNoAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(5, func() { computeLunar(2300) }); n != 0 {
		t.Errorf("computeLunar allocates %v times per call, want 0", n)
	}
}

func TestLunarMethods(t *testing.T) {
	for _, tt := range []struct {
		date tahapan.Date
		want []string
	}{
		// Met by 0.03° of geocentric altitude; the apparent altitude is
		// 2.40°: flagged.
		{tahapan.D(2027, time.January, 5), []string{"hisab MABIMS 3-6.4", "1 Rajab 1448 AH = 2026-12-10",
			"near the limit: the apparent altitude, 2.40°, would not meet the criterion: a day later is possible"}},
		{tahapan.D(2027, time.March, 10), []string{"1 Shawwal 1448 AH = 2027-03-10, criterion not met, istikmal"}},
		{tahapan.D(2027, time.February, 6), []string{"Chinese calendar"}},
		{tahapan.D(2027, time.March, 8), []string{"Saka calendar", "1949 Saka"}},
		{tahapan.D(2028, time.May, 9), []string{"full moon, 2028-05-09 02:48 WIB"}},
		{tahapan.D(2027, time.May, 20), []string{"published date (SKB 3 Menteri 1205/2026, 3/2026, 2/2026)"}},
		{tahapan.D(2023, time.June, 4), []string{"published date (SKB 3 Menteri 1066/2022"}},
	} {
		var got string
		for _, d := range Estimate(tt.date.Year) {
			if d.Date == tt.date && d.MethodEN != "" && !strings.HasPrefix(d.MethodEN, "fixed") {
				got = d.MethodEN
			}
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("Method of %v = %q, want it to contain %q", tt.date, got, w)
			}
		}
	}
}

// TestLunarMethodWords checks that each language names the Hijri month
// and era in its own words: "1 Syawal 1448 H", "1 Shawwal 1448 AH".
func TestLunarMethodWords(t *testing.T) {
	for _, d := range Estimate(2027) {
		if d.Date != tahapan.D(2027, time.March, 10) {
			continue
		}
		if !strings.Contains(d.Method, "1 Syawal 1448 H = 2027-03-10") || !strings.Contains(d.MethodEN, "1 Shawwal 1448 AH = 2027-03-10") ||
			strings.Contains(d.MethodEN, "Syawal") {
			t.Errorf("Idulfitri 2027: Method %q, MethodEN %q", d.Method, d.MethodEN)
		}
		return
	}
	t.Error("no estimated day on 2027-03-10")
}

// BenchmarkComputeLunar computes one year's lunar holidays from scratch:
// the cost of estimating a year the first time.
func BenchmarkComputeLunar(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		computeLunar(2027 + i%100)
	}
}
