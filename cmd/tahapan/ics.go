package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
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
	year     int
	from, to string
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
name of --out, as SOURCE. Google Calendar and Outlook ignore --alarm in
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
	f.StringVar(&o.out, "out", "", "write the feed to FILE (replaced whole, never half-written) instead of stdout")
	f.StringSliceVar(&o.tags, "tag", nil, "stages feed: only stages with one of these tags (repeat or separate with commas)")
	f.BoolVar(&o.key, "key", false, "stages feed: only key dates")
	f.StringSliceVar(&o.stages, "stage", nil, "stages feed: only these stage ids")
	f.StringSliceVar(&o.alarms, "alarm", nil, "add a reminder at this offset from each event's start, e.g. -P1D or -PT2H (repeatable)")
	f.StringVar(&o.url, "url", "", "public base URL of the folder the feed is published in")
	f.StringVar(&o.domain, "domain", "", "domain part of the UIDs (default "+ical.DefaultDomain+"); never change it once published")
	f.IntVar(&o.year, "year", 0, "holidays and countdown feeds: a calendar year")
	f.StringVar(&o.from, "from", "", "holidays and countdown feeds: first day, YYYY-MM-DD (with --to)")
	f.StringVar(&o.to, "to", "", "holidays and countdown feeds: last day, YYYY-MM-DD (with --from)")
	return cmd
}

var domainRE = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`)

func (o *icsOptions) run(cmd *cobra.Command) error {
	if err := checkBaseURL("--url", o.url); err != nil {
		return err
	}
	if o.domain != "" && !domainRE.MatchString(o.domain) {
		return badInput("--domain: invalid domain %q: want lower-case letters, digits, '-' and '.'", o.domain)
	}
	opt := ical.Options{Lang: o.lang, Zone: o.loc(), BaseURL: o.url, Domain: o.domain}
	if o.out != "" {
		opt.FileName = filepath.Base(o.out)
	}
	for _, a := range o.alarms {
		d, err := parseAlarm(a)
		if err != nil {
			return err
		}
		opt.Alarms = append(opt.Alarms, d)
	}
	ranged := o.year != 0 || o.from != "" || o.to != ""
	filtered := len(o.tags) > 0 || o.key || len(o.stages) > 0
	var b bytes.Buffer
	switch o.feed {
	case "stages":
		if ranged {
			return badInput("--year, --from and --to apply to --feed holidays or countdown, not stages")
		}
		_, list, err := o.setupAll()
		if err != nil {
			return err
		}
		var tags []string
		for _, s := range list {
			tags = append(tags, s.Tags()...)
		}
		for _, tag := range o.tags {
			if !slices.Contains(tags, tag) {
				slices.Sort(tags)
				return badInput("--tag: no stage has tag %q (have %s)", tag, strings.Join(slices.Compact(tags), ", "))
			}
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
				return inputError{fmt.Errorf("--stage: %w", err)}
			}
		}
		opt.Tags, opt.KeyOnly, opt.Stages, opt.Zone = o.tags, o.key, o.stages, o.loc()
		if err := ical.EncodeAll(&b, list, opt); err != nil {
			return err
		}
	case "holidays":
		if filtered {
			return badInput("--tag, --key and --stage apply to --feed stages only")
		}
		from, to, err := (&holidaysOptions{globals: o.globals, year: o.year, from: o.from, to: o.to}).span()
		if err != nil {
			return err
		}
		c, err := o.calendar(calendarOptions{})
		if err != nil {
			return err
		}
		if err := ical.EncodeHolidays(&b, c.Holidays(from, to), opt); err != nil {
			return err
		}
	case "countdown":
		if filtered {
			return badInput("--tag, --key and --stage apply to --feed stages only")
		}
		now, s, err := o.setup()
		if err != nil {
			return err
		}
		vd, set := s.VotingDay()
		p := tahapan.Period{Start: tahapan.Today(now, o.loc()), End: vd}
		if !set && !ranged {
			// No voting day yet: count to the last known date.
			for _, st := range s.All() {
				if st.End.After(p.End) {
					p.End = st.End
				}
			}
		}
		if ranged {
			p.Start, p.End, err = (&holidaysOptions{globals: o.globals, year: o.year, from: o.from, to: o.to}).span()
			if err != nil {
				return err
			}
		} else if p.End.Before(p.Start) {
			return badInput("voting day %s of %s is past: give --year or --from and --to", vd, s.ID)
		}
		if p.Days() > ical.MaxDays {
			return badInput("the range %s is %d days long: at most %d", p, p.Days(), ical.MaxDays)
		}
		opt.Zone = o.loc()
		if err := ical.EncodeCountdown(&b, s, p, opt); err != nil {
			return err
		}
	default:
		return badInput("invalid --feed %q: want stages, holidays or countdown", o.feed)
	}
	if o.out == "" {
		_, err := cmd.OutOrStdout().Write(b.Bytes())
		return err
	}
	return writeFeedFile(o.out, b.Bytes())
}

// parseAlarm reads an RFC 5545 duration (-P1D, -PT2H) or, for
// convenience, a Go duration (-24h, -90m).
func parseAlarm(s string) (time.Duration, error) {
	d, err := ical.ParseDuration(s)
	if err == nil {
		return d, nil
	}
	if gd, gerr := time.ParseDuration(s); gerr == nil {
		return gd, nil
	}
	return 0, inputError{fmt.Errorf("--alarm: %w", err)}
}

// writeFeedFile writes data to a temporary file beside path and renames
// it over path, so a web server never serves half a feed.
func writeFeedFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	if _, err := io.Copy(tmp, bytes.NewReader(data)); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
