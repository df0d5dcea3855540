package libur

import (
	"fmt"
	"math"
	"strings"
	"sync/atomic"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/libur/internal/hisab"
)

// A lunarKind is a holiday whose date follows a lunar or lunisolar
// calendar, which [Estimate] computes with package hisab.
type lunarKind uint8

const (
	imlek lunarKind = iota
	nyepi
	israMikraj
	idulFitri1 // 1 Syawal
	idulFitri2 // 2 Syawal
	waisak
	idulAdha
	tahunBaruIslam
	maulid
	numLunarKinds
)

// lunarNames are the Indonesian and English names of each kind, as the SKB
// of 2026 writes them (the SKB of 2027 writes "Idul Fitri" and gives the
// Hijri year of Isra Mikraj); %d is the year in the holiday's own calendar.
var lunarNames = [numLunarKinds][2]string{
	imlek:          {"Tahun Baru Imlek %d Kongzili", "Chinese New Year %d Kongzili"},
	nyepi:          {"Hari Suci Nyepi (Tahun Baru Saka %d)", "Nyepi, Day of Silence (Saka New Year %d)"},
	israMikraj:     {"Isra Mikraj Nabi Muhammad SAW", "Isra' and Mi'raj of the Prophet Muhammad"},
	idulFitri1:     {"Idulfitri %d H", "Eid al-Fitr %d AH"},
	idulFitri2:     {"Idulfitri %d H", "Eid al-Fitr %d AH"},
	waisak:         {"Hari Raya Waisak %d BE", "Vesak Day %d BE"},
	idulAdha:       {"Idul Adha %d H", "Eid al-Adha %d AH"},
	tahunBaruIslam: {"1 Muharam Tahun Baru Islam %d H", "1 Muharram, Islamic New Year %d AH"},
	maulid:         {"Maulid Nabi Muhammad SAW", "Mawlid, Birthday of the Prophet Muhammad"},
}

// A lunarDay is one estimated day of a lunar holiday. How it was computed
// is recomputed when it is needed (see lunarDay.method), which keeps the
// table of them small.
type lunarDay struct {
	kind lunarKind
	date tahapan.Date
	year int // the year in the holiday's calendar: Kongzili, Saka, Hijri or Buddhist Era
}

// maxLunarDays bounds the lunar days of one Gregorian year: ten days of
// nine kinds, and Idulfitri (two days) can fall twice in a year, as any
// Islamic holiday can (Isra Mikraj falls in January and December 2027).
// No two other Islamic holidays are close enough in the Hijri year to
// both fall twice. TestLunarDaysFit checks it from 1900 to 2200.
const maxLunarDays = 12

// A lunarYear is the lunar days of one Gregorian year, sorted by date.
type lunarYear struct {
	n    int
	days [maxLunarDays]lunarDay
}

func (ly *lunarYear) add(d lunarDay) {
	if ly.n == len(ly.days) {
		panic("libur: more lunar days in a year than maxLunarDays")
	}
	// Insertion keeps the days sorted without allocating.
	i := ly.n
	for i > 0 && d.date.Before(ly.days[i-1].date) {
		ly.days[i] = ly.days[i-1]
		i--
	}
	ly.days[i] = d
	ly.n++
}

// A publishedDay is a date published ahead of time by those who set it.
type publishedDay struct {
	date   tahapan.Date
	by     string // who published it
	source string // a page quoting it
}

// waisakPublished holds the Waisak dates set by Indonesia's Buddhist
// councils and Kemenag (Ditjen Bimas Buddha), as the SKB 3 Menteri lists
// them. Generic Vesak tables miss some of them: in 2023 they gave 5 May,
// a month early. No date for 2028 or later had been published when this
// table was last updated; add them here as they are. TestWaisakPublished
// checks the table against the built-in data.
var waisakPublished = map[int]publishedDay{
	2019: {tahapan.D(2019, time.May, 19), "SKB 3 Menteri 617/2018, 262/2018, 16/2018", "https://celebesmedia.id/celebes/artikel/1004151118/catat-ada-16-hari-libur-nasional-di-tahun-2019-plus-4-hari-cuti-bersama"},
	2020: {tahapan.D(2020, time.May, 7), "SKB 3 Menteri 728/2019, 213/2019, 01/2019", "https://setkab.go.id/pemerintah-keluarkan-skb-3-menteri-hapus-tiga-hari-cuti-bersama-2020"},
	2021: {tahapan.D(2021, time.May, 26), "SKB 3 Menteri 642/2020, 4/2020, 4/2020", "https://nasional.okezone.com/read/2020/09/11/337/2276391/ini-hari-libur-nasional-dan-cuti-bersama-2021"},
	2022: {tahapan.D(2022, time.May, 16), "SKB 3 Menteri 963/2021, 3/2021, 4/2021", "https://news.ddtc.co.id/jadwal-libur-nasional-dan-cuti-bersama-sepanjang-2022-cek-skb-ini-38295"},
	2023: {tahapan.D(2023, time.June, 4), "SKB 3 Menteri 1066/2022, 3/2022, 3/2022; Ditjen Bimas Buddha", "https://infosemarang.com/umum/1323/05052023/amp/bukan-6-mei-2023-hari-raya-waisak-jatuh-pada-4-juni-2023"},
	2024: {tahapan.D(2024, time.May, 23), "SKB 3 Menteri 855/2023, 3/2023, 4/2023", "https://visual.republika.co.id/berita/s186qu349/infografis-jadwal-libur-dan-cuti-bersama-di-2024"},
	2025: {tahapan.D(2025, time.May, 12), "SKB 3 Menteri 1017/2024, 2/2024, 2/2024", "https://caritahu.kontan.co.id/news/jadwal-lengkap-hari-libur-nasional-dan-cuti-bersama-tahun-2025"},
	2026: {tahapan.D(2026, time.May, 31), "SKB 3 Menteri 1497/2025, 2/2025, 5/2025", "https://periskop.id/nasional/20250919/pemerintah-tetapkan-17-hari-libur-nasional-tahun-2026-ini-daftarnya"},
	2027: {tahapan.D(2027, time.May, 20), "SKB 3 Menteri 1205/2026, 3/2026, 2/2026", "https://www.kemenkopmk.go.id/pemerintah-tetapkan-18-hari-libur-nasional-dan-8-cuti-bersama-tahun-2027"},
}

// computeLunar returns the estimated lunar holidays of year by hisab and
// the calendars' rules: the model. It does not allocate. lunarTable holds
// its results for 1900–2200 (TestLunarTable checks them; go generate
// rewrites them).
func computeLunar(year int) lunarYear {
	var ly lunarYear
	ly.add(lunarDay{kind: imlek, date: hisab.ChineseNewYear(year), year: year + 551})
	ly.add(lunarDay{kind: nyepi, date: hisab.Nyepi(year), year: year - 78})
	ly.add(lunarDay{kind: waisak, date: waisakDate(year), year: year + 544})

	// Walk the Hijri months from the one holding the 27th day before
	// 1 January (a month that began then can still have Isra Mikraj in
	// January) to the last that begins in year, computing only the months
	// with a holiday.
	hy, hm, _ := hisab.HijriDate(tahapan.D(year, time.January, 1).AddDays(-27))
	for {
		if rules := islamicRules[hm]; len(rules) > 0 {
			m := hisab.HijriStart(hy, hm)
			if m.Start.Year > year {
				break
			}
			for _, r := range rules {
				if d := m.Start.AddDays(r.day - 1); d.Year == year {
					ly.add(lunarDay{kind: r.kind, date: d, year: hy})
				}
			}
		}
		if hm++; hm > 12 {
			hy, hm = hy+1, 1
		}
	}
	return ly
}

// waisakDate returns the estimated date of Waisak in year: the published
// date if there is one, otherwise the date (WIB) of the full moon of
// [hisab.WaisakFullMoon].
func waisakDate(year int) tahapan.Date {
	if p, ok := waisakPublished[year]; ok {
		return p.date
	}
	return tahapan.DateOf(hisab.WaisakFullMoon(year).In(wib))
}

// islamicRules place the Islamic holidays in the Hijri calendar: for each
// month, the holidays in it and their day of the month.
var islamicRules = [13][]struct {
	kind lunarKind
	day  int
}{
	1:  {{tahunBaruIslam, 1}},
	3:  {{maulid, 12}},
	7:  {{israMikraj, 27}},
	10: {{idulFitri1, 1}, {idulFitri2, 2}},
	12: {{idulAdha, 10}},
}

// A packedLunar is one lunarDay in lunarTable: its kind plus one (0 marks
// an unused slot), its year in its own calendar less lunarBase, and its day
// of the Gregorian year (0 for 1 January).
type packedLunar struct {
	k1   uint8
	dy   int8
	yday uint16
}

// lunarBase is the year in the calendar of kind k that falls mostly in
// Gregorian year y: Kongzili y+551, Saka y−78, Buddhist Era y+544, Hijri
// about y−579 (a Hijri year is 11 days shorter, so the difference drifts).
func lunarBase(k lunarKind, y int) int {
	switch k {
	case imlek:
		return y + 551
	case nyepi:
		return y - 78
	case waisak:
		return y + 544
	}
	return y - 579
}

// lunarDays returns the estimated lunar holidays of year without
// allocating: from lunarTable for 1900–2200, computed otherwise.
func lunarDays(year int) lunarYear {
	i := year - tableFirst
	if uint(i) >= uint(len(lunarTable)) {
		return computeLunar(year)
	}
	var ly lunarYear
	jan1 := tahapan.D(year, time.January, 1)
	for _, p := range lunarTable[i] {
		if p.k1 == 0 {
			break
		}
		k := lunarKind(p.k1 - 1)
		ly.days[ly.n] = lunarDay{kind: k, date: jan1.AddDays(int(p.yday)), year: lunarBase(k, year) + int(p.dy)}
		ly.n++
	}
	return ly
}

// lunarCache holds the lunar days of years 1 to 9999, each made on first
// use and only read afterwards.
var lunarCache [9999]atomic.Pointer[lunarYear]

// lunarOf returns the lunar days of year, made once per year (for years 1
// to 9999) and shared: do not modify them. Only the first call for a year
// allocates.
func lunarOf(year int) *lunarYear {
	if year < 1 || year > len(lunarCache) {
		ly := lunarDays(year)
		return &ly
	}
	p := &lunarCache[year-1]
	if ly := p.Load(); ly != nil {
		return ly
	}
	ly := lunarDays(year)
	p.CompareAndSwap(nil, &ly) // a racing call stored an equal value
	return p.Load()
}

// day returns ld as a Day.
func (ld lunarDay) day() Day {
	names := lunarNames[ld.kind]
	d := Day{Date: ld.date, Kind: LiburNasional, Name: names[0], NameEN: names[1], Estimated: true}
	if strings.Contains(d.Name, "%d") {
		d.Name, d.NameEN = fmt.Sprintf(d.Name, ld.year), fmt.Sprintf(d.NameEN, ld.year)
	}
	d.Method, d.MethodEN = ld.method()
	if p, ok := waisakPublished[ld.date.Year]; ok && ld.kind == waisak {
		d.Sources = []string{p.source}
	}
	return d
}

// nearElongation is how close to the criterion's least elongation an
// estimate has to be for its Method to warn that a day's shift is possible:
// another ephemeris, place or rounding could go the other way.
const nearElongation = 0.1 // degrees

// hijriMonthOf is the Hijri month of each Islamic kind.
var hijriMonthOf = [numLunarKinds]int{tahunBaruIslam: 1, maulid: 3, israMikraj: 7, idulFitri1: 10, idulFitri2: 10, idulAdha: 12}

// method explains how ld was computed, in Indonesian and in English.
func (ld lunarDay) method() (id, en string) {
	switch ld.kind {
	case imlek:
		return "kalender Tionghoa, dihitung secara astronomis: hari (UTC+8) bulan baru yang memulai tahun " +
				"(bulan baru kedua setelah titik balik matahari Desember, ketiga bila ada bulan ke-11 atau ke-12 kabisat)",
			"Chinese calendar, computed astronomically: the day (UTC+8) of the new moon that begins the year " +
				"(the second after the December solstice, the third after a leap 11th or 12th month)"
	case nyepi:
		return fmt.Sprintf("aritmetika kalender Saka Bali (pangalantaka Eka Sungsang ke Paing, nampih sasih): "+
				"sehari setelah Tilem Kasanga, 1 Kadasa %d Saka", ld.year),
			fmt.Sprintf("Balinese Saka calendar arithmetic (pangalantaka Eka Sungsang ke Paing, nampih sasih): "+
				"the day after Tilem Kasanga, 1 Kadasa %d Saka", ld.year)
	case waisak:
		if p, ok := waisakPublished[ld.date.Year]; ok {
			return "tanggal yang diumumkan (" + p.by + ")", "published date (" + p.by + ")"
		}
		full := hisab.WaisakFullMoon(ld.date.Year).In(wib).Format("2006-01-02 15:04")
		return fmt.Sprintf("aturan astronomis: tanggal (WIB) purnama, %s WIB, pada lunasi ketika Matahari "+
				"mencapai bujur 60°; kalender majelis-majelis Buddha sendiri bisa berbeda", full),
			fmt.Sprintf("astronomical rule: the date (WIB) of the full moon, %s WIB, of the lunation "+
				"in which the Sun reaches longitude 60°; the Buddhist councils' own calendar can differ", full)
	}
	m := hisab.HijriStart(ld.year, hijriMonthOf[ld.kind])
	c := m.Criterion
	critID := fmt.Sprintf("tinggi ≥ %g°, elongasi ≥ %g°", c.MinAltitude, c.MinElongation)
	critEN := fmt.Sprintf("altitude ≥ %g°, elongation ≥ %g°", c.MinAltitude, c.MinElongation)
	if c.MinAge != 0 {
		critID += fmt.Sprintf(" atau umur ≥ %g jam", c.MinAge.Hours())
		critEN += fmt.Sprintf(" or age ≥ %gh", c.MinAge.Hours())
	}
	startID, startEN := "hilal memenuhi kriteria", "hilal met the criterion"
	if !m.Met {
		startID, startEN = "kriteria tidak terpenuhi, istikmal", "criterion not met, istikmal"
	}
	conj := m.Conjunction.In(wib).Format("2006-01-02 15:04")
	id = fmt.Sprintf("hisab %s (%s) saat matahari terbenam di Banda Aceh, geosentris: 1 %s %s = %s, %s "+
		"(ijtimak %s WIB, tinggi %.2f°, elongasi %.2f°)",
		c.Name, critID, kata.HijriMonth(m.Month, kata.Indonesian), kata.HijriYear(m.Year, kata.Indonesian),
		m.Start, startID, conj, m.Altitude, m.Elongation)
	en = fmt.Sprintf("hisab %s (%s) at sunset in Banda Aceh, geocentric: 1 %s %s = %s, %s "+
		"(conjunction %s WIB, altitude %.2f°, elongation %.2f°)",
		c.Name, critEN, kata.HijriMonth(m.Month, kata.English), kata.HijriYear(m.Year, kata.English),
		m.Start, startEN, conj, m.Altitude, m.Elongation)
	// Warn when the verdict depends on the convention for the altitude
	// (geocentric, as here, or apparent, as Kemenag quotes it) or on a
	// hundredth of a degree of elongation.
	apparent := c.Met(m.ApparentAltitude, m.Elongation, m.Age)
	switch {
	case m.Age <= 0:
	case m.Met != apparent && m.Met:
		id += fmt.Sprintf("; dekat batas: dengan tinggi tampak, %.2f°, kriteria tidak terpenuhi: bisa sehari lebih lambat", m.ApparentAltitude)
		en += fmt.Sprintf("; near the limit: the apparent altitude, %.2f°, would not meet the criterion: a day later is possible", m.ApparentAltitude)
	case m.Met != apparent:
		id += fmt.Sprintf("; dekat batas: dengan tinggi tampak, %.2f°, kriteria terpenuhi: bisa sehari lebih awal", m.ApparentAltitude)
		en += fmt.Sprintf("; near the limit: the apparent altitude, %.2f°, would meet it: a day earlier is possible", m.ApparentAltitude)
	case m.Altitude >= c.MinAltitude && math.Abs(m.Elongation-c.MinElongation) < nearElongation && m.Met:
		id += "; dekat batas elongasi: bisa sehari lebih lambat"
		en += "; near the limit of elongation: a day later is possible"
	case m.Altitude >= c.MinAltitude && math.Abs(m.Elongation-c.MinElongation) < nearElongation:
		id += "; dekat batas elongasi: bisa sehari lebih awal"
		en += "; near the limit of elongation: a day earlier is possible"
	}
	return id, en
}
