package ical_test

import (
	"bufio"
	"bytes"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/ical"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

// printLines prints the content lines of feed whose name is one of names,
// unfolded, one per line.
func printLines(feed []byte, names ...string) {
	sc := bufio.NewScanner(bytes.NewReader(bytes.ReplaceAll(feed, []byte("\r\n "), nil)))
	for sc.Scan() {
		for _, n := range names {
			if strings.HasPrefix(sc.Text(), n+":") || strings.HasPrefix(sc.Text(), n+";") {
				fmt.Println(sc.Text())
			}
		}
	}
}

func ExampleEncode() {
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		log.Fatal(err)
	}
	wita, err := tahapan.Zone("WITA")
	if err != nil {
		log.Fatal(err)
	}
	var feed bytes.Buffer
	err = ical.Encode(&feed, s, ical.Options{
		Lang:   "en",
		Zone:   wita, // polling hours in Makassar, Bali, Kalimantan Timur…
		Stages: []string{"masa-kampanye", "pemungutan-suara"},
		Alarms: []time.Duration{-24 * time.Hour},
	})
	if err != nil {
		log.Fatal(err)
	}
	printLines(feed.Bytes(), "NAME", "TZID", "UID", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE", "TRIGGER")
	// Output:
	// NAME:2024 General Election stages (selected)
	// TZID:Asia/Makassar
	// DTSTART:20240101T000000
	// UID:pemilu-2024/masa-kampanye@tahapan.kalender-pemilu.id
	// DTSTART;VALUE=DATE:20231128
	// DTEND;VALUE=DATE:20240211
	// SUMMARY:Campaign period
	// SEQUENCE:0
	// TRIGGER:-P1D
	// UID:pemilu-2024/pemungutan-suara@tahapan.kalender-pemilu.id
	// DTSTART;VALUE=DATE:20240214
	// DTEND;VALUE=DATE:20240215
	// SUMMARY:Polling day
	// SEQUENCE:0
	// TRIGGER:-P1D
	// UID:pemilu-2024/polling-hours/asia-makassar@tahapan.kalender-pemilu.id
	// DTSTART;TZID=Asia/Makassar:20240214T070000
	// DTEND;TZID=Asia/Makassar:20240214T130000
	// SUMMARY:Polls open: 2024 General Election voting (07:00–13:00 WITA)
	// SEQUENCE:0
	// TRIGGER:-P1D
}

func ExampleEncodeCountdown() {
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		log.Fatal(err)
	}
	var feed bytes.Buffer
	days := tahapan.Period{Start: tahapan.D(2024, 2, 12), End: tahapan.D(2024, 2, 15)}
	if err := ical.EncodeCountdown(&feed, s, days, ical.Options{}); err != nil {
		log.Fatal(err)
	}
	printLines(feed.Bytes(), "DTSTART", "SUMMARY")
	// Output:
	// DTSTART;VALUE=DATE:20240212
	// SUMMARY:H-2 Pemungutan Suara Pemilu Serentak 2024
	// DTSTART;VALUE=DATE:20240213
	// SUMMARY:H-1 Pemungutan Suara Pemilu Serentak 2024
	// DTSTART;VALUE=DATE:20240214
	// SUMMARY:H Pemungutan Suara Pemilu Serentak 2024
	// DTSTART;VALUE=DATE:20240215
	// SUMMARY:H+1 Pemungutan Suara Pemilu Serentak 2024
}

func ExampleLint() {
	feed := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//example//feed//EN\r\n" +
		"BEGIN:VEVENT\r\nUID:kampanye@example.org\r\nDTSTAMP:20240101T000000Z\r\n" +
		"DTSTART;VALUE=DATE:20231128\r\nDTEND;VALUE=DATE:20231128\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nUID:kampanye@example.org\r\n" +
		"DTSTART;TZID=Asia/Jakarta:20240214T070000\r\nEND:VEVENT\r\n" +
		"END:VCALENDAR\n"
	problems, err := ical.Lint(strings.NewReader(feed))
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range problems {
		fmt.Println(p)
	}
	// Output:
	// line 8: DTEND 20231128 is not after DTSTART 20231128
	// line 10: VEVENT has no DTSTAMP
	// line 11: duplicate UID "kampanye@example.org" (first at line 5)
	// line 12: DTSTART: TZID "Asia/Jakarta" has no VTIMEZONE
	// line 14: line ends in LF, not CRLF
}

func ExampleFormatDuration() {
	fmt.Println(ical.FormatDuration(-24 * time.Hour))
	fmt.Println(ical.FormatDuration(-90 * time.Minute))
	d, err := ical.ParseDuration("-P1DT12H")
	fmt.Println(d, err)
	// Output:
	// -P1D
	// -PT1H30M
	// -36h0m0s <nil>
}

// Before publishing a feed, write it with Encode and check it with Lint.
func Example_publish() {
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		log.Fatal(err)
	}
	var feed bytes.Buffer
	opt := ical.Options{KeyOnly: true, BaseURL: "https://example.org/ics", FileName: "pemilu-2024-penting.ics"}
	if err := ical.Encode(&feed, s, opt); err != nil {
		log.Fatal(err)
	}
	problems, err := ical.Lint(bytes.NewReader(feed.Bytes()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(problems), "problems")
	printLines(feed.Bytes(), "SOURCE")
	// Output:
	// 0 problems
	// SOURCE:https://example.org/ics/pemilu-2024-penting.ics
}

func ExampleEncodeHolidays() {
	cal, err := libur.New(libur.Options{})
	if err != nil {
		log.Fatal(err)
	}
	days := cal.Holidays(tahapan.D(2024, 2, 8), tahapan.D(2024, 2, 14))
	var feed bytes.Buffer
	if err := ical.EncodeHolidays(&feed, days, ical.Options{}); err != nil {
		log.Fatal(err)
	}
	printLines(feed.Bytes(), "UID", "SUMMARY")
	// Output:
	// UID:libur/2024-02-08/libur_nasional@tahapan.kalender-pemilu.id
	// SUMMARY:Isra Mikraj Nabi Muhammad SAW
	// UID:libur/2024-02-09/cuti_bersama@tahapan.kalender-pemilu.id
	// SUMMARY:Cuti Bersama Tahun Baru Imlek 2575 Kongzili
	// UID:libur/2024-02-10/libur_nasional@tahapan.kalender-pemilu.id
	// SUMMARY:Tahun Baru Imlek 2575 Kongzili
	// UID:libur/2024-02-14/libur_pemilu@tahapan.kalender-pemilu.id
	// SUMMARY:Hari Pemungutan Suara Pemilu 2024
}
