package tahapan

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

// VotingDayTarget is the [Countdown.Target] of a countdown to voting day.
const VotingDayTarget = "voting-day"

// A Countdown is the distance from a day to a target date, as election
// offices count it: in calendar days, as a KPU label (H-7, H, H+2), in months
// and days, and in weeks.
//
// Days counts civil dates, not 24-hour periods: at 23:30 on 13 February the
// voting day of 14 February is one day away. The day flips at local
// midnight, so the same instant can be H-1 in WIB and already H in WITA.
type Countdown struct {
	Schedule   string // schedule id
	Target     string // stage id, or [VotingDayTarget]
	TargetName string // Indonesian name of the target
	TargetEN   string // English name of the target
	TargetDate Date   // the day counted to
	End        bool   // the target is a stage's last day, not its first
	Cancelled  bool   // the target stage was cancelled
	At         Date   // the civil date of the instant counted from
	Zone       string // the zone At was taken in, an IANA name

	// Days is TargetDate minus At in calendar days: 206 at H-206, 0 on the
	// day, -3 at H+3.
	Days int
	// Months and RemainderDays break |Days| into whole months and days, with
	// end-of-month clamping (see [MonthsBetween]).
	Months, RemainderDays int
	// Weeks is |Days| in whole weeks.
	Weeks int

	// PollsOpen and PollsClose are when polling stations open and close on
	// voting day in Zone. They are set only for a countdown to voting day.
	PollsOpen, PollsClose time.Time
	// Phase says where the instant counted from stands against polling
	// hours. It is set only for a countdown to voting day.
	Phase PollPhase
	// Pending reports that the schedule has no voting day yet (a
	// [StatusPlanned] schedule): the countdown is to its next known date
	// instead, and PendingNote says who will set the voting day.
	Pending bool
	// PendingNote and PendingNoteEN say why there is no voting day yet and
	// who sets it; PendingBasis is their legal basis.
	PendingNote, PendingNoteEN, PendingBasis string
	// Until is the exact time left from the instant counted from until
	// PollsOpen, or, for other targets, until 00:00 on TargetDate in Zone.
	// It is negative once that instant has passed.
	Until time.Duration

	// Workdays counts the working days strictly between At and TargetDate
	// (from the day after the earlier one through the day before the later
	// one). It is set by [Countdown.CountWorkdays]; nil means not counted.
	Workdays *int
	// Estimated reports whether Workdays rests on a year whose holidays are
	// not decreed yet.
	Estimated bool

	oneDay bool // the target is a stage of one day
}

// CountdownTo returns the countdown from the instant now, taken as a civil
// date in loc, to the day target. It panics if loc is nil.
func CountdownTo(target Date, now time.Time, loc *time.Location) Countdown {
	at := Today(now, loc)
	c := Countdown{TargetDate: target, At: at, Zone: loc.String(), Days: target.DaysSince(at)}
	from, to := at, target
	if c.Days < 0 {
		from, to = target, at
	}
	c.Months, c.RemainderDays = MonthsBetween(from, to)
	c.Weeks = to.DaysSince(from) / 7
	c.Until = target.In(loc).Sub(now)
	return c
}

// A PollPhase says where an instant stands against the polling hours of
// voting day, in one zone.
type PollPhase = kata.Phase

// The phases of a countdown to voting day. The zero value, NoPhase, is
// that of a countdown to anything else.
const (
	NoPhase     = kata.NoPhase
	BeforePolls = kata.BeforePolls // before polls open on voting day: "TPS dibuka pukul 07.00"
	DuringPolls = kata.DuringPolls // polls are open: "TPS buka sampai 13.00"
	PollsClosed = kata.PollsClosed // voting day, after polls close: "TPS sudah ditutup"
	AfterVoting = kata.AfterVoting // a day after voting day or later
)

var phaseNames = [...]string{"", "before_polls", "polls_open", "polls_closed", "after_voting_day"}

// phaseName returns the phase as the JSON API writes it: "before_polls",
// "polls_open", "polls_closed" or "after_voting_day"; "" for NoPhase.
func phaseName(p PollPhase) string {
	if p < 0 || int(p) >= len(phaseNames) {
		return ""
	}
	return phaseNames[p]
}

// Countdown returns the countdown from now to voting day, in loc, with the
// time left until polls open and the polling phase.
//
// A planned schedule has no voting day yet: its countdown is to the start
// of its next key stage (its next stage when no key stage is left, its
// last when every stage is past), with Pending set and the schedule's
// note on who sets the voting day.
func (s *Schedule) Countdown(now time.Time, loc *time.Location) Countdown {
	// A local agenda's voting day is that of the election it extends.
	e := s
	for e.Extends != nil {
		e = e.Extends
	}
	vd, ok := s.VotingDay()
	if !ok {
		return s.pendingCountdown(e, now, loc)
	}
	c := CountdownTo(vd, now, loc)
	c.Schedule = s.ID
	c.Target = VotingDayTarget
	c.TargetName = kata.VotingDayOf(e.Name, kata.Indonesian)
	c.TargetEN = kata.VotingDayOf(e.LocalName(kata.English), kata.English)
	c.PollsOpen, _ = s.PollsOpen(loc)
	c.PollsClose, _ = s.PollsClose(loc)
	c.Until = c.PollsOpen.Sub(now)
	switch {
	case c.Days > 0 || now.Before(c.PollsOpen):
		c.Phase = BeforePolls
	case c.Days < 0:
		c.Phase = AfterVoting
	case now.Before(c.PollsClose):
		c.Phase = DuringPolls
	default:
		c.Phase = PollsClosed
	}
	return c
}

func (s *Schedule) pendingCountdown(e *Schedule, now time.Time, loc *time.Location) Countdown {
	today := Today(now, loc)
	var target, nextAny, lastAny *Stage
	for _, st := range s.all {
		if st.Cancelled {
			continue
		}
		if !st.Start.Before(today) {
			if st.Key && (target == nil || st.Start.Before(target.Start)) {
				target = st
			}
			if nextAny == nil || st.Start.Before(nextAny.Start) {
				nextAny = st
			}
		}
		if lastAny == nil || st.Start.After(lastAny.Start) {
			lastAny = st
		}
	}
	if target == nil {
		target = nextAny
	}
	if target == nil {
		target = lastAny
	}
	var c Countdown
	if target != nil {
		c = s.CountdownStage(target, false, now, loc)
	} else {
		c = Countdown{Schedule: s.ID, At: today, Zone: loc.String()}
	}
	c.Pending = true
	c.PendingNote, c.PendingNoteEN, c.PendingBasis = e.VotingDayNote, e.VotingDayNoteEN, e.VotingDayBasis
	return c
}

// CountdownStage returns the countdown from now to the first day of stage
// st, or to its last day when end is true.
func (s *Schedule) CountdownStage(st *Stage, end bool, now time.Time, loc *time.Location) Countdown {
	d := st.Start
	if end {
		d = st.End
	}
	c := CountdownTo(d, now, loc)
	c.Schedule = s.ID
	c.Target = st.ID
	c.TargetName = st.Name
	c.TargetEN = st.LocalName("en")
	c.End, c.Cancelled, c.oneDay = end, st.Cancelled, st.Start == st.End
	return c
}

// CountWorkdays returns c with [Countdown.Workdays] counted in w: the working
// days from the day after the earlier of At and TargetDate through the day
// before the later one.
func (c Countdown) CountWorkdays(w WorkdayCalendar) Countdown {
	from, to := c.At, c.TargetDate
	if to.Before(from) {
		from, to = to, from
	}
	n := 0
	if to.DaysSince(from) > 1 {
		n = w.CountWorkdays(from.AddDays(1), to.AddDays(-1))
		c.Estimated = w.Estimated(from.AddDays(1), to.AddDays(-1))
	}
	c.Workdays = &n
	return c
}

// Label returns the KPU label of the countdown: "H-206" before the target,
// "H" on the day and "H+3" after it.
func (c Countdown) Label() string {
	return HLabel(c.Days)
}

// HLabel returns the KPU label for a target days away: "H-7" for 7, "H"
// for 0 and "H+2" for -2.
func HLabel(days int) string {
	switch {
	case days > 0:
		return fmt.Sprintf("H-%d", days)
	case days < 0:
		return fmt.Sprintf("H+%d", -days)
	}
	return "H"
}

// MonthsBetween returns the whole months and the remaining days from from
// to to (to must not be before from). A month is added with end-of-month
// clamping, as [Date.AddMonths] does: from 2023-08-31 to 2024-02-14 is
// 5 months (to 2024-01-31) and 14 days.
func MonthsBetween(from, to Date) (months, days int) {
	if to.Before(from) {
		return 0, 0
	}
	months = (to.Year-from.Year)*12 + int(to.Month-from.Month)
	for months > 0 && from.AddMonths(months).After(to) {
		months--
	}
	return months, to.DaysSince(from.AddMonths(months))
}

type countdownJSON struct {
	Schedule      string     `json:"schedule"`
	Target        string     `json:"target"`
	TargetName    string     `json:"target_name"`
	TargetNameEN  string     `json:"target_name_en,omitempty"`
	TargetDate    Date       `json:"target_date"`
	End           bool       `json:"end,omitempty"`
	Cancelled     bool       `json:"cancelled,omitempty"`
	AtDate        Date       `json:"at_date"`
	Zone          string     `json:"tz"`
	Days          int        `json:"days"`
	Label         string     `json:"label,omitempty"`
	Months        int        `json:"months"`
	RemainderDays int        `json:"remainder_days"`
	Weeks         int        `json:"weeks"`
	PollsOpen     *time.Time `json:"polls_open,omitempty"`
	PollsClose    *time.Time `json:"polls_close,omitempty"`
	Phase         string     `json:"phase,omitempty"`
	UntilSeconds  int64      `json:"until_seconds"`
	Pending       bool       `json:"voting_day_pending,omitempty"`
	PendingNote   string     `json:"voting_day_note,omitempty"`
	PendingNoteEN string     `json:"voting_day_note_en,omitempty"`
	PendingBasis  string     `json:"voting_day_basis,omitempty"`
	Workdays      *int       `json:"workdays,omitempty"`
	Estimated     bool       `json:"estimated,omitempty"`
}

// MarshalJSON writes the countdown as the stable JSON object of the CLI
// and the HTTP API:
//
//	{"schedule":"pemilu-2024","target":"voting-day","target_date":"2024-02-14",
//	 "at_date":"2023-07-23","days":206,"label":"H-206","months":6,
//	 "remainder_days":22,"weeks":29,"polls_open":"2024-02-14T07:00:00+07:00",…}
func (c Countdown) MarshalJSON() ([]byte, error) {
	j := countdownJSON{
		Schedule: c.Schedule, Target: c.Target, TargetName: c.TargetName, TargetNameEN: c.TargetEN,
		TargetDate: c.TargetDate, End: c.End, Cancelled: c.Cancelled, AtDate: c.At, Zone: c.Zone, Days: c.Days,
		Months: c.Months, RemainderDays: c.RemainderDays, Weeks: c.Weeks,
		UntilSeconds: int64(c.Until / time.Second), Workdays: c.Workdays, Estimated: c.Estimated,
		Phase: phaseName(c.Phase), Pending: c.Pending,
		PendingNote: c.PendingNote, PendingNoteEN: c.PendingNoteEN, PendingBasis: c.PendingBasis,
	}
	if !c.Pending {
		// An H-label counts to voting day, which a pending countdown lacks.
		j.Label = c.Label()
	}
	if !c.PollsOpen.IsZero() {
		j.PollsOpen = &c.PollsOpen
	}
	if !c.PollsClose.IsZero() {
		j.PollsClose = &c.PollsClose
	}
	return json.Marshal(j)
}
