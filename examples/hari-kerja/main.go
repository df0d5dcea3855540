// Command hari-kerja computes a deadline counted in working days (hari kerja)
// and prints every day it skipped, with the reason, so the count can be
// checked line by line.
//
// With no arguments it computes a real deadline: the Constitutional Court
// decides legislative election disputes within 30 working days of
// registering the case, the day of registration being day 1 (PMK 1/2024).
// The 2024 cases were registered on 23 April 2024; the last rulings were
// read on 10 June 2024.
//
//	go run ./examples/hari-kerja
//	go run ./examples/hari-kerja 2024-04-23 30
//	go run ./examples/hari-kerja -holidays libur-2028.yaml 2027-12-20 10
//
// With arguments DATE N, DATE is day 1 and the deadline is the N-th working
// day counting from it; a negative N gives the -N-th working day before
// DATE.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("hari-kerja", flag.ContinueOnError)
	fs.SetOutput(stderr)
	holidays := fs.String("holidays", "", "YAML `file` with more non-working days (libur.Load format)")
	cuti := fs.Bool("cuti-kerja", false, "count cuti bersama days as working days")
	if err := fs.Parse(args); err != nil {
		return 2
	}

	day1, n := tahapan.D(2024, 4, 23), 30
	what := "Putusan PHPU Pileg 2024: 30 hari kerja sejak perkara dicatat (hari ke-1: 2024-04-23)"
	switch fs.NArg() {
	case 0:
	case 2:
		var err error
		if day1, err = tahapan.ParseDate(fs.Arg(0)); err != nil {
			fmt.Fprintln(stderr, "hari-kerja:", err)
			return 2
		}
		if n, err = strconv.Atoi(fs.Arg(1)); err != nil {
			fmt.Fprintf(stderr, "hari-kerja: invalid number of working days %q\n", fs.Arg(1))
			return 2
		}
		what = fmt.Sprintf("%d hari kerja sejak %s (hari ke-1)", n, day1)
		if n < 0 {
			what = fmt.Sprintf("%d hari kerja sebelum %s", -n, day1)
		}
	default:
		fmt.Fprintln(stderr, "usage: hari-kerja [-holidays FILE] [-cuti-kerja] [DATE N]")
		return 2
	}

	opt := libur.Options{CutiIsWorkday: *cuti}
	if *holidays != "" {
		extra, err := libur.LoadFile(*holidays)
		if err != nil {
			for _, e := range tahapan.Errors(err) {
				fmt.Fprintln(stderr, e)
			}
			return 1
		}
		opt.Extra = extra
	}
	c, err := libur.New(opt)
	if err != nil {
		fmt.Fprintln(stderr, "hari-kerja:", err)
		return 1
	}

	// Day 1 is counted, so count from the day before it.
	start := day1.AddDays(-1)
	if n < 0 {
		start = day1
	}
	due, ex := c.Deadline(start, n)

	fmt.Fprintln(stdout, what)
	fmt.Fprintf(stdout, "Tenggat: %s\n", due)
	fmt.Fprintf(stdout, "Dihitung %s s.d. %s: %d hari kerja; hari yang dilewati:\n", ex.From, ex.To, ex.Workdays)
	for _, s := range ex.Skipped {
		fmt.Fprintln(stdout, "  "+s.String())
	}
	if ex.Estimated {
		fmt.Fprintln(stdout)
		fmt.Fprintln(stdout, libur.EstimatedNote)
	}
	return 0
}
