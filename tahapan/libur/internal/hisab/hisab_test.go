package hisab

import (
	"math"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

func d(y int, m time.Month, day int) tahapan.Date { return tahapan.D(y, m, day) }

func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

// The worked examples of Jean Meeus, Astronomical Algorithms, 2nd ed.
// (Willmann-Bell, 1998), which the formulas here transcribe. The same values
// are checked by other implementations, e.g.
// https://github.com/soniakeys/meeus (solar_test.go) and
// https://github.com/architest/pymeeus (docs/source/ex-Sun.rst).

// TestMeeusExample47a: the Moon on 1992 April 12 at 0h TD.
func TestMeeusExample47a(t *testing.T) {
	const jde = 2448724.5
	lon, lat, dist := moonGeometric(centuries(jde))
	if !near(lon, 133.162655, 1e-6) || !near(lat, -3.229126, 1e-6) || !near(dist, 368409.7, 0.1) {
		t.Errorf("moonGeometric(%v) = λ %.6f°, β %.6f°, Δ %.1f km; want 133.162655°, -3.229126°, 368409.7 km", jde, lon, lat, dist)
	}
	// Apparent: λ + Δψ with Meeus's Δψ = +0.004610° (the full nutation
	// series; the abridged one used here is within 0.5″), α and δ.
	m := Moon(jde)
	if !near(m.Lon, 133.167265, 0.0002) || !near(m.RA, 134.688470, 0.0002) || !near(m.Dec, 13.768368, 0.0002) {
		t.Errorf("Moon(%v) = λ %.6f°, α %.6f°, δ %.6f°; want 133.167265°, 134.688470°, 13.768368°", jde, m.Lon, m.RA, m.Dec)
	}
}

// TestMeeusExample25: the Sun on 1992 October 13 at 0h TD.
func TestMeeusExample25(t *testing.T) {
	const jde = 2448908.5
	// Example 25.a, the low-accuracy method used for sunset: the true
	// (geometric) longitude ☉ = 199.90988°, R = 0.99766 AU; the apparent
	// longitude 199.90895° (the example applies only the main term of the
	// nutation; the full correction moves it by 0.0003°), α = 198.38083°,
	// δ = −7.78507°.
	lon, R := sunGeometric(centuries(jde))
	if !near(lon, 199.90988, 0.00002) || !near(R, 0.99766, 0.000005) {
		t.Errorf("sunGeometric = ☉ %.5f°, R %.5f; want 199.90988°, 0.99766", lon, R)
	}
	if s := sunLow(jde); !near(s.Lon, 199.90895, 0.0005) || !near(s.RA, 198.38083, 0.001) || !near(s.Dec, -7.78507, 0.001) {
		t.Errorf("sunLow(%v) = λ %.5f°, α %.5f°, δ %.5f°; want 199.90895°, 198.38083°, -7.78507°", jde, s.Lon, s.RA, s.Dec)
	}
	// Example 25.b, by VSOP87: L = −43.63484796 rad, B = −0.00000312 rad,
	// R = 0.99760775 AU; apparent λ = 199°54′21.818″, β = +0.62″,
	// α = 13h13m30.749s, δ = −7°47′01.74″.
	L, B, R := earthVSOP87(jde)
	if !near(L, -43.63484796, 1e-8) || !near(B, -0.00000312, 1e-8) || !near(R, 0.99760775, 1e-8) {
		t.Errorf("earthVSOP87 = L %.8f, B %.8f, R %.8f; want -43.63484796, -0.00000312, 0.99760775", L, B, R)
	}
	s := Sun(jde)
	const arcsec = 1.0 / 3600
	if want := 199 + 54.0/60 + 21.818/3600; !near(s.Lon, want, 0.5*arcsec) {
		t.Errorf("Sun(%v).Lon = %.6f°, want %.6f° ± 0.5″", jde, s.Lon, want)
	}
	if !near(s.Lat, 0.62*arcsec, 0.01*arcsec) {
		t.Errorf("Sun(%v).Lat = %.2f″, want 0.62″", jde, s.Lat/arcsec)
	}
	if wantRA, wantDec := (13+13.0/60+30.749/3600)*15, -(7 + 47.0/60 + 1.74/3600); !near(s.RA, wantRA, 0.5*arcsec) || !near(s.Dec, wantDec, 0.5*arcsec) {
		t.Errorf("Sun(%v) = α %.6f°, δ %.6f°; want %.6f°, %.6f° ± 0.5″", jde, s.RA, s.Dec, wantRA, wantDec)
	}
}

// TestSunLongitudeTime checks equinoxes and a solstice against published
// instants: 2024-03-20 03:06 UTC (U.S. Naval Observatory, quoted at
// https://earth-and-space-news.blogspot.com/2024/03/march-equinox-2024-happens-tuesday.html)
// and 2022-03-20 15:33:23 and 2022-12-21 21:48:13 UT (from the JPL DE405
// ephemeris, https://neoprogrammics.com/equinoxes_and_solstices_calculator/).
func TestSunLongitudeTime(t *testing.T) {
	for _, tt := range []struct {
		lon  float64
		want time.Time
		tol  time.Duration
	}{
		{0, time.Date(2024, 3, 20, 3, 6, 0, 0, time.UTC), time.Minute},
		{0, time.Date(2022, 3, 20, 15, 33, 23, 0, time.UTC), 15 * time.Second},
		{270, time.Date(2022, 12, 21, 21, 48, 13, 0, time.UTC), 15 * time.Second},
	} {
		from := time.Date(tt.want.Year(), tt.want.Month(), 1, 0, 0, 0, 0, time.UTC)
		if got := SunLongitudeTime(tt.lon, from); got.Sub(tt.want).Abs() > tt.tol {
			t.Errorf("SunLongitudeTime(%v, %v) = %v, want %v ± %v", tt.lon, from, got, tt.want, tt.tol)
		}
	}
}

// TestMeeusExample49a: the new moon of 1977 February.
func TestMeeusExample49a(t *testing.T) {
	if got := phaseJDE(-283); !near(got, 2443192.65118, 0.000005) {
		t.Errorf("phaseJDE(-283) = %.5f, want 2443192.65118", got)
	}
}

// TestMeeusExample12a: the mean sidereal time at Greenwich on 1987 April 10
// at 0h UT is 13h10m46.3668s.
func TestMeeusExample12a(t *testing.T) {
	got := siderealTime(2446895.5, 0, 23.44)
	if want := (13 + 10.0/60 + 46.3668/3600) * 15; !near(got, want, 0.00001) {
		t.Errorf("siderealTime = %.6f°, want %.6f°", got, want)
	}
}

// publishedConjunctions are conjunctions (ijtimak) and sunsets as BMKG, Indonesia's
// meteorological and geophysical agency, published them for the sidang
// isbat, with the longitude of Sun and Moon at the conjunction.
var publishedConjunctions = []struct {
	at     string  // UT
	lon    float64 // the common ecliptic longitude, degrees; 0 if not given
	source string
}{
	{"2021-05-11T18:59:47Z", 0, "https://kaidah.id/headline/read/1373/hasil-pemantauan-hilal-oleh-bmkg-lebaran-2021-kemungkinan-di-hari-rabu/2"},
	{"2023-03-21T17:23:01Z", 0.826, "https://www.nuansamalut.com/2023/03/12/bmkg-prediksi-hilal-awal-ramadan-jatuh-pada-22-maret-2023/"},
	{"2024-03-10T09:00:18Z", 350.280, "https://news.okezone.com/read/2024/02/25/337/2975138/awal-ramadhan-2024-berpotensi-beda-bmkg-terbitkan-hasil-analisisnya"},
	{"2024-06-06T12:37:35Z", 76.295, "https://www.idxchannel.com/news/bmkg-keluarkan-prakiraan-hilal-saat-matahari-terbenam-pada-6-dan-7-juni-2024/2"},
}

func TestNewMoonPublished(t *testing.T) {
	for _, p := range publishedConjunctions {
		want, err := time.Parse(time.RFC3339, p.at)
		if err != nil {
			t.Fatal(err)
		}
		n := Lunation(want.Add(time.Hour))
		got := NewMoon(n)
		if diff := got.Sub(want); diff.Abs() > 10*time.Second {
			t.Errorf("NewMoon(%d) = %v, want %v ± 10s (%s)", n, got, want, p.source)
		}
		if p.lon == 0 {
			continue
		}
		jde := JDE(got)
		// The Moon to 0.003°, the Sun to 0.002° (BMKG rounds to 0.001°).
		if m, s := Moon(jde).Lon, Sun(jde).Lon; !near(m, p.lon, 0.003) || !near(s, p.lon, 0.002) {
			t.Errorf("at %v: Moon λ %.4f°, Sun λ %.4f°; want %.3f° (%s)", got, m, s, p.lon, p.source)
		}
	}
}

func TestSunsetPublished(t *testing.T) {
	// BMKG: sunset at Banda Aceh on 22 March 2023 at 18:49:16 WIB
	// (https://www.nuansamalut.com/2023/03/12/bmkg-prediksi-hilal-awal-ramadan-jatuh-pada-22-maret-2023/),
	// defined as the upper limb on the horizon.
	got, ok := Sunset(BandaAceh, d(2023, 3, 22))
	want := time.Date(2023, 3, 22, 18, 49, 16, 0, wib)
	if !ok || got.Sub(want).Abs() > 30*time.Second {
		t.Errorf("Sunset(Banda Aceh, 2023-03-22) = %v, %v; want %v ± 30s", got.In(wib), ok, want)
	}
	// No sunset in polar summer.
	if _, ok := Sunset(Place{Name: "Longyearbyen", Lat: 78.2, Lon: 15.6}, d(2024, 6, 21)); ok {
		t.Error("Sunset(Longyearbyen, 2024-06-21) reported a sunset")
	}
}

// TestWaisak2023: Ditjen Bimas Buddha gave the detik-detik Waisak 2567 BE,
// the instant of the full moon, as 4 June 2023 at 10:41:19 WIB
// (https://infosemarang.com/umum/1323/05052023/amp/bukan-6-mei-2023-hari-raya-waisak-jatuh-pada-4-juni-2023).
func TestWaisak2023(t *testing.T) {
	got := WaisakFullMoon(2023)
	want := time.Date(2023, 6, 4, 10, 41, 19, 0, wib)
	if got.Sub(want).Abs() > time.Minute {
		t.Errorf("WaisakFullMoon(2023) = %v, want %v ± 1 min", got.In(wib), want)
	}
}

// TestElongation2025: Kanwil Kemenag Aceh found the geocentric elongation
// at sunset on 28 February 2025 (29 Syakban 1446) to be 6.4° at Lhoknga,
// near Banda Aceh, just enough for the criterion
// (https://arrahmah.id/hilal-di-aceh-penuhi-kriteria-imkanurrukyat-mabims).
// Here it is 6.3975° at Banda Aceh (6.4007° at Lhoknga), so HijriStart has
// Ramadan 1446 begin on 2 March, a day after Kemenag: a case for the "near
// the limit" warning of package libur.
func TestElongation2025(t *testing.T) {
	m := HijriStart(1446, 9)
	if !near(m.Elongation, 6.4, 0.05) || m.Conjunction.In(wib).Day() != 28 {
		t.Errorf("HijriStart(1446, 9) = conjunction %v, elongation %.3f°; want 28 February, 6.4°", m.Conjunction.In(wib), m.Elongation)
	}
}

// TestApparentAltitude compares the apparent altitude with the "tinggi
// hilal" Kemenag quoted for the westernmost point of Indonesia: 7°37′50″ at
// Sabang on 9 April 2024
// (https://ramadhan.republika.co.id/berita/sboblc423/tim-hisab-rukyat-tinggi-hilal-jauh-di-atas-kriteria-mabims-1-syawal-jatuh-pada-10-april),
// at most 4.68° on 28 February 2025
// (https://onews.id/alasan-pemerintah-tetapkan-1-ramadan-1446-h-pada-1-maret-2025)
// and at most 5°33.57′ on 1 May 2022
// (https://www.idxchannel.com/syariah/kemenag-klaim-posisi-hilal-awal-syawal-1443h2022m-masuk-kriteria-mabims).
func TestApparentAltitude(t *testing.T) {
	for _, tt := range []struct {
		year, month int
		want        float64
	}{
		{1445, 10, 7 + 37.0/60 + 50.0/3600},
		{1446, 9, 4.68},
		{1443, 10, 5 + 33.57/60},
	} {
		m := HijriStart(tt.year, tt.month)
		if !near(m.ApparentAltitude, tt.want, 0.05) || m.Altitude-m.ApparentAltitude < 0.6 {
			t.Errorf("HijriStart(%d, %d): apparent altitude %.2f° (geocentric %.2f°), want %.2f°",
				tt.year, tt.month, m.ApparentAltitude, m.Altitude, tt.want)
		}
	}
}

// official are the dates of the SKB 3 Menteri of each year (see package
// libur's data for the decrees and sources).
var official = struct {
	syawal, zulhijah10, muharam, rajab27, rabiulawal12 map[int]tahapan.Date // by Hijri year
	imlek, nyepi, waisak                               map[int]tahapan.Date // by Gregorian year
}{
	syawal: map[int]tahapan.Date{1440: d(2019, 6, 5), 1441: d(2020, 5, 24), 1442: d(2021, 5, 13), 1443: d(2022, 5, 2),
		1444: d(2023, 4, 22), 1445: d(2024, 4, 10), 1446: d(2025, 3, 31), 1447: d(2026, 3, 21)},
	zulhijah10: map[int]tahapan.Date{1440: d(2019, 8, 11), 1441: d(2020, 7, 31), 1442: d(2021, 7, 20), 1443: d(2022, 7, 10),
		1444: d(2023, 6, 29), 1445: d(2024, 6, 17), 1446: d(2025, 6, 6), 1447: d(2026, 5, 27)},
	muharam: map[int]tahapan.Date{1441: d(2019, 9, 1), 1442: d(2020, 8, 20), 1443: d(2021, 8, 11), 1444: d(2022, 7, 30),
		1445: d(2023, 7, 19), 1446: d(2024, 7, 7), 1447: d(2025, 6, 27), 1448: d(2026, 6, 16)},
	rajab27: map[int]tahapan.Date{1440: d(2019, 4, 3), 1441: d(2020, 3, 22), 1442: d(2021, 3, 11), 1443: d(2022, 2, 28),
		1444: d(2023, 2, 18), 1445: d(2024, 2, 8), 1446: d(2025, 1, 27), 1447: d(2026, 1, 16)},
	rabiulawal12: map[int]tahapan.Date{1441: d(2019, 11, 9), 1442: d(2020, 10, 29), 1443: d(2021, 10, 20), 1444: d(2022, 10, 8),
		1445: d(2023, 9, 28), 1446: d(2024, 9, 16), 1447: d(2025, 9, 5), 1448: d(2026, 8, 25)},
	imlek: map[int]tahapan.Date{2019: d(2019, 2, 5), 2020: d(2020, 1, 25), 2021: d(2021, 2, 12), 2022: d(2022, 2, 1),
		2023: d(2023, 1, 22), 2024: d(2024, 2, 10), 2025: d(2025, 1, 29), 2026: d(2026, 2, 17)},
	nyepi: map[int]tahapan.Date{2019: d(2019, 3, 7), 2020: d(2020, 3, 25), 2021: d(2021, 3, 14), 2022: d(2022, 3, 3),
		2023: d(2023, 3, 22), 2024: d(2024, 3, 11), 2025: d(2025, 3, 29), 2026: d(2026, 3, 19)},
	waisak: map[int]tahapan.Date{2019: d(2019, 5, 19), 2020: d(2020, 5, 7), 2021: d(2021, 5, 26), 2022: d(2022, 5, 16),
		2023: d(2023, 6, 4), 2024: d(2024, 5, 23), 2025: d(2025, 5, 12), 2026: d(2026, 5, 31)},
}

// TestHijriStartOfficial checks the hisab against the Islamic holidays of
// 2019–2026. It misses three, each by a day: Tahun Baru Islam 1443 and
// Maulid 1443, which the government moved a day later in 2021 (SKB
// 712/2021, 1/2021, 3/2021), and Isra Mikraj 1443, which the SKB of 2022
// set in September 2021, before Kemenag adopted the criterion 3-6.4: by
// the criterion 2-3-8 the hisab gives the decreed 28 February.
func TestHijriStartOfficial(t *testing.T) {
	misses := map[string]tahapan.Date{
		"1 Muharam 1443": d(2021, 8, 10), "12 Rabiulawal 1443": d(2021, 10, 19), "27 Rajab 1443": d(2022, 3, 1),
	}
	check := func(what string, got, want tahapan.Date) {
		t.Helper()
		if miss, ok := misses[what]; ok {
			if got != miss {
				t.Errorf("%s = %v, want the known miss %v (decreed %v)", what, got, miss, want)
			}
			return
		}
		if got != want {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	for y := 1440; y <= 1448; y++ {
		if want, ok := official.syawal[y]; ok {
			check("1 Syawal "+itoa(y), HijriStart(y, 10).Start, want)
		}
		if want, ok := official.zulhijah10[y]; ok {
			check("10 Zulhijah "+itoa(y), HijriStart(y, 12).Start.AddDays(9), want)
		}
		if want, ok := official.muharam[y]; ok {
			check("1 Muharam "+itoa(y), HijriStart(y, 1).Start, want)
		}
		if want, ok := official.rajab27[y]; ok {
			check("27 Rajab "+itoa(y), HijriStart(y, 7).Start.AddDays(26), want)
		}
		if want, ok := official.rabiulawal12[y]; ok {
			check("12 Rabiulawal "+itoa(y), HijriStart(y, 3).Start.AddDays(11), want)
		}
	}
	// Isra Mikraj 1443 by the criterion in force when its SKB was signed.
	m := HijriStart(1443, 7)
	if !MABIMS238.Met(m.Altitude, m.Elongation, m.Age) || m.Met {
		t.Errorf("Rajab 1443: altitude %.2f°, elongation %.2f°: want 2-3-8 met and 3-6.4 not", m.Altitude, m.Elongation)
	}
}

func itoa(n int) string { return time.Date(n, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006") }

func TestHijriMonths(t *testing.T) {
	// Every month from 1900 to 2100 has 29 or 30 days, and HijriDate
	// inverts HijriStart.
	prev := HijriStart(1317, 1) // May 1899
	for n := 1; n < 12*204; n++ {
		m := HijriStart(1317, 1+n)
		if l := m.Start.DaysSince(prev.Start); l != 29 && l != 30 {
			t.Errorf("%d/%d has %d days", prev.Month, prev.Year, l)
		}
		if y, mo, day := HijriDate(m.Start.AddDays(-1)); y != prev.Year || mo != prev.Month || day < 29 {
			t.Errorf("HijriDate(%v) = %d-%d-%d, want the last day of %d-%d", m.Start.AddDays(-1), y, mo, day, prev.Year, prev.Month)
		}
		if y, mo, day := HijriDate(m.Start); y != m.Year || mo != m.Month || day != 1 {
			t.Errorf("HijriDate(%v) = %d-%d-%d, want %d-%d-1", m.Start, y, mo, day, m.Year, m.Month)
		}
		prev = m
	}
	if prev.Year != 1520 || prev.Month != 12 || prev.Start.Year != 2097 {
		t.Errorf("last month checked: %d-%d on %v", prev.Year, prev.Month, prev.Start)
	}
}

func TestCriterion(t *testing.T) {
	for _, tt := range []struct {
		c          Criterion
		alt, elong float64
		age        time.Duration
		want       bool
	}{
		{MABIMS364, 3, 6.4, 0, true},
		{MABIMS364, 2.99, 10, 20 * time.Hour, false},
		{MABIMS364, 5, 6.39, 20 * time.Hour, false},
		{MABIMS238, 2, 3, 0, true},
		{MABIMS238, 2, 2.5, 8 * time.Hour, true},
		{MABIMS238, 2, 2.5, 7 * time.Hour, false},
		{MABIMS238, 1.9, 5, 10 * time.Hour, false},
	} {
		if got := tt.c.Met(tt.alt, tt.elong, tt.age); got != tt.want {
			t.Errorf("%s.Met(%v, %v, %v) = %v, want %v", tt.c.Name, tt.alt, tt.elong, tt.age, got, tt.want)
		}
	}
	if got := KemenagCriterion(time.Date(2021, 12, 31, 16, 59, 0, 0, time.UTC)); got.Name != MABIMS238.Name {
		t.Errorf("criterion on 2021-12-31 23:59 WIB = %s", got.Name)
	}
	if got := KemenagCriterion(time.Date(2021, 12, 31, 17, 0, 0, 0, time.UTC)); got.Name != MABIMS364.Name {
		t.Errorf("criterion on 2022-01-01 00:00 WIB = %s", got.Name)
	}
}

func TestChineseNewYear(t *testing.T) {
	for y, want := range official.imlek {
		if got := ChineseNewYear(y); got != want {
			t.Errorf("ChineseNewYear(%d) = %v, want %v", y, got, want)
		}
	}
	// 2033 has a leap 11th month, which the common rule ("the second new
	// moon after the December solstice", 2034-01-20) gets wrong: the new
	// year begins at the third
	// (http://www.singaporeanlifestyle.com/traditional-chinese-culture/year-2033-the-unusual-leap-month/).
	if got, want := ChineseNewYear(2034), d(2034, 2, 19); got != want {
		t.Errorf("ChineseNewYear(2034) = %v, want %v", got, want)
	}
	// Always between 21 January and 20 February.
	for y := 1900; y <= 2200; y++ {
		if got := ChineseNewYear(y); got.Before(d(y, 1, 21)) || got.After(d(y, 2, 20)) {
			t.Errorf("ChineseNewYear(%d) = %v, outside 21 January – 20 February", y, got)
		}
	}
}

func TestNyepi(t *testing.T) {
	for y, want := range official.nyepi {
		if got := Nyepi(y); got != want {
			t.Errorf("Nyepi(%d) = %v, want %v", y, got, want)
		}
	}
	// PHDI Bali confirmed Nyepi Saka 1948 on penanggal 1 of Kadasa,
	// 19 March 2026 (https://insertbali.com/9322-2-phdi-bali-tegaskan-nyepi-tahun-baru-saka-1948-tetap-19-maret-2026).
	//
	// Nyepi is always in March or early April, and, this century, from a
	// day before to two days after the date (WITA) of the nearest
	// astronomical new moon: the arithmetic month is 29.53125 days, 57
	// seconds longer than the mean lunation, so the calendar drifts later
	// by about a day a century until the Balinese authorities reform it.
	for y := 2000; y <= 2200; y++ {
		got := Nyepi(y)
		if got.Before(d(y, 3, 1)) || got.After(d(y, 4, 5)) {
			t.Errorf("Nyepi(%d) = %v, outside 1 March – 5 April", y, got)
		}
		n := Lunation(got.In(time.UTC).Add(4 * time.Hour)) // noon WITA
		lag := got.DaysSince(dateIn(julianDay(NewMoon(n)), 8))
		if next := got.DaysSince(dateIn(julianDay(NewMoon(n+1)), 8)); -next < lag {
			lag = next
		}
		if y <= 2100 && (lag < -1 || lag > 2) {
			t.Errorf("Nyepi(%d) = %v is %d days after the nearest new moon", y, got, lag)
		}
	}
}

func TestWaisakFullMoon(t *testing.T) {
	for y, want := range official.waisak {
		if got := tahapan.DateOf(WaisakFullMoon(y).In(wib)); got != want {
			t.Errorf("WaisakFullMoon(%d) = %v, want %v", y, got, want)
		}
	}
}

func TestTime(t *testing.T) {
	t0 := time.Date(2024, 2, 14, 7, 0, 0, 0, time.UTC)
	if got := Instant(JDE(t0)); !got.Equal(t0) {
		t.Errorf("Instant(JDE(%v)) = %v", t0, got)
	}
	// ΔT: 63.8 s in 2000 and 32.2 s in 1965 are measured values (Espenak &
	// Meeus, table 1 of https://eclipse.gsfc.nasa.gov/SEhelp/deltatpoly2004.html).
	for _, tt := range []struct {
		t    time.Time
		want float64
	}{
		{time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), 63.8},
		{time.Date(1965, 1, 1, 0, 0, 0, 0, time.UTC), 35.7},
		{time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), -2.8},
	} {
		if got := DeltaT(tt.t).Seconds(); !near(got, tt.want, 1) {
			t.Errorf("DeltaT(%v) = %.1f s, want %.1f s", tt.t, got, tt.want)
		}
	}
}

func TestNoAllocs(t *testing.T) {
	for name, f := range map[string]func(){
		"HijriStart":     func() { HijriStart(1448, 7) },
		"ChineseNewYear": func() { ChineseNewYear(2034) },
		"Nyepi":          func() { Nyepi(2030) },
		"WaisakFullMoon": func() { WaisakFullMoon(2030) },
	} {
		if n := testing.AllocsPerRun(10, f); n != 0 {
			t.Errorf("%s allocates %v times per call, want 0", name, n)
		}
	}
}

func BenchmarkMoon(b *testing.B) {
	for b.Loop() {
		Moon(2461000.5)
	}
}

func BenchmarkSun(b *testing.B) {
	for b.Loop() {
		Sun(2461000.5)
	}
}

func BenchmarkSunset(b *testing.B) {
	for b.Loop() {
		Sunset(BandaAceh, d(2027, 1, 5))
	}
}

func BenchmarkHijriStart(b *testing.B) {
	for b.Loop() {
		HijriStart(1448, 7)
	}
}

func BenchmarkChineseNewYear(b *testing.B) {
	for b.Loop() {
		ChineseNewYear(2034)
	}
}

func BenchmarkNyepi(b *testing.B) {
	for b.Loop() {
		Nyepi(2027)
	}
}

func BenchmarkWaisakFullMoon(b *testing.B) {
	for b.Loop() {
		WaisakFullMoon(2027)
	}
}
