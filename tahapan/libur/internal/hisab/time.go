package hisab

import (
	"math"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

const (
	j2000       = 2451545.0 // JDE of 2000-01-01 12:00 TT
	unixEpochJD = 2440587.5 // JD of 1970-01-01 00:00 UT
	rad         = math.Pi / 180
)

// The fixed-offset zones the calendars are reckoned in. Indonesia's western
// zone has been UTC+7 since 1964 and China's standard time UTC+8 since
// 1929; the computations apply them to every year.
var (
	wib = time.FixedZone("WIB", 7*60*60)
	cst = time.FixedZone("UTC+8", 8*60*60)
)

// unixEpoch is day 0 of the civil day numbers used here.
var unixEpoch = tahapan.D(1970, time.January, 1)

// julianDay returns the Julian Day (UT) of t.
func julianDay(t time.Time) float64 {
	return unixEpochJD + (float64(t.Unix())+float64(t.Nanosecond())/1e9)/86400
}

// timeOfJulianDay returns the instant, in UTC, of a Julian Day (UT), to the
// nearest millisecond.
func timeOfJulianDay(jd float64) time.Time {
	ms := math.Round((jd - unixEpochJD) * 86400e3)
	return time.UnixMilli(int64(ms)).UTC()
}

// JDE returns the Julian Ephemeris Day of the instant t: its Julian Day in
// Terrestrial Time (TT), the uniform time scale of the position formulas.
// It is the Julian Day of t plus [DeltaT].
func JDE(t time.Time) float64 {
	jd := julianDay(t)
	return jd + deltaT(decimalYear(jd))/86400
}

// Instant returns the instant, in UTC, of a Julian Ephemeris Day: the
// inverse of [JDE], to the millisecond.
func Instant(jde float64) time.Time {
	return timeOfJulianDay(jde - deltaT(decimalYear(jde))/86400)
}

// DeltaT returns ΔT = TT − UT at t, the difference between Terrestrial Time
// and Universal Time, from the polynomials of Espenak and Meeus for the
// Five Millennium Canon of Solar Eclipses
// (https://eclipse.gsfc.nasa.gov/SEhelp/deltatpoly2004.html). From 1900 to
// 2005 they follow the measured values to about a second; later values are
// extrapolations: for 2025 they give 75 s where 69 s was measured, an error
// that moves the Moon by less than 0.001°.
func DeltaT(t time.Time) time.Duration {
	return time.Duration(deltaT(decimalYear(julianDay(t))) * float64(time.Second))
}

// decimalYear returns the year, with a fraction, of a Julian Day.
func decimalYear(jd float64) float64 {
	return 2000 + (jd-2451544.5)/365.2425
}

// deltaT returns ΔT in seconds for the decimal year y, from Espenak and
// Meeus's polynomials.
func deltaT(y float64) float64 {
	switch {
	case y < 1800:
		// Far outside the range the package is meant for; the long-term
		// parabola keeps the function continuous enough to be usable.
		u := (y - 1820) / 100
		return -20 + 32*u*u
	case y < 1860:
		t := y - 1800
		return 13.72 + t*(-0.332447+t*(0.0068612+t*(0.0041116+t*(-0.00037436+t*(0.0000121272+t*(-0.0000001699+t*0.000000000875))))))
	case y < 1900:
		t := y - 1860
		return 7.62 + t*(0.5737+t*(-0.251754+t*(0.01680668+t*(-0.0004473624+t/233174))))
	case y < 1920:
		t := y - 1900
		return -2.79 + t*(1.494119+t*(-0.0598939+t*(0.0061966+t*-0.000197)))
	case y < 1941:
		t := y - 1920
		return 21.20 + t*(0.84493+t*(-0.076100+t*0.0020936))
	case y < 1961:
		t := y - 1950
		return 29.07 + t*(0.407+t*(-1.0/233+t/2547))
	case y < 1986:
		t := y - 1975
		return 45.45 + t*(1.067+t*(-1.0/260-t/718))
	case y < 2005:
		t := y - 2000
		return 63.86 + t*(0.3345+t*(-0.060374+t*(0.0017275+t*(0.000651814+t*0.00002373599))))
	case y < 2050:
		t := y - 2000
		return 62.92 + t*(0.32217+t*0.005589)
	case y < 2150:
		u := (y - 1820) / 100
		return -20 + 32*u*u - 0.5628*(2150-y)
	}
	u := (y - 1820) / 100
	return -20 + 32*u*u
}

// dateIn returns the civil date of the instant of Julian Day jd (UT) in a
// zone offset hours east of UTC, without a time.Location.
func dateIn(jd float64, offsetHours float64) tahapan.Date {
	day := math.Floor(jd - unixEpochJD + offsetHours/24)
	return unixEpoch.AddDays(int(day))
}

// jdOfDate returns the Julian Day (UT) of 00:00 UTC on d.
func jdOfDate(d tahapan.Date) float64 {
	return unixEpochJD + float64(d.DaysSince(unixEpoch))
}

// norm360 reduces an angle in degrees to [0, 360).
func norm360(x float64) float64 {
	x = math.Mod(x, 360)
	if x < 0 {
		x += 360
	}
	return x
}

// norm180 reduces an angle in degrees to [-180, 180).
func norm180(x float64) float64 {
	return norm360(x+180) - 180
}

func sin(deg float64) float64 { return math.Sin(deg * rad) }
func cos(deg float64) float64 { return math.Cos(deg * rad) }
