package hisab_test

import (
	"fmt"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan/libur/internal/hisab"
)

func ExampleHijriStart() {
	// 1 Syawal 1444: the hilal of 20 April 2023 was above the horizon but
	// below the MABIMS criterion, so Ramadan was completed to 30 days.
	m := hisab.HijriStart(1444, 10)
	fmt.Println(m.Start, m.Criterion.Name, m.Met)
	fmt.Printf("conjunction %s WIB, altitude %.1f°, elongation %.1f°\n",
		m.Conjunction.In(time.FixedZone("WIB", 7*3600)).Format("2006-01-02 15:04"), m.Altitude, m.Elongation)
	// Output:
	// 2023-04-22 MABIMS 3-6.4 false
	// conjunction 2023-04-20 11:12 WIB, altitude 3.0°, elongation 4.0°
}

func ExampleHijriDate() {
	y, m, d := hisab.HijriDate(hisab.HijriStart(1448, 7).Start.AddDays(26))
	fmt.Println(d, hisab.MonthName(m), y)
	// Output:
	// 27 Rajab 1448
}

func ExampleChineseNewYear() {
	fmt.Println(hisab.ChineseNewYear(2027), hisab.ChineseNewYear(2034))
	// Output:
	// 2027-02-06 2034-02-19
}

func ExampleNyepi() {
	fmt.Println(hisab.Nyepi(2026), hisab.Nyepi(2027))
	// Output:
	// 2026-03-19 2027-03-08
}

func ExampleWaisakFullMoon() {
	wib := time.FixedZone("WIB", 7*3600)
	fmt.Println(hisab.WaisakFullMoon(2023).In(wib).Format("2006-01-02 15:04 MST"))
	// Output:
	// 2023-06-04 10:41 WIB
}

func ExampleMoon() {
	// Meeus, Astronomical Algorithms, example 47.a: 1992 April 12, 0h TD.
	m := hisab.Moon(2448724.5)
	fmt.Printf("λ %.4f° β %.4f° Δ %.0f km\n", m.Lon, m.Lat, m.Dist)
	// Output:
	// λ 133.1672° β -3.2291° Δ 368410 km
}

func ExampleNewMoon() {
	n := hisab.Lunation(time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC))
	fmt.Println(n, hisab.NewMoon(n).Format(time.RFC3339))
	// Output:
	// 299 2024-03-10T09:00:18Z
}
