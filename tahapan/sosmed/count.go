package sosmed

import (
	"fmt"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// A Count is what a post counts to at an instant, in the words every
// output of the kit shares (captions, cards and the plan), so they never
// disagree:
//
//   - before voting day: "H-206", "menuju Pemungutan Suara", the date;
//   - on voting day: "H", "hari ini Pemungutan Suara", and the polls:
//     "TPS dibuka pukul 07.00", "TPS buka sampai 13.00" or "TPS sudah
//     ditutup";
//   - after it: "H+1", "setelah Pemungutan Suara", "1 hari yang lalu",
//     and never "menuju";
//   - for a planned schedule, whose voting day is not set yet: the label
//     counts to the next known date, and Note says the day is not set.
type Count struct {
	// Label is the KPU label: "H-206", "H", "H+1"; "" when there is
	// nothing ahead to count to.
	Label string
	// Days is the count behind Label: 206 at H-206, -1 at H+1.
	Days int
	// Target says what Label counts to: "menuju Pemungutan Suara".
	Target string
	// Date is the target's day written out: "Rabu, 14 Februari 2024".
	Date string
	// Ago is how long ago the target day was: "1 hari yang lalu"; "" before
	// it and on it.
	Ago string
	// Note is a short sentence about the polls or a planned schedule; "" on
	// other days.
	Note string
	// Planned reports whether the schedule has no voting day yet.
	Planned bool
	// Past reports whether the target day has passed.
	Past bool
}

// CountAt returns what schedule s counts to at the instant now in loc,
// in lang ("id" or "en").
func CountAt(s *tahapan.Schedule, now time.Time, loc *time.Location, lang string) Count {
	day := tahapan.Today(now, loc)
	vd, ok := votingDay(s)
	if !ok {
		return plannedCount(s, day, lang)
	}
	n := vd.DaysSince(day)
	c := Count{Label: tahapan.HLabel(n), Days: n, Date: tahapan.FormatDate(vd, lang)}
	switch {
	case n > 0:
		c.Target = tr(lang, "menuju Pemungutan Suara", "to voting day")
	case n == 0:
		c.Target = tr(lang, "hari ini Pemungutan Suara", "voting day is today")
		c.Note = pollsNote(s, now, loc, lang)
	default:
		c.Past = true
		c.Target = tr(lang, "setelah Pemungutan Suara", "since voting day")
		c.Ago = agoText(-n, lang)
	}
	return c
}

// pollsNote says where the polls stand on voting day at now.
func pollsNote(s *tahapan.Schedule, now time.Time, loc *time.Location, lang string) string {
	t := now.In(loc)
	mins := t.Hour()*60 + t.Minute()
	open := s.PollingHours.Open.Hour*60 + s.PollingHours.Open.Minute
	closing := s.PollingHours.Close.Hour*60 + s.PollingHours.Close.Minute
	switch {
	case mins < open:
		return tr(lang, "TPS dibuka pukul "+clockText(s.PollingHours.Open, lang),
			"Polling stations open at "+clockText(s.PollingHours.Open, lang))
	case mins < closing:
		return tr(lang, "TPS buka sampai "+clockText(s.PollingHours.Close, lang),
			"Polling stations are open until "+clockText(s.PollingHours.Close, lang))
	}
	return tr(lang, "TPS sudah ditutup", "Polling stations have closed")
}

// agoText writes n days ago: "1 hari yang lalu", "3 days ago".
func agoText(n int, lang string) string {
	if lang == "en" {
		return fmt.Sprintf("%d %s ago", n, plural(n, "day"))
	}
	return fmt.Sprintf("%d hari yang lalu", n)
}

// plannedCount counts to the next known stage of a schedule whose voting
// day is not set.
func plannedCount(s *tahapan.Schedule, day tahapan.Date, lang string) Count {
	c := Count{Planned: true, Note: tr(lang, "KPU belum menetapkan hari pemungutan suara",
		"KPU has not set voting day yet")}
	if st := nextKnown(s, day); st != nil {
		n := st.Start.DaysSince(day)
		c.Label, c.Days = tahapan.HLabel(n), n
		c.Target = tr(lang, "menuju ", "to ") + st.LocalName(lang)
		if n == 0 {
			c.Target = tr(lang, "hari ini: ", "today: ") + st.LocalName(lang)
		}
		c.Date = tahapan.FormatDate(st.Start, lang)
	}
	return c
}

// nextKnown returns the stage of s that starts soonest on or after day,
// key stages first, leaving out cancelled ones; nil when none does.
func nextKnown(s *tahapan.Schedule, day tahapan.Date) *tahapan.Stage {
	var best *tahapan.Stage
	for _, key := range []bool{true, false} {
		for _, st := range s.All() {
			if st.Cancelled || st.Key != key || st.Start.Before(day) {
				continue
			}
			if best == nil || st.Start.Before(best.Start) {
				best = st
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}

// votingDay returns the voting day of s and whether it is set.
func votingDay(s *tahapan.Schedule) (tahapan.Date, bool) {
	return s.VotingDay, !s.VotingDay.IsZero()
}

// VotingDay returns the voting day of s and whether KPU has set it; a
// planned schedule has none yet.
func VotingDay(s *tahapan.Schedule) (tahapan.Date, bool) { return votingDay(s) }
