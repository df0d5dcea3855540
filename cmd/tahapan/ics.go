package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/ical"
)

type icsOptions struct {
	*globals
	feed     string
	out      string
	tags     []string
	key      bool
	stages   []string
	alarms   []string
	url      string
	domain   string
	year     yearFlag
	from, to string
	force    bool
}

func newICSCmd(g *globals) *cobra.Command {
	o := &icsOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "ics [--feed stages|holidays|countdown] [--out FILE]",
		Short: "Write an iCalendar feed to subscribe to: the stages, the holidays or a daily countdown",
		Long: `Write an iCalendar (RFC 5545) feed for Google Calendar, Apple Calendar,
Outlook and Thunderbird, on stdout or to --out FILE.

  --feed stages     every stage and sub-stage of --schedule as an all-day event,
                    and the polling hours (07:00-13:00 in --tz); filter with
                    --tag, --key and --stage
  --feed holidays   the non-working days (libur nasional, cuti bersama, libur
                    pemilu) of --year, or --from/--to (default: the year of --at)
  --feed countdown  one event a day, "H-150 Pemungutan Suara ...", over --year
                    or --from/--to (default: from --at to voting day)

The same input always gives the same bytes: UIDs, DTSTAMP and SEQUENCE come
from the schedule and its revisions, never from the clock, so a feed can be
regenerated at will and subscribers see updates, not duplicates. --url is the
public folder the feed is published in; it is written as URL and, with the
name of --out, as SOURCE. --out writes through a temporary file, so a web
server never serves half a feed, and refuses to replace an existing file
unless --force is given. Google Calendar and Outlook ignore --alarm in
subscribed feeds; Apple Calendar and Thunderbird offer it.`,
		Example: `  tahapan ics --schedule pemilu-2024 --out pemilu-2024.ics
  tahapan ics --schedule pemilu-2024 --key --lang en --tz WITA --alarm -P1D
  tahapan ics --feed holidays --year 2024 --out libur-2024.ics
  tahapan ics --feed countdown --schedule pemilu-2024 --from 2023-09-17 --to 2024-02-14`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return o.run(cmd)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.feed, "feed", "stages", "which feed: stages, holidays or countdown")
	f.StringVar(&o.out, "out", "", "write the feed to FILE (whole or not at all) instead of stdout")
	f.BoolVar(&o.force, "force", false, "replace FILE if it exists")
	f.StringSliceVar(&o.tags, "tag", nil, "stages feed: only stages with one of these tags (repeat or separate with commas)")
	f.BoolVar(&o.key, "key", false, "stages feed: only key dates")
	f.StringSliceVar(&o.stages, "stage", nil, "stages feed: only these stage ids")
	f.StringSliceVar(&o.alarms, "alarm", nil, "add a reminder at this offset from each event's start, e.g. -P1D or -PT2H (repeatable)")
	f.StringVar(&o.url, "url", "", "public base URL of the folder the feed is published in")
	f.StringVar(&o.domain, "domain", "", "domain part of the UIDs (default "+ical.DefaultDomain+"); never change it once published")
	f.Var(&o.year, "year", "holidays and countdown feeds: a calendar year")
	f.StringVar(&o.from, "from", "", "holidays and countdown feeds: first day, YYYY-MM-DD (with --to)")
	f.StringVar(&o.to, "to", "", "holidays and countdown feeds: last day, YYYY-MM-DD (with --from)")
	return cmd
}

// isDomain reports whether s is a domain name of lower-case ASCII labels,
// as `^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`
// matches: labels of letters, digits and inner hyphens, joined by dots.
func isDomain(s string) bool {
	for label := range strings.SplitSeq(s, ".") {
		if label == "" || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			if c := label[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// maxDomain is the longest domain name DNS allows, in bytes.
const maxDomain = 253

// run writes the feed in three steps: options checks the flags, plan
// loads the data and decides what to encode, and write encodes it and
// writes it out whole.
func (o *icsOptions) run(cmd *cobra.Command) error {
	opt, err := o.options()
	if err != nil {
		return err
	}
	encode, err := o.plan(opt)
	if err != nil {
		return err
	}
	return o.write(cmd, encode)
}

// options checks the flags that do not need the data and returns the
// feed's options.
func (o *icsOptions) options() (ical.Options, error) {
	opt := ical.Options{Lang: o.lang, Zone: o.loc(), BaseURL: o.url, Domain: o.domain}
	if err := checkBaseURL("--url", o.url); err != nil {
		return opt, err
	}
	if o.domain != "" && (len(o.domain) > maxDomain || !isDomain(o.domain)) {
		return opt, badInput("--domain: invalid domain %q: want lower-case letters, digits, '-' and '.', at most %d bytes", shortValue(o.domain), maxDomain)
	}
	if o.out != "" {
		opt.FileName = filepath.Base(o.out)
	}
	for _, a := range o.alarms {
		d, err := parseAlarm(a)
		if err != nil {
			return opt, err
		}
		opt.Alarms = append(opt.Alarms, d)
	}
	ranged := o.year != 0 || o.from != "" || o.to != ""
	filtered := len(o.tags) > 0 || o.key || len(o.stages) > 0
	switch {
	case o.feed != "stages" && o.feed != "holidays" && o.feed != "countdown":
		return opt, badInput("invalid --feed %q: want stages, holidays or countdown", shortValue(o.feed))
	case o.feed == "stages" && ranged:
		return opt, badInput("--year, --from and --to apply to --feed holidays or countdown, not stages")
	case o.feed != "stages" && filtered:
		return opt, badInput("--tag, --key and --stage apply to --feed stages only")
	}
	return opt, nil
}

// plan loads what the feed is made of, checks the flags against it and
// returns the encoder of the feed.
func (o *icsOptions) plan(opt ical.Options) (func(io.Writer) error, error) {
	switch o.feed {
	case "holidays":
		from, to, err := o.span()
		if err != nil {
			return nil, err
		}
		c, err := o.calendar(calendarOptions{})
		if err != nil {
			return nil, err
		}
		days := c.Holidays(from, to)
		return func(w io.Writer) error { return ical.EncodeHolidays(w, days, opt) }, nil
	case "countdown":
		return o.planCountdown(opt)
	}
	return o.planStages(opt)
}

// planStages checks --tag and --stage against the schedules.
func (o *icsOptions) planStages(opt ical.Options) (func(io.Writer) error, error) {
	_, list, err := o.setupAll()
	if err != nil {
		return nil, err
	}
	if err := checkTags(list, o.tags); err != nil {
		return nil, err
	}
	for _, id := range o.stages {
		found := false
		var err error
		for _, s := range list {
			if _, err = s.Stage(id); err == nil {
				found = true
			}
		}
		if !found {
			return nil, inputError{fmt.Errorf("--stage: %w", err)}
		}
	}
	opt.Tags, opt.KeyOnly, opt.Stages = o.tags, o.key, o.stages
	return func(w io.Writer) error { return ical.EncodeAll(w, list, opt) }, nil
}

// planCountdown decides the days of a countdown feed: --year or
// --from/--to, or from --at to voting day (to the last known date of a
// schedule with no voting day yet).
func (o *icsOptions) planCountdown(opt ical.Options) (func(io.Writer) error, error) {
	now, s, err := o.setup()
	if err != nil {
		return nil, err
	}
	ranged := o.year != 0 || o.from != "" || o.to != ""
	vd, set := s.VotingDay()
	p := tahapan.Period{Start: tahapan.Today(now, o.loc()), End: vd}
	if !set && !ranged {
		// No voting day yet: count to the last known date.
		if sp, ok := s.Span(); ok {
			p.End = sp.End
		}
	}
	if ranged {
		p.Start, p.End, err = o.span()
		if err != nil {
			return nil, err
		}
	} else if p.End.Before(p.Start) {
		return nil, badInput("voting day %s of %s is past: give --year or --from and --to", vd, s.ID)
	}
	if p.Days() > ical.MaxDays {
		return nil, badInput("the range %s is %d days long: at most %d", p, p.Days(), ical.MaxDays)
	}
	return func(w io.Writer) error { return ical.EncodeCountdown(w, s, p, opt) }, nil
}

// span is the range of --year or --from/--to, as the holidays command
// reads it.
func (o *icsOptions) span() (from, to tahapan.Date, err error) {
	return (&holidaysOptions{globals: o.globals, year: int(o.year), from: o.from, to: o.to}).span()
}

// write encodes the feed into memory, then writes it to stdout or, whole
// or not at all, to --out.
func (o *icsOptions) write(cmd *cobra.Command, encode func(io.Writer) error) error {
	var b bytes.Buffer
	if err := encode(&b); err != nil {
		return err
	}
	if o.out == "" {
		_, err := cmd.OutOrStdout().Write(b.Bytes())
		return err
	}
	return writeFileAtomic(o.out, b.Bytes(), o.force)
}

// parseAlarm reads an RFC 5545 duration (-P1D, -PT2H) or, for
// convenience, a Go duration (-24h, -90m).
func parseAlarm(s string) (time.Duration, error) {
	if len(s) > 40 {
		return 0, badInput("--alarm: invalid duration %q: want the form [-]P[nW][nD][T[nH][nM][nS]], such as \"-P1D\" or \"-PT30M\"", shortValue(s))
	}
	d, err := ical.ParseDuration(s)
	if err == nil {
		return d, nil
	}
	if gd, gerr := time.ParseDuration(s); gerr == nil {
		return gd, nil
	}
	return 0, inputError{fmt.Errorf("--alarm: %w", err)}
}
