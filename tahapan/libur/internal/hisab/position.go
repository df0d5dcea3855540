package hisab

import (
	"math"
)

// A Position is the apparent geocentric place of the Sun or the Moon at an
// instant: where it is seen from the centre of the Earth, with aberration
// (for the Sun) and nutation applied, referred to the true equinox and
// ecliptic of date.
type Position struct {
	Lon  float64 // apparent ecliptic longitude, degrees in [0, 360)
	Lat  float64 // ecliptic latitude, degrees
	Dist float64 // distance from the centre of the Earth, km
	RA   float64 // apparent right ascension, degrees in [0, 360)
	Dec  float64 // apparent declination, degrees
}

// auKm is the astronomical unit in km (IAU 2012).
const auKm = 149597870.7

// centuries returns Julian centuries of 36525 days from J2000.0.
func centuries(jde float64) float64 { return (jde - j2000) / 36525 }

// nutation returns the nutation in longitude Δψ and in obliquity Δε, in
// degrees, by the abridged series of Meeus, Astronomical Algorithms,
// chapter 22 (accurate to 0.5″ and 0.1″).
func nutation(T float64) (dpsi, deps float64) {
	omega := 125.04452 + T*(-1934.136261+T*(0.0020708+T/450000))
	L := 280.4665 + 36000.7698*T   // mean longitude of the Sun
	Lp := 218.3165 + 481267.8813*T // mean longitude of the Moon
	dpsi = -17.20*sin(omega) - 1.32*sin(2*L) - 0.23*sin(2*Lp) + 0.21*sin(2*omega)
	deps = 9.20*cos(omega) + 0.57*cos(2*L) + 0.10*cos(2*Lp) - 0.09*cos(2*omega)
	return dpsi / 3600, deps / 3600
}

// meanObliquity returns the mean obliquity of the ecliptic ε0 in degrees
// (Meeus, equation 22.2).
func meanObliquity(T float64) float64 {
	return 23.4392911111 + T*(-46.8150+T*(-0.00059+T*0.001813))/3600
}

// equatorial converts ecliptic coordinates (degrees) to right ascension and
// declination (degrees) for the obliquity eps (Meeus, equations 13.3, 13.4).
func equatorial(lon, lat, eps float64) (ra, dec float64) {
	sl, cl := math.Sincos(lon * rad)
	sb, cb := math.Sincos(lat * rad)
	se, ce := math.Sincos(eps * rad)
	ra = math.Atan2(sl*ce-sb/cb*se, cl) / rad
	dec = math.Asin(sb*ce+cb*se*sl) / rad
	return norm360(ra), dec
}

// sunGeometric returns the Sun's true geometric longitude ☉ (degrees,
// mean equinox of date) and radius vector R (AU) by the low-accuracy method
// of Meeus, chapter 25 (about 0.01°, which is 15 minutes of the Sun's
// motion). It is used where that is enough: for sunset, and as a first
// approximation.
func sunGeometric(T float64) (lon, R float64) {
	L0 := 280.46646 + T*(36000.76983+T*0.0003032)
	M := 357.52911 + T*(35999.05029-T*0.0001537)
	e := 0.016708634 - T*(0.000042037+T*0.0000001267)
	C := (1.914602-T*(0.004817+T*0.000014))*sin(M) +
		(0.019993-T*0.000101)*sin(2*M) +
		0.000289*sin(3*M)
	nu := M + C
	R = 1.000001018 * (1 - e*e) / (1 + e*cos(nu))
	return norm360(L0 + C), R
}

// sunLow returns the apparent position of the Sun by [sunGeometric].
func sunLow(jde float64) Position {
	T := centuries(jde)
	lon, R := sunGeometric(T)
	dpsi, deps := nutation(T)
	lon = norm360(lon + dpsi - 20.4898/3600/R)
	p := Position{Lon: lon, Dist: R * auKm}
	p.RA, p.Dec = equatorial(lon, 0, meanObliquity(T)+deps)
	return p
}

// Sun returns the apparent geocentric position of the Sun at the Julian
// Ephemeris Day jde (see [JDE]), from the Earth's heliocentric position by
// the VSOP87 theory as abridged in Meeus, Astronomical Algorithms,
// appendix III (and in the NREL Solar Position Algorithm), converted to the
// FK5 system and corrected for nutation and aberration (chapter 25). It is
// good to about 1″ (0.0003°) from 1900 to 2100.
func Sun(jde float64) Position {
	T := centuries(jde)
	L, B, R := earthVSOP87(jde)
	lon := L/rad + 180
	lat := -B / rad
	// To the FK5 system (Meeus, equation 32.3).
	lp := lon - 1.397*T - 0.00031*T*T
	lon -= 0.09033 / 3600
	lat += 0.03916 / 3600 * (cos(lp) - sin(lp))
	dpsi, deps := nutation(T)
	lon = norm360(lon + dpsi - 20.4898/3600/R)
	p := Position{Lon: lon, Lat: lat, Dist: R * auKm}
	p.RA, p.Dec = equatorial(lon, lat, meanObliquity(T)+deps)
	return p
}

// A moonTerm is one periodic term of Meeus's tables 47.A and 47.B: the
// multiples of D, M, M′ and F, and the coefficients of the sine (of the
// longitude or latitude, in 10⁻⁶ degrees) and of the cosine (of the
// distance, in metres).
type moonTerm struct {
	d, m, mp, f int8
	sin, cos    int32
}

// moonLR holds table 47.A: the terms of the Moon's longitude (sine) and
// distance (cosine).
var moonLR = [...]moonTerm{
	{0, 0, 1, 0, 6288774, -20905355},
	{2, 0, -1, 0, 1274027, -3699111},
	{2, 0, 0, 0, 658314, -2955968},
	{0, 0, 2, 0, 213618, -569925},
	{0, 1, 0, 0, -185116, 48888},
	{0, 0, 0, 2, -114332, -3149},
	{2, 0, -2, 0, 58793, 246158},
	{2, -1, -1, 0, 57066, -152138},
	{2, 0, 1, 0, 53322, -170733},
	{2, -1, 0, 0, 45758, -204586},
	{0, 1, -1, 0, -40923, -129620},
	{1, 0, 0, 0, -34720, 108743},
	{0, 1, 1, 0, -30383, 104755},
	{2, 0, 0, -2, 15327, 10321},
	{0, 0, 1, 2, -12528, 0},
	{0, 0, 1, -2, 10980, 79661},
	{4, 0, -1, 0, 10675, -34782},
	{0, 0, 3, 0, 10034, -23210},
	{4, 0, -2, 0, 8548, -21636},
	{2, 1, -1, 0, -7888, 24208},
	{2, 1, 0, 0, -6766, 30824},
	{1, 0, -1, 0, -5163, -8379},
	{1, 1, 0, 0, 4987, -16675},
	{2, -1, 1, 0, 4036, -12831},
	{2, 0, 2, 0, 3994, -10445},
	{4, 0, 0, 0, 3861, -11650},
	{2, 0, -3, 0, 3665, 14403},
	{0, 1, -2, 0, -2689, -7003},
	{2, 0, -1, 2, -2602, 0},
	{2, -1, -2, 0, 2390, 10056},
	{1, 0, 1, 0, -2348, 6322},
	{2, -2, 0, 0, 2236, -9884},
	{0, 1, 2, 0, -2120, 5751},
	{0, 2, 0, 0, -2069, 0},
	{2, -2, -1, 0, 2048, -4950},
	{2, 0, 1, -2, -1773, 4130},
	{2, 0, 0, 2, -1595, 0},
	{4, -1, -1, 0, 1215, -3958},
	{0, 0, 2, 2, -1110, 0},
	{3, 0, -1, 0, -892, 3258},
	{2, 1, 1, 0, -810, 2616},
	{4, -1, -2, 0, 759, -1897},
	{0, 2, -1, 0, -713, -2117},
	{2, 2, -1, 0, -700, 2354},
	{2, 1, -2, 0, 691, 0},
	{2, -1, 0, -2, 596, 0},
	{4, 0, 1, 0, 549, -1423},
	{0, 0, 4, 0, 537, -1117},
	{4, -1, 0, 0, 520, -1571},
	{1, 0, -2, 0, -487, -1739},
	{2, 1, 0, -2, -399, 0},
	{0, 0, 2, -2, -381, -4421},
	{1, 1, 1, 0, 351, 0},
	{3, 0, -2, 0, -340, 0},
	{4, 0, -3, 0, 330, 0},
	{2, -1, 2, 0, 327, 0},
	{0, 2, 1, 0, -323, 1165},
	{1, 1, -1, 0, 299, 0},
	{2, 0, 3, 0, 294, 0},
	{2, 0, -1, -2, 0, 8752},
}

// moonB holds table 47.B: the terms of the Moon's latitude (sine).
var moonB = [...]moonTerm{
	{0, 0, 0, 1, 5128122, 0},
	{0, 0, 1, 1, 280602, 0},
	{0, 0, 1, -1, 277693, 0},
	{2, 0, 0, -1, 173237, 0},
	{2, 0, -1, 1, 55413, 0},
	{2, 0, -1, -1, 46271, 0},
	{2, 0, 0, 1, 32573, 0},
	{0, 0, 2, 1, 17198, 0},
	{2, 0, 1, -1, 9266, 0},
	{0, 0, 2, -1, 8822, 0},
	{2, -1, 0, -1, 8216, 0},
	{2, 0, -2, -1, 4324, 0},
	{2, 0, 1, 1, 4200, 0},
	{2, 1, 0, -1, -3359, 0},
	{2, -1, -1, 1, 2463, 0},
	{2, -1, 0, 1, 2211, 0},
	{2, -1, -1, -1, 2065, 0},
	{0, 1, -1, -1, -1870, 0},
	{4, 0, -1, -1, 1828, 0},
	{0, 1, 0, 1, -1794, 0},
	{0, 0, 0, 3, -1749, 0},
	{0, 1, -1, 1, -1565, 0},
	{1, 0, 0, 1, -1491, 0},
	{0, 1, 1, 1, -1475, 0},
	{0, 1, 1, -1, -1410, 0},
	{0, 1, 0, -1, -1344, 0},
	{1, 0, 0, -1, -1335, 0},
	{0, 0, 3, 1, 1107, 0},
	{4, 0, 0, -1, 1021, 0},
	{4, 0, -1, 1, 833, 0},
	{0, 0, 1, -3, 777, 0},
	{4, 0, -2, 1, 671, 0},
	{2, 0, 0, -3, 607, 0},
	{2, 0, 2, -1, 596, 0},
	{2, -1, 1, -1, 491, 0},
	{2, 0, -2, 1, -451, 0},
	{0, 0, 3, -1, 439, 0},
	{2, 0, 2, 1, 422, 0},
	{2, 0, -3, -1, 421, 0},
	{2, 1, -1, 1, -366, 0},
	{2, 1, 0, 1, -351, 0},
	{4, 0, 0, 1, 331, 0},
	{2, -1, 1, 1, 315, 0},
	{2, -2, 0, -1, 302, 0},
	{0, 0, 1, 3, -283, 0},
	{2, 1, 1, -1, -229, 0},
	{1, 1, 0, -1, 223, 0},
	{1, 1, 0, 1, 223, 0},
	{0, 1, -2, -1, -220, 0},
	{2, 1, -1, -1, -220, 0},
	{1, 0, 1, 1, -185, 0},
	{2, -1, -2, -1, 181, 0},
	{0, 1, 2, 1, -177, 0},
	{4, 0, -2, -1, 176, 0},
	{4, -1, -1, -1, 166, 0},
	{1, 0, 1, -1, -164, 0},
	{4, 0, 1, -1, 132, 0},
	{1, 0, -1, -1, -119, 0},
	{4, -1, 0, -1, 115, 0},
	{2, -2, 0, 1, 107, 0},
}

// moonGeometric returns the Moon's geocentric longitude λ and latitude β
// (degrees, mean equinox of date, without nutation) and its distance Δ
// (km), by Meeus, Astronomical Algorithms, chapter 47: the main terms of
// the ELP-2000/82 theory, accurate to about 10″ in longitude and 4″ in
// latitude.
func moonGeometric(T float64) (lon, lat, dist float64) {
	Lp := 218.3164477 + T*(481267.88123421+T*(-0.0015786+T*(1.0/538841-T/65194000)))
	D := 297.8501921 + T*(445267.1114034+T*(-0.0018819+T*(1.0/545868-T/113065000)))
	M := 357.5291092 + T*(35999.0502909+T*(-0.0001536+T/24490000))
	Mp := 134.9633964 + T*(477198.8675055+T*(0.0087414+T*(1.0/69699-T/14712000)))
	F := 93.2720950 + T*(483202.0175233+T*(-0.0036539+T*(-1.0/3526000+T/863310000)))
	A1 := 119.75 + 131.849*T
	A2 := 53.09 + 479264.290*T
	A3 := 313.45 + 481266.484*T
	E := 1 - T*(0.002516+T*0.0000074)
	// The multiples of M carry the factor E (E² for 2M), the decrease of the
	// Earth's orbital eccentricity.
	efac := [3]float64{1, E, E * E}
	D, M, Mp, F = norm360(D)*rad, norm360(M)*rad, norm360(Mp)*rad, norm360(F)*rad

	var sl, sr, sb float64
	for _, t := range moonLR {
		arg := float64(t.d)*D + float64(t.m)*M + float64(t.mp)*Mp + float64(t.f)*F
		s, c := math.Sincos(arg)
		e := efac[abs8(t.m)]
		sl += float64(t.sin) * e * s
		sr += float64(t.cos) * e * c
	}
	for _, t := range moonB {
		arg := float64(t.d)*D + float64(t.m)*M + float64(t.mp)*Mp + float64(t.f)*F
		sb += float64(t.sin) * efac[abs8(t.m)] * math.Sin(arg)
	}
	Fd, Mpd := F/rad, Mp/rad
	sl += 3958*sin(A1) + 1962*sin(Lp-Fd) + 318*sin(A2)
	sb += -2235*sin(Lp) + 382*sin(A3) + 175*sin(A1-Fd) + 175*sin(A1+Fd) +
		127*sin(Lp-Mpd) - 115*sin(Lp+Mpd)
	return norm360(Lp + sl/1e6), sb / 1e6, 385000.56 + sr/1000
}

func abs8(x int8) int8 {
	if x < 0 {
		return -x
	}
	return x
}

// Moon returns the apparent geocentric position of the Moon at the Julian
// Ephemeris Day jde (see [JDE]), by Meeus, Astronomical Algorithms,
// chapter 47, with nutation applied. Its longitude is good to about 10″
// (0.003°) from 1900 to 2100.
func Moon(jde float64) Position {
	T := centuries(jde)
	lon, lat, dist := moonGeometric(T)
	dpsi, deps := nutation(T)
	lon = norm360(lon + dpsi)
	p := Position{Lon: lon, Lat: lat, Dist: dist}
	p.RA, p.Dec = equatorial(lon, lat, meanObliquity(T)+deps)
	return p
}

// Elongation returns the angle between two positions, in degrees: the
// apparent distance between the Sun and the Moon as seen from the centre of
// the Earth when a and b are their positions.
func Elongation(a, b Position) float64 {
	// Unit vectors from right ascension and declination; atan2 of the cross
	// and dot products is accurate at small angles, where acos is not.
	ax, ay, az := unit(a.RA, a.Dec)
	bx, by, bz := unit(b.RA, b.Dec)
	cx, cy, cz := ay*bz-az*by, az*bx-ax*bz, ax*by-ay*bx
	return math.Atan2(math.Sqrt(cx*cx+cy*cy+cz*cz), ax*bx+ay*by+az*bz) / rad
}

func unit(ra, dec float64) (x, y, z float64) {
	sr, cr := math.Sincos(ra * rad)
	sd, cd := math.Sincos(dec * rad)
	return cd * cr, cd * sr, sd
}
