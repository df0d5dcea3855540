package libur_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
	"github.com/kalender-pemilu/tahapan/tahapan/libur/internal/hisab"
)

// A holidayCategory groups the days that are one holiday, whatever the
// year's decree calls it ("Hari Raya Idul Fitri 1445 H", "Idulfitri 1447 H").
type holidayCategory struct {
	name  string
	group string // Islamic, Christian, …: the groups the issue scores
	words []string
}

// categories are tried in order: the first whose word is in a day's name
// wins ("Tahun Baru Imlek" before "Tahun Baru").
var categories = []holidayCategory{
	{"Isra Mikraj", "Islamic", []string{"Isra Mikraj"}},
	{"Idulfitri", "Islamic", []string{"Idul Fitri", "Idulfitri"}},
	{"Idul Adha", "Islamic", []string{"Idul Adha", "Iduladha"}},
	{"Tahun Baru Islam", "Islamic", []string{"Tahun Baru Islam"}},
	{"Maulid", "Islamic", []string{"Maulid"}},
	{"Imlek", "Imlek", []string{"Imlek"}},
	{"Nyepi", "Nyepi", []string{"Nyepi"}},
	{"Waisak", "Waisak", []string{"Waisak"}},
	{"Wafat Yesus Kristus", "Christian", []string{"Wafat"}},
	{"Paskah", "Christian", []string{"Paskah"}},
	{"Kenaikan Yesus Kristus", "Christian", []string{"Kenaikan"}},
	{"Natal", "Christian", []string{"Natal", "Kelahiran Yesus"}},
	{"Tahun Baru Masehi", "fixed date", []string{"Masehi"}},
	{"Hari Buruh", "fixed date", []string{"Buruh"}},
	{"Hari Lahir Pancasila", "fixed date", []string{"Pancasila"}},
	{"Kemerdekaan", "fixed date", []string{"Kemerdekaan", "Proklamasi"}},
}

func categoryOf(name string) string {
	for _, c := range categories {
		for _, w := range c.words {
			if strings.Contains(name, w) {
				return c.name
			}
		}
	}
	return ""
}

// occurrences returns, for each category, the first day of each run of
// consecutive days (Idulfitri is two days and one holiday) among the libur
// nasional of days.
func occurrences(days []libur.Day) map[string][]tahapan.Date {
	out := map[string][]tahapan.Date{}
	for _, d := range days {
		c := categoryOf(d.Name)
		if d.Kind != libur.LiburNasional || c == "" {
			continue
		}
		if n := len(out[c]); n > 0 && out[c][n-1].AddDays(1) == d.Date {
			continue // the second day of the same holiday
		}
		out[c] = append(out[c], d.Date)
	}
	return out
}

// The score the estimates reach on 2019–2026, pinned: a change in either
// direction fails, so a regression is caught and an improvement is
// recorded. Islamic holidays: at least 37 of 40 (python-holidays and
// date-holidays, with Saudi Umm al-Qura tables, get 27).
var (
	wantScore = map[string][2]int{ // exact, total
		"Isra Mikraj": {7, 8}, "Idulfitri": {8, 8}, "Idul Adha": {8, 8}, "Tahun Baru Islam": {7, 8}, "Maulid": {7, 8},
		"Imlek": {8, 8}, "Nyepi": {8, 8}, "Waisak": {8, 8},
		"Wafat Yesus Kristus": {8, 8}, "Paskah": {3, 3}, "Kenaikan Yesus Kristus": {8, 8}, "Natal": {8, 8},
		"Tahun Baru Masehi": {8, 8}, "Hari Buruh": {8, 8}, "Hari Lahir Pancasila": {8, 8}, "Kemerdekaan": {8, 8},
	}
	wantMisses = []string{
		// The SKB of 2022 was signed in September 2021 with the criterion
		// 2-3-8, which the hilal of 1 February 2022 met; by the criterion
		// 3-6.4 in force from 2022 it did not.
		"Isra Mikraj 2022: estimated 2022-03-01, decreed 2022-02-28",
		// Moved by the government to the day after the hisab date, by SKB
		// 712/2021, 1/2021, 3/2021 (perubahan 2), during the pandemic.
		"Tahun Baru Islam 2021: estimated 2021-08-10, decreed 2021-08-11",
		"Maulid 2021: estimated 2021-10-19, decreed 2021-10-20",
	}
)

// TestEstimateAccuracy scores the estimates, computed without the decrees,
// against the official holidays of 2019–2026, and prints the score and the
// misses (go test -v -run EstimateAccuracy).
func TestEstimateAccuracy(t *testing.T) {
	var days []libur.Day
	for _, day := range libur.Official() {
		if day.Date.Year <= 2026 {
			days = append(days, day)
		}
	}
	official := occurrences(days)
	estimated := occurrences(libur.EstimateRange(d(2019, 1, 1), d(2026, 12, 31)))

	score := map[string][2]int{}
	var misses []string
	for _, c := range categories {
		for _, want := range official[c.name] {
			s := score[c.name]
			s[1]++
			if slices.Contains(estimated[c.name], want) {
				s[0]++
			} else {
				misses = append(misses, fmt.Sprintf("%s %d: estimated %s, decreed %v",
					c.name, want.Year, nearest(estimated[c.name], want), want))
			}
			score[c.name] = s
		}
		for _, got := range estimated[c.name] {
			if !slices.Contains(official[c.name], got) && nearest(official[c.name], got) == "none" {
				t.Logf("%s %d: estimated %v, not in the decree", c.name, got.Year, got)
			}
		}
	}
	group := map[string][2]int{}
	for _, c := range categories {
		g, s := group[c.group], score[c.name]
		group[c.group] = [2]int{g[0] + s[0], g[1] + s[1]}
	}

	// The Waisak rule alone, without the table of published dates.
	rule := [2]int{}
	for _, want := range official["Waisak"] {
		rule[1]++
		if got := tahapan.DateOf(hisab.WaisakFullMoon(want.Year).In(time.FixedZone("WIB", 7*3600))); got == want {
			rule[0]++
		} else {
			misses = append(misses, fmt.Sprintf("Waisak rule %d: %v, decreed %v", want.Year, got, want))
		}
	}

	t.Logf("estimates against the decrees of 2019–2026, exact/total:")
	for _, c := range categories {
		t.Logf("  %-24s %2d/%d", c.name, score[c.name][0], score[c.name][1])
	}
	t.Logf("  %-24s %2d/%d (the astronomical rule, without the published dates)", "Waisak rule", rule[0], rule[1])
	for _, g := range []string{"Islamic", "Imlek", "Nyepi", "Waisak", "Christian", "fixed date"} {
		t.Logf("  group %-18s %2d/%d", g, group[g][0], group[g][1])
	}
	for _, m := range misses {
		t.Logf("  miss: %s", m)
	}

	for _, c := range categories {
		if got, want := score[c.name], wantScore[c.name]; got != want {
			t.Errorf("%s: %d/%d exact, want %d/%d", c.name, got[0], got[1], want[0], want[1])
		}
	}
	if rule != [2]int{8, 8} {
		t.Errorf("Waisak rule: %d/%d exact, want 8/8", rule[0], rule[1])
	}
	if g := group["Islamic"]; g[0] < 37 || g[1] != 40 {
		t.Errorf("Islamic holidays: %d/%d exact, want at least 37/40", g[0], g[1])
	}
	for _, g := range []string{"Imlek", "Nyepi", "Christian"} {
		if s := group[g]; s[0] != s[1] {
			t.Errorf("%s: %d/%d exact, want all", g, s[0], s[1])
		}
	}
	if !slices.Equal(misses, wantMisses) {
		t.Errorf("misses:\n%s\nwant:\n%s", strings.Join(misses, "\n"), strings.Join(wantMisses, "\n"))
	}
}

// nearest returns the date in dates nearest to d, within 45 days, or
// "none".
func nearest(dates []tahapan.Date, d tahapan.Date) string {
	best, gap := "none", 46
	for _, x := range dates {
		if g := max(x.DaysSince(d), d.DaysSince(x)); g < gap {
			best, gap = x.String(), g
		}
	}
	return best
}

// TestEstimate2027OutOfSample scores the estimator on 2027, a year whose
// decree (SKB 1205/2026, 3/2026, 2/2026, signed 15 September 2026) did not
// exist when the estimator was written and its results published: a true
// out-of-sample test. Each decreed libur nasional is compared, day by day,
// with the estimate of the same holiday. Waisak is scored by the
// astronomical rule alone, as the estimator had it then: the table of
// published dates now holds the decreed 2027 date. Cuti bersama are not
// estimated, so none is matched. The score is pinned; run with -v to see it.
func TestEstimate2027OutOfSample(t *testing.T) {
	var decreed []libur.Day
	for _, day := range libur.Official() {
		if day.Date.Year == 2027 {
			decreed = append(decreed, day)
		}
	}
	estimate := libur.Estimate(2027)
	for i, e := range estimate {
		if categoryOf(e.Name) == "Waisak" {
			estimate[i].Date = tahapan.DateOf(hisab.WaisakFullMoon(2027).In(time.FixedZone("WIB", 7*3600)))
		}
	}
	type key struct {
		category string
		date     tahapan.Date
	}
	estimated := map[key]bool{}
	for _, e := range estimate {
		estimated[key{categoryOf(e.Name), e.Date}] = true
	}

	var libur18, exact, cuti, cutiMatched int
	var misses []string
	perCategory := map[string][2]int{}
	matched := map[key]bool{}
	for _, day := range decreed {
		c := categoryOf(day.Name)
		if c == "" {
			t.Errorf("2027 day %s %q has no category", day.Date, day.Name)
			continue
		}
		k := key{c, day.Date}
		switch day.Kind {
		case libur.LiburNasional:
			libur18++
			s := perCategory[c]
			s[1]++
			if estimated[k] {
				exact++
				s[0]++
				matched[k] = true
			} else {
				misses = append(misses, fmt.Sprintf("%s: decreed %s, not estimated", c, day.Date))
			}
			perCategory[c] = s
		case libur.CutiBersama:
			cuti++
			if estimated[k] {
				cutiMatched++
			}
		}
	}
	var extra []string
	for _, e := range estimate {
		if !matched[key{categoryOf(e.Name), e.Date}] {
			extra = append(extra, fmt.Sprintf("%s %s", e.Date, e.Name))
		}
	}
	holidays := occurrences(decreed)
	nHolidays := 0
	for _, dates := range holidays {
		nHolidays += len(dates)
	}

	t.Logf("estimator against the SKB of 2027 (out of sample):")
	t.Logf("  libur nasional: %d/%d days exact (%d holidays: Idulfitri is two days)", exact, libur18, nHolidays)
	for _, c := range categories {
		if s, ok := perCategory[c.name]; ok {
			t.Logf("  %-24s %d/%d", c.name, s[0], s[1])
		}
	}
	t.Logf("  estimated days not in the decree: %d %q", len(extra), extra)
	t.Logf("  cuti bersama: %d of %d, which the estimator does not attempt", cutiMatched, cuti)

	if exact != 18 || libur18 != 18 || nHolidays != 17 || len(misses) > 0 {
		t.Errorf("libur nasional 2027: %d/%d exact over %d holidays, want 18/18 over 17; misses %q", exact, libur18, nHolidays, misses)
	}
	if len(extra) != 0 || len(estimate) != 18 {
		t.Errorf("the estimate has %d days, %d not in the decree: %q; want 18, none", len(estimate), len(extra), extra)
	}
	if cuti != 8 || cutiMatched != 0 {
		t.Errorf("cuti bersama 2027: %d, %d matched; want 8, 0", cuti, cutiMatched)
	}
	if got := perCategory["Isra Mikraj"]; got != [2]int{2, 2} {
		t.Errorf("Isra Mikraj 2027: %d/%d, want 2/2 (27 Rajab 1448 and 1449)", got[0], got[1])
	}
}
