package ical

import (
	"errors"
	"fmt"
	"io"

	ics "github.com/arran4/golang-ical"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

// MaxDays is the longest range, in days, that [EncodeCountdown] accepts:
// ten years.
const MaxDays = 3653

// EncodeCountdown writes a daily countdown to the voting day of s as an
// iCalendar feed to w: one all-day event for each day of p, both ends
// included, whose SUMMARY is the KPU label and the target, "H-150
// Pemungutan Suara Pemilu Serentak 2024" ("H-150 Voting day, 2024 General
// Election" in English), for social media teams that post the countdown
// every day. Days after voting day count up (H+1, H+2).
//
// The DESCRIPTION is the full countdown line of [tahapan.Countdown.Text].
// UIDs are "<schedule-id>/countdown/<YYYY-MM-DD>@<domain>"; SEQUENCE and
// LAST-MODIFIED come from the revisions that list the stages held on
// voting day, as for the polling-hours event of [Encode], and DTSTAMP from
// the schedule's latest revision, so the output never depends on the
// clock. The filters of opt do not apply.
func EncodeCountdown(w io.Writer, s *tahapan.Schedule, p tahapan.Period, opt Options) error {
	if s == nil {
		return errors.New("ical: nil schedule")
	}
	if err := opt.check(); err != nil {
		return err
	}
	if err := checkRange(p); err != nil {
		return err
	}
	l := opt.lang()
	zone := opt.Zone
	if zone == nil {
		zone = s.Location()
	}
	revs := scanRevisions(s)
	vd, set := s.VotingDay()
	var votingIDs []string
	for _, st := range s.All() {
		if set && st.Start == vd && st.End == vd && !st.Cancelled {
			votingIDs = append(votingIDs, st.ID)
		}
	}
	seq, mod := revs.of(s, votingIDs...)

	name := l.Pick("Hitung mundur "+s.Name, s.LocalName(kata.English)+" countdown")
	var desc string
	if set {
		day := kata.Date(kata.Day(vd), kata.Long, l)
		desc = l.Pick(
			fmt.Sprintf("Satu acara sehari, H-n menuju pemungutan suara %s (%s).", s.Name, day),
			fmt.Sprintf("One event a day, H-n to voting day of the %s (%s).", s.LocalName(kata.English), day))
	} else {
		desc = l.Pick(
			fmt.Sprintf("Satu acara sehari, hitung mundur ke tanggal %s yang sudah diketahui. %s", s.Name, s.VotingDayNote),
			fmt.Sprintf("One event a day, counting down to the known dates of the %s. %s", s.LocalName(kata.English), s.VotingDayNoteEN))
	}
	out := &plan{opt: opt, name: name, desc: desc, zone: zone, stamp: revs.last, file: s.ID + "-countdown.ics"}
	for d := p.Start; !d.After(p.End); d = d.AddDays(1) {
		c := s.Countdown(d.In(zone), zone)
		target := l.Pick(c.TargetName, c.TargetEN)
		out.events = append(out.events, event{
			uid:        s.ID + "/countdown/" + d.String() + "@" + opt.domain(),
			summary:    countdownSummary(c, target, l),
			desc:       c.Text(l),
			start:      d,
			end:        d,
			categories: []string{"hitung-mundur"},
			status:     ics.ObjectStatusConfirmed,
			sequence:   seq,
			modified:   mod,
		})
	}
	return out.write(w)
}

func checkRange(p tahapan.Period) error {
	switch {
	case !p.Start.IsValid() || !p.End.IsValid():
		return fmt.Errorf("ical: invalid range %s", p)
	case p.End.Before(p.Start):
		return fmt.Errorf("ical: range %s ends before it starts", p)
	case p.Days() > MaxDays:
		return fmt.Errorf("ical: range %s is %d days long; at most %d", p, p.Days(), MaxDays)
	}
	return nil
}

// countdownSummary is the title of one day of a countdown feed: "H-206
// Pemungutan Suara …", or for a schedule with no voting day yet, the days
// to its next known date, never an H-label, which counts to voting day.
func countdownSummary(c tahapan.Countdown, target string, l kata.Lang) string {
	if !c.Pending {
		return c.Label() + " " + target
	}
	switch {
	case c.Days > 0:
		return kata.Days(c.Days, l) + l.Pick(" menuju ", " to ") + target
	case c.Days == 0:
		return l.Pick("Hari ini: ", "Today: ") + target
	}
	return kata.Days(-c.Days, l) + l.Pick(" sejak ", " since ") + target
}
