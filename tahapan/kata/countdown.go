package kata

import (
	"fmt"
	"strings"
)

// A Phase says where an instant stands against the polling hours of
// voting day. tahapan.PollPhase is this type.
type Phase int

// The phases of a countdown to voting day. NoPhase is that of a countdown
// to anything else.
const (
	NoPhase     Phase = iota
	BeforePolls       // before polls open on voting day
	DuringPolls       // polls are open
	PollsClosed       // voting day, after polls close
	AfterVoting       // a day after voting day or later
)

// Polls says what polling stations are doing in phase p: "TPS dibuka
// pukul 07.00 WIB" before they open, "TPS buka sampai 13.00 WIB" while
// open, "TPS sudah ditutup" after they close, and "" after voting day.
// open and close are the clock times in the zone, with its abbreviation:
// "07.00 WIB" (see [Clock]).
func Polls(p Phase, open, close string, l Lang) string {
	switch p {
	case BeforePolls:
		return l.Pick("TPS dibuka pukul "+open, "Polls open at "+open)
	case DuringPolls:
		return l.Pick("TPS buka sampai "+close, "Polls open until "+close)
	case PollsClosed:
		return l.Pick("TPS sudah ditutup", "Polls have closed")
	}
	return ""
}

// Countdown holds what one line of a countdown says; [Countdown.Text]
// writes it. tahapan.Countdown.Text fills it in.
type Countdown struct {
	Label string // the KPU label of a countdown to voting day: "H-206"
	Name  string // the target's name in the language written
	Date  Day    // the target day
	// Stage, End and Cancelled describe a countdown to a stage: to its
	// first day, or its last when End is set; Cancelled marks a stage that
	// was not held.
	Stage, End, Cancelled bool
	// OneDay marks a stage of one day, whose start is the stage itself.
	OneDay bool
	// Days is the target minus today: 206 before, 0 on the day, -3 after.
	// Years, Months and RemDays break |Days| down.
	Days, Years, Months, RemDays int
	// Polls is what polling stations are doing on voting day (see Polls).
	Polls string
	// Pending is the note of a schedule whose voting day is not set yet,
	// with its legal basis; the line starts with it.
	Pending, PendingBasis string
	// Workdays, when not nil, are the working days between today and the
	// target; Estimated says they rest on undecreed holidays.
	Workdays  *int
	Estimated bool
}

// Text writes the countdown as one line, as an election office posts it:
//
//	H-206 menuju Pemungutan Suara Pemilu Serentak 2024 (Rabu, 14 Februari 2024) · 6 bulan 22 hari lagi
//	H+732 setelah Pemungutan Suara Pemilihan Serentak 2024 (Rabu, 27 November 2024) · 732 hari yang lalu
//
// Each language has its own path; neither says "to" of a day that is past.
func (c Countdown) Text(l Lang) string {
	var b strings.Builder
	if c.Pending != "" {
		b.WriteString(c.Pending)
		if c.PendingBasis != "" {
			fmt.Fprintf(&b, " (%s)", c.PendingBasis)
		}
		if c.Name == "" {
			return b.String()
		}
		b.WriteString(" · ")
	}
	if l == English {
		c.textEN(&b)
	} else {
		c.textID(&b)
	}
	if c.Workdays != nil {
		b.WriteString(" · " + Workdays(*c.Workdays, l))
		if c.Estimated {
			b.WriteString(l.Pick(" (perkiraan: hari libur belum ditetapkan)", " (estimated: holidays not yet decreed)"))
		}
	}
	return b.String()
}

func (c Countdown) span(l Lang) string { return Span(c.Years, c.Months, c.RemDays, l) }

func (c Countdown) textID(b *strings.Builder) {
	when := Date(c.Date, Long, Indonesian)
	if c.Stage {
		what := c.Name
		switch {
		case c.End:
			what = "berakhirnya " + c.Name
		case !c.OneDay:
			what = "dimulainya " + c.Name
		}
		switch {
		case c.Days > 0:
			fmt.Fprintf(b, "%d hari menuju %s (%s) · %s", c.Days, what, when, ToGo(c.span(Indonesian), Indonesian))
		case c.Days == 0:
			fmt.Fprintf(b, "Hari ini %s (%s)", what, when)
		default:
			fmt.Fprintf(b, "%d hari sejak %s (%s) · %s", -c.Days, what, when, Ago(c.span(Indonesian), Indonesian))
		}
		if c.Cancelled {
			b.WriteString(" (dibatalkan)")
		}
		return
	}
	switch {
	case c.Days > 0:
		fmt.Fprintf(b, "%s menuju %s (%s) · %s", c.Label, c.Name, when, ToGo(c.span(Indonesian), Indonesian))
	case c.Days == 0:
		fmt.Fprintf(b, "H · hari ini %s (%s)", c.Name, when)
		if c.Polls != "" {
			b.WriteString(" · " + c.Polls)
		}
	default:
		fmt.Fprintf(b, "%s setelah %s (%s) · %s", c.Label, c.Name, when, Ago(Days(-c.Days, Indonesian), Indonesian))
	}
}

func (c Countdown) textEN(b *strings.Builder) {
	when := Date(c.Date, Long, English)
	if c.Stage {
		what := c.Name
		switch {
		case c.End:
			what = "the end of " + c.Name
		case !c.OneDay:
			what = "the start of " + c.Name
		}
		switch {
		case c.Days > 0:
			fmt.Fprintf(b, "%s to %s (%s) · %s", Days(c.Days, English), what, when, ToGo(c.span(English), English))
		case c.Days == 0:
			fmt.Fprintf(b, "Today: %s (%s)", what, when)
		default:
			fmt.Fprintf(b, "%s since %s (%s) · %s", Days(-c.Days, English), what, when, Ago(c.span(English), English))
		}
		if c.Cancelled {
			b.WriteString(" (cancelled)")
		}
		return
	}
	switch {
	case c.Days > 0:
		fmt.Fprintf(b, "%s to %s (%s) · %s", c.Label, c.Name, when, ToGo(c.span(English), English))
	case c.Days == 0:
		fmt.Fprintf(b, "H · today: %s (%s)", c.Name, when)
		if c.Polls != "" {
			b.WriteString(" · " + c.Polls)
		}
	default:
		fmt.Fprintf(b, "%s since %s (%s) · %s", c.Label, c.Name, when, Ago(Days(-c.Days, English), English))
	}
}

// VotingDayNotSet says that the voting day is not set yet, for a title.
func VotingDayNotSet(l Lang) string {
	return l.Pick("hari pemungutan suara belum ditetapkan", "voting day not set yet")
}

// VotingDayOf names the voting day of an election, for a countdown's
// target: "Pemungutan Suara Pemilu Serentak 2024", "Voting day, 2024
// General Election". name is the election's name in l.
func VotingDayOf(name string, l Lang) string {
	return l.Pick("Pemungutan Suara "+name, "Voting day, "+name)
}

// Progress writes how far a stage has run: "hari ke-12 dari 75", "day 12
// of 75".
func Progress(day, total int, l Lang) string {
	return l.Pick(fmt.Sprintf("hari ke-%d dari %d", day, total), fmt.Sprintf("day %d of %d", day, total))
}
