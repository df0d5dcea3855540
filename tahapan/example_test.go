package tahapan_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
)

func ExampleLoad() {
	const doc = `
id: contoh
name: Pemilu Contoh
voting_day: 2024-02-14
stages:
  - id: masa-tenang
    name: Masa Tenang
    start: 2024-02-11
    end: 2024-02-13
`
	s, err := tahapan.Load(strings.NewReader(doc), "contoh.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	st, _ := s.Stage("masa-tenang")
	vd, _ := s.VotingDay()
	fmt.Println(s.Name, vd, st.Period, st.Days(), "days")
	// Output: Pemilu Contoh 2024-02-14 2024-02-11/2024-02-13 3 days
}

// Every problem in a file is reported at once, each with file:line:col.
func ExampleLoad_errors() {
	const doc = `id: contoh
name: Pemilu Contoh
voting_day: 2024-02-30
stages:
  - id: kampanye
    name: Kampanye
    start: 2024-02-10
    end: 2023-11-28
    strat: 2023-11-28
`
	_, err := tahapan.Load(strings.NewReader(doc), "contoh.yaml")
	for _, e := range tahapan.Errors(err) {
		fmt.Println(e)
	}
	// Output:
	// contoh.yaml:3:13: voting_day: invalid date "2024-02-30": day out of range
	// contoh.yaml:8:10: stage "kampanye": end 2023-11-28 is before start 2024-02-10
	// contoh.yaml:9:5: stage "kampanye": unknown field "strat" (did you mean "start"?)
}

func ExampleSchedule_Countdown() {
	s, _ := schedules.Load("pemilu-2024")
	wib, _ := tahapan.Zone("WIB")
	now := time.Date(2023, 7, 23, 9, 0, 0, 0, wib)
	c := s.Countdown(now, wib)
	fmt.Println(c.Label(), c.Days, "days,", c.Months, "months", c.RemainderDays, "days,", c.Weeks, "weeks")
	fmt.Println(c.Text("id"))
	fmt.Println("polls open", c.PollsOpen.Format(time.RFC3339), "in", c.Until)
	// Output:
	// H-206 206 days, 6 months 22 days, 29 weeks
	// H-206 menuju Pemungutan Suara Pemilu Serentak 2024 (Rabu, 14 Februari 2024) · 6 bulan 22 hari lagi
	// polls open 2024-02-14T07:00:00+07:00 in 4942h0m0s
}

// The day flips at local midnight: 23:30 in Jakarta is already voting day
// in Makassar.
func ExampleSchedule_Countdown_zones() {
	s, _ := schedules.Load("pemilu-2024")
	now := time.Date(2024, 2, 13, 23, 30, 0, 0, time.FixedZone("UTC+7", 7*3600))
	for _, z := range []string{"WIB", "WITA", "WIT"} {
		loc, _ := tahapan.Zone(z)
		fmt.Println(z, s.Countdown(now, loc).Label())
	}
	// Output:
	// WIB H-1
	// WITA H
	// WIT H
}

func ExampleSchedule_InProgress() {
	s, _ := schedules.Load("pemilu-2024")
	wib, _ := tahapan.Zone("WIB")
	now := time.Date(2024, 1, 21, 10, 0, 0, 0, wib)
	for _, st := range s.InProgress(now, wib) {
		if st.Key {
			fmt.Printf("%s: %s\n", st.Name, st.Progress(now, wib).Text("id"))
		}
	}
	fmt.Println("next:", s.Next(now, wib).Name)
	// Output:
	// Perencanaan program dan anggaran serta penyusunan peraturan pelaksanaan: hari ke-587 dari 732
	// Masa Kampanye Pemilu: hari ke-55 dari 75
	// Rapat umum; iklan media massa cetak, elektronik, dan daring: hari ke-1 dari 21
	// next: Debat pasangan calon ke-5
}

func ExamplePeriod_Contains() {
	kampanye := tahapan.Period{Start: tahapan.D(2023, 11, 28), End: tahapan.D(2024, 2, 10)}
	fmt.Println(kampanye.Days(), kampanye.Contains(tahapan.D(2024, 2, 10)), kampanye.Contains(tahapan.D(2024, 2, 11)))
	// Output: 75 true false
}

func ExampleMonthsBetween() {
	m, d := tahapan.MonthsBetween(tahapan.D(2023, 8, 31), tahapan.D(2024, 2, 14))
	fmt.Println(tahapan.Span(m, d, "id"), "/", tahapan.Span(m, d, "en"))
	// Output: 5 bulan 14 hari / 5 months 14 days
}

func ExampleFormatDate() {
	fmt.Println(tahapan.FormatDate(tahapan.D(2024, 11, 27), "id"))
	// Output: Rabu, 27 November 2024
}
