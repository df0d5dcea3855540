package ical

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// An Event is one all-day event of a feed built by the caller, such as a
// post in a social media team's posting plan.
type Event struct {
	// ID identifies the event within the feed and must be stable from one
	// build to the next, such as "pemilu-2024/plan/2024-02-14/x/reminder".
	// The UID is ID + "@" + the domain.
	ID          string
	Summary     string
	Description string
	Period      tahapan.Period // first and last day, inclusive
	Categories  []string
}

// EncodeEvents writes events as a feed named name. Like every feed of this
// package it is byte-for-byte reproducible: DTSTAMP and LAST-MODIFIED are
// 00:00 UTC on stamp (for a plan, the date of its schedule's latest
// revision), never the clock. Options.Lang, Zone and the stage filters do
// not apply; BaseURL, FileName, Domain, Color and Alarms do.
func EncodeEvents(w io.Writer, name, desc string, stamp tahapan.Date, events []Event, opt Options) error {
	if err := opt.check(); err != nil {
		return err
	}
	if !stamp.IsValid() {
		return fmt.Errorf("ical: invalid stamp date %v", stamp)
	}
	seen := map[string]bool{}
	f := newFeed(opt, name, desc, nil, stamp, "events.ics")
	for _, e := range events {
		switch {
		case e.ID == "" || strings.ContainsAny(e.ID, "@\r\n"):
			return fmt.Errorf("ical: invalid event id %q", e.ID)
		case seen[e.ID]:
			return fmt.Errorf("ical: event id %q given twice", e.ID)
		case !e.Period.Start.IsValid() || e.Period.End.Before(e.Period.Start):
			return fmt.Errorf("ical: event %q: invalid period %v", e.ID, e.Period)
		}
		seen[e.ID] = true
		f.add(event{
			uid: e.ID + "@" + opt.domain(), summary: e.Summary, desc: e.Description,
			start: e.Period.Start, end: e.Period.End, categories: e.Categories, modified: stamp,
		})
	}
	if len(events) == 0 {
		return errors.New("ical: no events")
	}
	return f.write(w)
}

// LatestRevision returns the date of the schedule's latest revision, the
// DTSTAMP of its feeds (with no revision, its earliest stage start).
func LatestRevision(s *tahapan.Schedule) tahapan.Date {
	return scanRevisions(s).last
}
