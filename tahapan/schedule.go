package tahapan

import (
	"fmt"
	"slices"
	"time"
)

// A Schedule is the timetable of one election: its voting day and its stages
// (tahapan) with their sub-stages (kegiatan). Load one with [Load],
// [LoadFile] or [LoadFS].
//
// A loaded Schedule is immutable and safe for concurrent use; its fields and
// stages must not be modified.
type Schedule struct {
	ID           string     // stable ASCII slug, e.g. "pemilu-2024"
	Name         string     // Indonesian name, e.g. "Pemilu Serentak 2024"
	NameEN       string     // English name
	Kind         string     // "pemilu", "pilkada" or "other"
	Status       string     // "official" or "draft"
	VotingDay    Date       // hari pemungutan suara
	PollingHours Hours      // when polling stations are open, local time
	TimeZone     string     // default zone for countdowns, an IANA name
	LegalBasis   string     // the regulation that sets the schedule
	Sources      []string   // URLs
	Revisions    []Revision // amendments, oldest first
	Stages       []*Stage   // the tahapan, in order; each holds its sub-stages

	File string // the name the schedule was loaded from

	// Extends is the schedule this one adds to, such as the national
	// schedule under a KPU office's local agenda; nil if none. Its stages
	// come first in Stages.
	Extends *Schedule

	// Warnings holds problems that do not stop loading, such as a rule that
	// gives another date than the fixed date written beside it. Each is a
	// *PosError.
	Warnings []error

	all  []*Stage // every stage, depth first, in file order
	byID map[string]*Stage
}

// Hours is a span of clock times on one day, such as polling hours.
type Hours struct {
	Open  Clock
	Close Clock
}

// A Revision is one amendment of a schedule: the instrument that changed it
// and the stages it changed. Feeds use revisions to tell calendar clients
// that an event was updated.
type Revision struct {
	Date       Date     // when the instrument was signed or published
	LegalBasis string   // e.g. "PKPU 3/2022"
	Note       string   // what changed
	Stages     []string // ids of the stages changed; empty for the original
}

// LocalName returns the schedule's name in lang ("id" or "en").
func (s *Schedule) LocalName(lang string) string {
	if lang == "en" && s.NameEN != "" {
		return s.NameEN
	}
	return s.Name
}

// All returns every stage and sub-stage, depth first in file order. The
// slice is shared: do not modify it.
func (s *Schedule) All() []*Stage { return s.all }

// Stage returns the stage with the given id. The error wraps
// [ErrNoSuchStage].
func (s *Schedule) Stage(id string) (*Stage, error) {
	if st, ok := s.byID[id]; ok {
		return st, nil
	}
	return nil, fmt.Errorf("schedule %q: stage %q: %w", s.ID, id, ErrNoSuchStage)
}

// Location returns the schedule's default zone, WIB when none is set.
func (s *Schedule) Location() *time.Location {
	if loc, err := Zone(s.TimeZone); err == nil {
		return loc
	}
	return mustZone("WIB")
}

// PollsOpen returns the instant polling stations open on voting day in loc.
func (s *Schedule) PollsOpen(loc *time.Location) time.Time {
	return s.VotingDay.At(s.PollingHours.Open, loc)
}

// OngoingOn returns the stages and sub-stages in progress on day d,
// depth first, leaving out cancelled ones.
func (s *Schedule) OngoingOn(d Date) []*Stage {
	var out []*Stage
	for _, st := range s.all {
		if !st.Cancelled && st.Contains(d) {
			out = append(out, st)
		}
	}
	return out
}

// Ongoing returns the stages in progress at the instant now, on the civil
// date of now in loc.
func (s *Schedule) Ongoing(now time.Time, loc *time.Location) []*Stage {
	return s.OngoingOn(Today(now, loc))
}

// NextOn returns the stage that starts soonest after day d, or nil when none
// is left. Cancelled stages are left out; among stages starting on the same
// day the first in the file wins.
func (s *Schedule) NextOn(d Date) *Stage {
	var next *Stage
	for _, st := range s.all {
		if st.Cancelled || !st.Start.After(d) {
			continue
		}
		if next == nil || st.Start.Before(next.Start) {
			next = st
		}
	}
	return next
}

// Next returns the stage that starts soonest after the instant now in loc.
func (s *Schedule) Next(now time.Time, loc *time.Location) *Stage {
	return s.NextOn(Today(now, loc))
}

// Filter returns the stages for which keep reports true, depth first.
func (s *Schedule) Filter(keep func(*Stage) bool) []*Stage {
	var out []*Stage
	for _, st := range s.all {
		if keep(st) {
			out = append(out, st)
		}
	}
	return out
}

// Choose picks the schedule a user most likely means at the instant now: the
// one whose voting day is the next on or after today, or when every voting
// day is past, the most recent one. It returns nil for an empty list.
func Choose(list []*Schedule, now time.Time) *Schedule {
	var next, last *Schedule
	for _, s := range list {
		today := Today(now, s.Location())
		if !s.VotingDay.Before(today) {
			if next == nil || s.VotingDay.Before(next.VotingDay) {
				next = s
			}
		} else if last == nil || s.VotingDay.After(last.VotingDay) {
			last = s
		}
	}
	if next != nil {
		return next
	}
	return last
}

func (s *Schedule) index() {
	s.all = s.all[:0]
	var walk func([]*Stage)
	walk = func(list []*Stage) {
		for _, st := range list {
			s.all = append(s.all, st)
			walk(st.Stages)
		}
	}
	walk(s.Stages)
	s.byID = make(map[string]*Stage, len(s.all))
	for _, st := range s.all {
		if _, dup := s.byID[st.ID]; !dup {
			s.byID[st.ID] = st
		}
	}
}

// Tags returns every tag used in the schedule, sorted.
func (s *Schedule) Tags() []string {
	var tags []string
	for _, st := range s.all {
		for _, t := range st.Tags {
			if !slices.Contains(tags, t) {
				tags = append(tags, t)
			}
		}
	}
	slices.Sort(tags)
	return tags
}
