package hisab

import (
	"math"
	"time"
)

// synodicMonth is the mean length of a lunation, in days.
const synodicMonth = 29.530588861

// phaseJDE returns the JDE of the lunar phase k by Meeus, Astronomical
// Algorithms, chapter 49: k is an integer for a new moon (k = 0 is the new
// moon of 2000-01-06) and an integer plus 0.5 for a full moon. The result is
// the instant when the apparent geocentric longitudes of the Moon and the
// Sun are equal (new moon) or 180° apart (full moon), to a few seconds.
func phaseJDE(k float64) float64 {
	T := k / 1236.85
	jde := 2451550.09766 + synodicMonth*k + T*T*(0.00015437+T*(-0.000000150+T*0.00000000073))
	E := 1 - T*(0.002516+T*0.0000074)
	M := (2.5534 + 29.10535670*k + T*T*(-0.0000014-T*0.00000011)) * rad
	Mp := (201.5643 + 385.81693528*k + T*T*(0.0107582+T*(0.00001238-T*0.000000058))) * rad
	F := (160.7108 + 390.67050284*k + T*T*(-0.0016118+T*(-0.00000227+T*0.000000011))) * rad
	O := (124.7746 - 1.56375588*k + T*T*(0.0020672+T*0.00000215)) * rad
	s := math.Sin

	var c float64
	if k == math.Floor(k) { // new moon
		c = -0.40720*s(Mp) + 0.17241*E*s(M) + 0.01608*s(2*Mp) + 0.01039*s(2*F) +
			0.00739*E*s(Mp-M) - 0.00514*E*s(Mp+M) + 0.00208*E*E*s(2*M)
	} else { // full moon
		c = -0.40614*s(Mp) + 0.17302*E*s(M) + 0.01614*s(2*Mp) + 0.01043*s(2*F) +
			0.00734*E*s(Mp-M) - 0.00515*E*s(Mp+M) + 0.00209*E*E*s(2*M)
	}
	c += -0.00111*s(Mp-2*F) - 0.00057*s(Mp+2*F) + 0.00056*E*s(2*Mp+M) -
		0.00042*s(3*Mp) + 0.00042*E*s(M+2*F) + 0.00038*E*s(M-2*F) -
		0.00024*E*s(2*Mp-M) - 0.00017*s(O) - 0.00007*s(Mp+2*M) +
		0.00004*s(2*Mp-2*F) + 0.00004*s(3*M) + 0.00003*s(Mp+M-2*F) +
		0.00003*s(2*Mp+2*F) - 0.00003*s(Mp+M+2*F) + 0.00003*s(Mp-M+2*F) -
		0.00002*s(Mp-M-2*F) - 0.00002*s(3*Mp+M) + 0.00002*s(4*Mp)

	// The planetary arguments A1…A14.
	for _, a := range planetaryArgs {
		c += a.coef * s((a.a0+a.a1*k)*rad)
	}
	c += 0.000325 * s((299.77+0.107408*k-0.009173*T*T)*rad) // A1
	return jde + c
}

// planetaryArgs are A2…A14 of Meeus's chapter 49 (A1 has a T² term).
var planetaryArgs = [...]struct{ a0, a1, coef float64 }{
	{251.88, 0.016321, 0.000165},
	{251.83, 26.651886, 0.000164},
	{349.42, 36.412478, 0.000126},
	{84.66, 18.206239, 0.000110},
	{141.74, 53.303771, 0.000062},
	{207.14, 2.453732, 0.000060},
	{154.84, 7.306860, 0.000056},
	{34.52, 27.261239, 0.000047},
	{207.19, 0.121824, 0.000042},
	{291.34, 1.844379, 0.000040},
	{161.72, 24.198154, 0.000037},
	{239.56, 25.513099, 0.000035},
	{331.55, 3.592518, 0.000023},
}

// NewMoon returns the instant, in UTC, of new moon number n: the
// geocentric conjunction (ijtimak), when the apparent ecliptic longitudes of
// the Moon and the Sun are equal. New moons are numbered as Meeus numbers
// them: 0 is the new moon of 2000-01-06 18:14 UT, 1 the next one, −1 the
// one before. The instant is good to about a minute from 1900 to 2100,
// most of it the uncertainty of [DeltaT].
func NewMoon(n int) time.Time {
	return Instant(phaseJDE(float64(n)))
}

// FullMoon returns the instant, in UTC, of the full moon that follows new
// moon number n (see [NewMoon]): when the apparent longitudes of the Moon
// and the Sun are 180° apart.
func FullMoon(n int) time.Time {
	return Instant(phaseJDE(float64(n) + 0.5))
}

// Lunation returns the number of the last new moon at or before t (see
// [NewMoon]): the lunation t falls in.
func Lunation(t time.Time) int {
	jde := JDE(t)
	n := int(math.Floor((jde - 2451550.09766) / synodicMonth))
	for phaseJDE(float64(n+1)) <= jde {
		n++
	}
	for phaseJDE(float64(n)) > jde {
		n--
	}
	return n
}
