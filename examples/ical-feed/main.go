// Command ical-feed writes an iCalendar feed of the key dates of an
// embedded election schedule, checks it with ical.Lint, and writes it to
// stdout or a file, ready to publish for Google Calendar, Apple Calendar,
// Outlook and Thunderbird subscribers:
//
//	go run ./examples/ical-feed -schedule pemilu-2024 -lang en -tz WITA -out key-dates.ics
//
// It uses only the public packages: schedules, tahapan and tahapan/ical.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"time"
	_ "time/tzdata" // zones work without a system tz database

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/ical"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("ical-feed: ")
	id := flag.String("schedule", "pemilu-2024", "embedded schedule id")
	lang := flag.String("lang", "id", "language: id or en")
	tz := flag.String("tz", "WIB", "zone of the polling hours: WIB, WITA, WIT or an IANA name")
	remind := flag.Bool("remind", false, "add a reminder one day before each event (Apple Calendar and Thunderbird only)")
	out := flag.String("out", "", "write to this file instead of stdout")
	flag.Parse()

	l, err := kata.Parse(*lang)
	if err != nil {
		log.Fatal(err)
	}
	s, err := schedules.Load(*id)
	if err != nil {
		log.Fatal(err)
	}
	zone, err := tahapan.Zone(*tz)
	if err != nil {
		log.Fatal(err)
	}
	opt := ical.Options{Lang: l, Zone: zone, KeyOnly: true}
	if *remind {
		opt.Alarms = []time.Duration{-24 * time.Hour}
	}
	var feed bytes.Buffer
	if err := ical.Encode(&feed, s, opt); err != nil {
		log.Fatal(err)
	}
	problems, err := ical.Lint(bytes.NewReader(feed.Bytes()))
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range problems {
		log.Printf("feed: %s", p)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
	if *out == "" {
		os.Stdout.Write(feed.Bytes())
		return
	}
	if err := os.WriteFile(*out, feed.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "ical-feed: wrote %s (%d bytes, key dates of %s)\n", *out, feed.Len(), s.LocalName(l))
}
