package hisab

import (
	"math"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// A Criterion is a hilal visibility criterion (kriteria imkanur rukyat):
// the least geocentric altitude of the Moon and elongation from the Sun at
// sunset for the new crescent to count. With MinAge set, the elongation or
// the age of the Moon suffices, as in the criterion 2-3-8.
type Criterion struct {
	Name          string
	MinAltitude   float64       // degrees
	MinElongation float64       // degrees
	MinAge        time.Duration // if not zero: elongation ≥ MinElongation or age ≥ MinAge
}

// The MABIMS criteria Kemenag has applied, named by their thresholds as
// they are known in Indonesia. Changing these variables does not change
// [KemenagCriterion].
var (
	// MABIMS238 is the criterion "2-3-8": altitude at least 2°, and
	// elongation at least 3° or age at least 8 hours. Kemenag applied it
	// until 2021.
	MABIMS238 = mabims238

	// MABIMS364 is the criterion "3-6,4": altitude at least 3° and
	// elongation at least 6.4°. Kemenag has applied it since 2022
	// (https://minanews.net/kemenag-jelaskan-posisi-hilal-di-indonesia-saat-isbat-awal-syawal-1443-h/).
	MABIMS364 = mabims364
)

var (
	mabims238 = Criterion{Name: "MABIMS 2-3-8", MinAltitude: 2, MinElongation: 3, MinAge: 8 * time.Hour}
	mabims364 = Criterion{Name: "MABIMS 3-6.4", MinAltitude: 3, MinElongation: 6.4}
)

// Met reports whether a Moon at geocentric altitude alt and elongation elong
// (degrees), of age age, satisfies c.
func (c Criterion) Met(alt, elong float64, age time.Duration) bool {
	if alt < c.MinAltitude {
		return false
	}
	if c.MinAge != 0 && age >= c.MinAge {
		return true
	}
	return elong >= c.MinElongation
}

// KemenagCriterion returns the criterion Kemenag applies to a conjunction at
// t: [MABIMS364] from 2022 (in WIB), [MABIMS238] before.
func KemenagCriterion(t time.Time) Criterion {
	if t.In(wib).Year() >= 2022 {
		return mabims364
	}
	return mabims238
}

// A HijriMonth is the start of a month of the Hijri calendar as Kemenag
// computes it by hisab: the Moon is evaluated at sunset in [BandaAceh] on
// the day (in WIB) of the conjunction that ends the previous month. If
// [KemenagCriterion] is met, the month starts the next day; if it is not
// (or the conjunction comes after that sunset), the previous month is
// completed to 30 days (istikmal) and the month starts a day later.
//
// Kemenag confirms the start of Ramadan, Syawal and Zulhijah by rukyat
// (observation) in a sidang isbat; a HijriMonth is the hisab alone.
type HijriMonth struct {
	Year  int // Hijri year (AH)
	Month int // 1 (Muharam) to 12 (Zulhijah)

	Start tahapan.Date // the 1st of the month

	Conjunction time.Time     // the geocentric conjunction (ijtimak), UTC
	Sunset      time.Time     // sunset at Banda Aceh on the day of the conjunction, UTC
	Altitude    float64       // geocentric altitude of the Moon's centre at Sunset, degrees
	Elongation  float64       // geocentric Sun–Moon elongation at Sunset, degrees
	Age         time.Duration // Sunset − Conjunction; negative when the conjunction is after sunset
	Criterion   Criterion     // the criterion applied
	Met         bool          // the criterion holds at Sunset

	// ApparentAltitude is the altitude of the Moon's centre at Sunset as an
	// observer at Banda Aceh sees it: topocentric (lower than Altitude by
	// the Moon's parallax, about 0.9°) and raised by refraction. It is the
	// "tinggi hilal" Kemenag quotes in its sidang isbat; the criterion is
	// applied to Altitude, which reproduces the decreed dates better (see
	// the package documentation).
	ApparentAltitude float64
}

// monthNames are the Indonesian names of the Hijri months, as Kemenag
// writes them.
var monthNames = [13]string{"", "Muharam", "Safar", "Rabiulawal", "Rabiulakhir", "Jumadilawal",
	"Jumadilakhir", "Rajab", "Syakban", "Ramadan", "Syawal", "Zulkaidah", "Zulhijah"}

// MonthName returns the Indonesian name of Hijri month m (1 is Muharam), as
// Kemenag writes it, or "" if m is not from 1 to 12.
func MonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return monthNames[m]
}

// muharram1441 is the number (see [NewMoon]) of the conjunction of
// 2019-08-30 that began Muharam 1441 (1 Muharam 1441 was 2019-09-01 by the
// SKB 3 Menteri of 2019). Hijri months are numbered by counting lunations
// from it.
const muharram1441 = 243

// HijriStart returns the start of Hijri month month (1 to 12) of year as
// Kemenag computes it by hisab (see [HijriMonth]). A month outside 1 to 12
// is normalized: month 13 of 1447 is Muharam 1448.
func HijriStart(year, month int) HijriMonth {
	return hijriMonth(muharram1441 + 12*(year-1441) + month - 1)
}

// hijriMonth returns the Hijri month that begins after conjunction n.
func hijriMonth(n int) HijriMonth {
	k := n - muharram1441
	y := 1441 + floorDiv(k, 12)
	hm := HijriMonth{Year: y, Month: k - 12*(y-1441) + 1}

	conjJDE := phaseJDE(float64(n))
	hm.Conjunction = Instant(conjJDE)
	day := dateIn(julianDay(hm.Conjunction), 7) // the day of the conjunction, WIB
	hm.Criterion = KemenagCriterion(hm.Conjunction)
	hm.Start = day.AddDays(2) // istikmal, unless the criterion is met
	sunset, ok := Sunset(bandaAceh, day)
	if !ok {
		return hm // cannot happen at Banda Aceh
	}
	hm.Sunset = sunset
	hm.Age = sunset.Sub(hm.Conjunction)
	jde := JDE(sunset)
	moon, sun := Moon(jde), Sun(jde)
	hm.Altitude = Altitude(bandaAceh, sunset, moon)
	hm.ApparentAltitude = apparentAltitude(hm.Altitude, moon.Dist)
	hm.Elongation = Elongation(moon, sun)
	if hm.Age > 0 && hm.Criterion.Met(hm.Altitude, hm.Elongation, hm.Age) {
		hm.Met = true
		hm.Start = day.AddDays(1)
	}
	return hm
}

// apparentAltitude returns the altitude seen by an observer at sea level of
// a body at geocentric altitude h (degrees) and distance dist (km): lowered
// by its parallax in altitude and raised by refraction (Sæmundsson's
// formula, Meeus equation 16.4). It is good to about 0.01° above 1°.
func apparentAltitude(h, dist float64) float64 {
	const earthRadius = 6378.14 // equatorial, km
	h -= math.Asin(earthRadius/dist*math.Cos(h*rad)) / rad
	return h + 1.02/math.Tan((h+10.3/(h+5.11))*rad)/60
}

// HijriDate returns the Hijri date of the civil day d by the months of
// [HijriStart].
func HijriDate(d tahapan.Date) (year, month, day int) {
	// The lunation that contains noon of d in WIB, or the one before it
	// when its month has not started yet.
	n := Lunation(d.In(wib).Add(12 * time.Hour))
	hm := hijriMonth(n)
	if d.Before(hm.Start) {
		hm = hijriMonth(n - 1)
	}
	return hm.Year, hm.Month, d.DaysSince(hm.Start) + 1
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
