package hisab

import (
	"math"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// SunLongitudeTime returns the first instant at or after t at which the
// Sun's apparent longitude is lon degrees: 0 is the March equinox, 90 the
// June solstice, 270 the December solstice. It is good to about 10
// seconds, most of it the uncertainty of [DeltaT].
func SunLongitudeTime(lon float64, t time.Time) time.Time {
	return Instant(sunLongitudeJDE(lon, JDE(t)))
}

// sunLongitudeJDE returns the first JDE at or after jde at which the Sun's
// apparent longitude is lon.
func sunLongitudeJDE(lon, jde float64) float64 {
	// Days to go at the mean rate, then Newton's method with the Sun's
	// true rate of motion: with the fast Sun of chapter 25 to within its
	// 0.01°, then with the precise one.
	jde += norm360(lon-sunLow(jde).Lon) * 365.2422 / 360
	rate := norm180(sunLow(jde+0.5).Lon - sunLow(jde-0.5).Lon) // degrees per day
	for range 4 {
		d := norm180(lon-sunLow(jde).Lon) / rate
		jde += d
		if math.Abs(d) < 1e-4 {
			break
		}
	}
	for range 3 {
		d := norm180(lon-Sun(jde).Lon) / rate
		jde += d
		if math.Abs(d) < 1e-6 { // 0.1 s
			break
		}
	}
	return jde
}

// cstDate returns the civil date of a JDE in China Standard Time (UTC+8).
func cstDate(jde float64) tahapan.Date {
	return dateIn(julianDay(Instant(jde)), 8)
}

// monthOn returns the number of the new moon that begins the month of the
// Chinese calendar containing the civil day d (UTC+8): the last new moon
// whose date in UTC+8 is d or before.
func monthOn(d tahapan.Date) int {
	// Noon UTC+8 of d is 04:00 UTC.
	n := Lunation(d.In(time.UTC).Add(4 * time.Hour))
	for d.Before(cstDate(phaseJDE(float64(n)))) {
		n--
	}
	for !d.Before(cstDate(phaseJDE(float64(n + 1)))) {
		n++
	}
	return n
}

// hasZhongqi reports whether the Chinese month beginning at new moon n
// contains a principal solar term (zhongqi): a day, in UTC+8, on which the
// Sun's apparent longitude reaches a multiple of 30°.
func hasZhongqi(n int) bool {
	start := cstDate(phaseJDE(float64(n)))
	end := cstDate(phaseJDE(float64(n + 1)))
	// The first instant of start in UTC+8, and the next multiple of 30°.
	jde0 := JDE(start.In(cst))
	term := math.Floor(Sun(jde0).Lon/30)*30 + 30
	return cstDate(sunLongitudeJDE(norm360(term), jde0)).Before(end)
}

// ChineseNewYear returns the first day of the Chinese year that begins in
// year (Imlek, Chūnjié), computed astronomically as the Chinese calendar has
// been since 1645, with dates reckoned in UTC+8:
//
//   - The 11th month is the one containing the December solstice.
//   - If 12 new moons separate the 11th month of the previous year from that
//     of this year, the new year is the second new moon after the start of
//     the previous 11th month.
//   - If 13 do, the year has a leap month, the first month of the 13 without
//     a principal solar term (zhongqi); when that is the month after the
//     11th or the 12th (a leap 11th or 12th month), the new year is the
//     third new moon instead. This is the case the common rule "the second
//     new moon after the December solstice" gets wrong, as in 2033–2034.
//
// A month begins on the civil day of its new moon in UTC+8, so a new moon
// at 17:00 UTC begins a month dated the next day. Before 1929 China kept
// local time (UTC+7:46 in Beijing); the computation uses UTC+8 for every
// year.
func ChineseNewYear(year int) tahapan.Date {
	ws1 := cstDate(sunLongitudeJDE(270, JDE(time.Date(year-1, time.December, 1, 0, 0, 0, 0, time.UTC))))
	ws2 := cstDate(sunLongitudeJDE(270, JDE(time.Date(year, time.December, 1, 0, 0, 0, 0, time.UTC))))
	m11, next11 := monthOn(ws1), monthOn(ws2)
	first := m11 + 2
	if next11-m11 == 13 {
		// A leap year: is the leap month the 11th or 12th?
		for i := m11 + 1; i < next11; i++ {
			if !hasZhongqi(i) {
				if i <= m11+2 {
					first = m11 + 3
				}
				break
			}
		}
	}
	return cstDate(phaseJDE(float64(first)))
}

// WaisakFullMoon returns the instant of the full moon that Indonesia's
// Buddhist councils take for Waisak (Purnama Sidhi Waisak), by an
// astronomical rule: the full moon of the lunation in which the Sun's
// apparent longitude reaches 60° (around 21 May, the solar term Xiǎomǎn).
// Its date in WIB is the day of Waisak.
//
// The councils reckon a lunisolar Buddhist calendar with seven intercalary
// months in nineteen years; when a year has two Waisak months the second is
// taken (2023: 4 June, not 5 May). This rule reproduces every Waisak of
// 2019–2026 but is a reconstruction, not their published method: it can
// differ from their calendar in a year where the two intercalate
// differently.
func WaisakFullMoon(year int) time.Time {
	jde := sunLongitudeJDE(60, JDE(time.Date(year, time.April, 1, 0, 0, 0, 0, time.UTC)))
	n := Lunation(Instant(jde))
	return FullMoon(n)
}
