package hisab

import (
	"math"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// A Place is a point on the Earth's surface.
type Place struct {
	Name string
	Lat  float64 // geographic latitude, degrees, north positive
	Lon  float64 // geographic longitude, degrees, east positive
}

// BandaAceh is the place where [HijriStart] evaluates the hilal for the
// whole of Indonesia. Kemenag counts the criterion as met if it is met
// anywhere in Indonesia ("dengan markaz di mana pun di wilayah NKRI",
// https://ramadhan.republika.co.id/berita/sboblc423/tim-hisab-rukyat-tinggi-hilal-jauh-di-atas-kriteria-mabims-1-syawal-jatuh-pada-10-april),
// which in practice means its western tip, where the Moon stands highest at
// sunset: on 28 February 2025 the criterion was met only around Banda Aceh
// and Sabang, and Ramadan began the next day
// (https://arrahmah.id/hilal-di-aceh-penuhi-kriteria-imkanurrukyat-mabims).
// The coordinates, 5°33′N 95°19′E, are those of the city given by Wikipedia
// (https://en.wikipedia.org/wiki/Banda_Aceh); Kemenag Aceh's observatory at
// Lhoknga and the zero-kilometre monument at Sabang are within 0.4° of it,
// which changes the elongation by a few thousandths of a degree.
// Changing the variable does not change HijriStart.
var BandaAceh = bandaAceh

var bandaAceh = Place{Name: "Banda Aceh", Lat: 5 + 33.0/60, Lon: 95 + 19.0/60}

// SunsetAltitude is the altitude of the Sun's centre at sunset, in degrees:
// the upper limb on the horizon of a sea-level observer, with the standard
// 34′ of refraction and 16′ of semidiameter (Meeus, chapter 15).
const SunsetAltitude = -50.0 / 60

// siderealTime returns the apparent sidereal time at Greenwich, in degrees,
// at Julian Day jd (UT), for the nutation dpsi and obliquity eps (Meeus,
// equation 12.4 and chapter 12).
func siderealTime(jd, dpsi, eps float64) float64 {
	T := (jd - j2000) / 36525
	mean := 280.46061837 + 360.98564736629*(jd-j2000) + T*T*(0.000387933-T/38710000)
	return norm360(mean + dpsi*cos(eps))
}

// Altitude returns the geocentric altitude, in degrees, of the body at pos
// seen from p at the instant t: its height above the horizon of p, measured
// from the centre of the Earth, without parallax or refraction. This is the
// "tinggi hilal geosentrik" of the MABIMS criterion when pos is the Moon's.
func Altitude(p Place, t time.Time, pos Position) float64 {
	jd := julianDay(t)
	T := centuries(jd + deltaT(decimalYear(jd))/86400)
	dpsi, deps := nutation(T)
	theta := siderealTime(jd, dpsi, meanObliquity(T)+deps)
	H := theta + p.Lon - pos.RA
	sh := sin(p.Lat)*sin(pos.Dec) + cos(p.Lat)*cos(pos.Dec)*cos(H)
	return math.Asin(sh) / rad
}

// Sunset returns the instant of sunset at p on the civil day d, reckoned in
// local mean solar time at p (so that d is the local date, whatever p's
// zone): when the Sun's centre reaches [SunsetAltitude] in the afternoon.
// It reports false when the Sun does not set that day, in polar summer or
// winter. The instant is good to a few seconds.
func Sunset(p Place, d tahapan.Date) (time.Time, bool) {
	// Start at 18:00 local mean time and refine by Newton's method on the
	// Sun's altitude, whose rate is taken numerically.
	jd := jdOfDate(d) + 0.75 - p.Lon/360
	for range 6 {
		h := sunAltitude(p, jd)
		const step = 1.0 / 1440 // one minute
		rate := (sunAltitude(p, jd+step) - h) / step
		if rate >= 0 || math.IsNaN(rate) {
			return time.Time{}, false // the Sun is rising or not moving down: no sunset near here
		}
		dt := (SunsetAltitude - h) / rate
		if math.Abs(dt) > 0.25 {
			return time.Time{}, false // more than 6 hours away: the Sun does not set that day
		}
		jd += dt
		if math.Abs(dt) < 1e-6 {
			break
		}
	}
	return timeOfJulianDay(jd), true
}

// sunAltitude returns the geocentric altitude of the Sun's centre at p at
// Julian Day jd (UT). The Sun of chapter 25 is good enough here: its 0.01°
// moves sunset by 2 seconds.
func sunAltitude(p Place, jd float64) float64 {
	t := timeOfJulianDay(jd)
	return Altitude(p, t, sunLow(JDE(t)))
}
