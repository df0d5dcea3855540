// Command posting-harian prints the caption of the day for every platform
// (Instagram, Facebook, X, YouTube and TikTok), the daily post that a KPU
// office makes. It uses only the public API of tahapan.
//
//	go run ./examples/posting-harian                 # today, by the real clock
//	go run ./examples/posting-harian 2023-07-23      # any day
//	go run ./examples/posting-harian -tz WITA -lang en -schedule pemilu-2024 2024-02-13
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	_ "time/tzdata" // zones must work on machines without a tz database

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, time.Now()); err != nil {
		fmt.Fprintln(os.Stderr, "posting-harian:", err)
		os.Exit(1)
	}
}

// run prints the captions. now is the clock's reading: the library never
// reads the clock itself, so a day given as an argument simply replaces it.
func run(args []string, w io.Writer, now time.Time) error {
	fs := flag.NewFlagSet("posting-harian", flag.ContinueOnError)
	schedule := fs.String("schedule", "pemilu-2024", "embedded schedule id")
	zone := fs.String("tz", "WIB", "time zone: WIB, WITA, WIT or an IANA name")
	lang := fs.String("lang", "id", "language: id or en")
	if err := fs.Parse(args); err != nil {
		return err
	}
	l, err := kata.Parse(*lang)
	if err != nil {
		return err
	}
	loc, err := tahapan.Zone(*zone)
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		day, err := tahapan.ParseDate(fs.Arg(0))
		if err != nil {
			return err
		}
		now = day.At(tahapan.Clock{Hour: 9}, loc) // 09:00, when offices post
	}
	s, err := schedules.Load(*schedule)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s · %s\n", s.LocalName(l), tahapan.FormatDate(tahapan.Today(now, loc), l))
	for _, p := range sosmed.Platforms() {
		c, err := sosmed.NewCaption(s, p, now, sosmed.Options{Lang: l, Zone: loc})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\n=== %s (%d/%d %s)\n%s\n", p.Name(), c.Length, c.Limit, p.Limit().Unit, c.Text)
	}
	return nil
}
