package tahapan

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
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
	Status       string     // [StatusOfficial], [StatusDraft] or [StatusPlanned]
	PollingHours Hours      // when polling stations are open, local time
	TimeZone     string     // default zone for countdowns, an IANA name
	LegalBasis   string     // the regulation that sets the schedule
	Sources      []string   // URLs
	Revisions    []Revision // amendments, oldest first
	Stages       []*Stage   // the tahapan, in order; each holds its sub-stages

	// VotingDayNote says, for a planned schedule, why there is no voting
	// day yet and who will set it, in Indonesian and in English. It is
	// empty when the voting day is set.
	VotingDayNote, VotingDayNoteEN string
	// VotingDayBasis is the legal basis of VotingDayNote, such as
	// "UU 7/2017 Pasal 167 ayat (2)".
	VotingDayBasis string

	// Constraints are rules the law sets on dates that are not known yet,
	// such as the 20-month minimum between the start of the stages and
	// voting day. They are stated, not resolved to dates.
	Constraints []Constraint

	File string // the name the schedule was loaded from

	// Extends is the schedule this one adds to, such as the national
	// schedule under a KPU office's local agenda; nil if none. Its stages
	// come first in Stages.
	Extends *Schedule

	// Warnings holds problems that do not stop loading, such as a rule that
	// gives another date than the fixed date written beside it. Each is a
	// *PosError.
	Warnings []error

	votingDay Date // zero when not set; see VotingDay

	all  []*Stage // every stage, depth first, in file order
	byID map[string]*Stage
}

// The statuses of a schedule.
const (
	StatusOfficial = "official" // set by a KPU regulation or decree
	StatusDraft    = "draft"    // drafted by tahapan from another schedule; see [Draft]
	StatusPlanned  = "planned"  // the next election, before KPU sets its voting day
)

// A Constraint is a rule of law on dates that are not set yet, such as
// "the stages start at least 20 months before voting day" (UU 7/2017
// Pasal 167 ayat (6)).
type Constraint struct {
	ID         string
	Name       string // Indonesian
	NameEN     string // English
	LegalBasis string
	Sources    []string
	Confidence Confidence
	Note       string // Indonesian
	NoteEN     string // English
}

// VotingDay returns the schedule's voting day (hari pemungutan suara) and
// true, or the zero Date and false when the day is not set yet: a
// [StatusPlanned] schedule has none until KPU sets it, and
// [Schedule.VotingDayNote] says so. Every caller must handle false.
func (s *Schedule) VotingDay() (Date, bool) {
	return s.votingDay, !s.votingDay.IsZero()
}

// Planned reports whether the schedule has no voting day yet.
func (s *Schedule) Planned() bool { return s.votingDay.IsZero() }

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
	Note       string   // what changed, in Indonesian
	NoteEN     string   // what changed, in English
	Stages     []string // ids of the stages changed; empty for the original
}

// LocalName returns the schedule's name in lang ("id" or "en").
func (s *Schedule) LocalName(lang kata.Lang) string {
	return lang.Pick(s.Name, cmp.Or(s.NameEN, s.Name))
}

// All returns every stage and sub-stage, depth first in file order. The
// slice is shared: do not modify it.
func (s *Schedule) All() []*Stage { return s.all }

// Stage returns the stage with the given id. The error wraps
// [ErrNoSuchStage] and suggests the closest ids ("did you mean
// masa-kampanye?").
func (s *Schedule) Stage(id string) (*Stage, error) {
	if st, ok := s.byID[id]; ok {
		return st, nil
	}
	err := fmt.Errorf("schedule %q: stage %q: %w", s.ID, short(id), ErrNoSuchStage)
	if near := Suggest(id, s.IDs()); len(near) > 0 {
		err = fmt.Errorf("%w; did you mean %s? ('tahapan stages --schedule %s' lists them all)", err, strings.Join(near, " or "), s.ID)
	}
	return nil, err
}

// IDs returns the ids of every stage, depth first in file order.
func (s *Schedule) IDs() []string {
	ids := make([]string, len(s.all))
	for i, st := range s.all {
		ids[i] = st.ID
	}
	return ids
}

// Location returns the schedule's default zone, WIB when none is set.
func (s *Schedule) Location() *time.Location {
	if loc, err := Zone(s.TimeZone); err == nil {
		return loc
	}
	return mustZone("WIB")
}

// PollsOpen returns the instant polling stations open on voting day in
// loc, and false when the voting day is not set.
func (s *Schedule) PollsOpen(loc *time.Location) (time.Time, bool) {
	if s.Planned() {
		return time.Time{}, false
	}
	return s.votingDay.At(s.PollingHours.Open, loc), true
}

// PollsClose returns the instant polling stations close on voting day in
// loc, and false when the voting day is not set.
func (s *Schedule) PollsClose(loc *time.Location) (time.Time, bool) {
	if s.Planned() {
		return time.Time{}, false
	}
	return s.votingDay.At(s.PollingHours.Close, loc), true
}

// InProgressOn returns the stages and sub-stages in progress on day d,
// depth first, leaving out cancelled ones.
func (s *Schedule) InProgressOn(d Date) []*Stage {
	var out []*Stage
	for _, st := range s.all {
		if !st.Cancelled && st.Contains(d) {
			out = append(out, st)
		}
	}
	return out
}

// InProgress returns the stages in progress at the instant now, on the
// civil date of now in loc.
func (s *Schedule) InProgress(now time.Time, loc *time.Location) []*Stage {
	return s.InProgressOn(Today(now, loc))
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

// Choose picks the schedule a user most likely means at the instant now,
// in this order:
//
//  1. an election whose stages are running today and whose voting day is
//     still to come (the one whose voting day comes first);
//  2. otherwise the next one: the soonest voting day on or after today, or
//     a planned schedule (no voting day yet), whose first stage still to
//     come counts as its date;
//  3. otherwise the latest past one.
//
// Local agendas (schedules that extend another) are left out. Choose
// returns nil for an empty list.
func Choose(list []*Schedule, now time.Time) *Schedule {
	type pick struct {
		s   *Schedule
		day Date
	}
	var running, next, last pick
	for _, s := range list {
		if s.Extends != nil {
			continue
		}
		sp, ok := s.Span()
		if !ok {
			continue
		}
		first, end := sp.Start, sp.End
		today := Today(now, s.Location())
		// The schedule's own date: its voting day, or for a planned one
		// the first of its stages still to come.
		day, set := s.VotingDay()
		if !set {
			if day = s.firstFrom(today); day.IsZero() {
				day = end
			}
		}
		switch {
		case !first.After(today) && !end.Before(today) && !day.Before(today):
			if running.s == nil || day.Before(running.day) {
				running = pick{s, day}
			}
		case !day.Before(today):
			if next.s == nil || day.Before(next.day) {
				next = pick{s, day}
			}
		default:
			if last.s == nil || day.After(last.day) {
				last = pick{s, day}
			}
		}
	}
	switch {
	case running.s != nil:
		return running.s
	case next.s != nil:
		return next.s
	}
	return last.s
}

// Span returns the period from the first to the last day of the
// schedule's stages, leaving out cancelled ones, and false when it has
// none. For a planned schedule its end is the last date known so far.
func (s *Schedule) Span() (Period, bool) {
	var p Period
	ok := false
	for _, st := range s.all {
		if st.Cancelled {
			continue
		}
		if !ok || st.Start.Before(p.Start) {
			p.Start = st.Start
		}
		if !ok || st.End.After(p.End) {
			p.End = st.End
		}
		ok = true
	}
	return p, ok
}

// firstFrom returns the earliest start on or after d among the schedule's
// stages that are not cancelled, or the zero Date when none is left.
func (s *Schedule) firstFrom(d Date) Date {
	var out Date
	for _, st := range s.all {
		if st.Cancelled || st.Start.Before(d) {
			continue
		}
		if out.IsZero() || st.Start.Before(out) {
			out = st.Start
		}
	}
	return out
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
