package sosmed

import (
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
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
	// Label is the KPU label: "H-206", "H", "H+1". A planned schedule
	// counts in plain days instead ("1037 hari"), as H-n counts to voting
	// day only; "" when it has no stage to count to.
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
func CountAt(s *tahapan.Schedule, now time.Time, loc *time.Location, lang kata.Lang) Count {
	day := tahapan.Today(now, loc)
	vd, ok := s.VotingDay()
	if !ok {
		return plannedCount(s, now, loc, lang)
	}
	n := vd.DaysSince(day)
	c := Count{Label: tahapan.HLabel(n), Days: n, Date: tahapan.FormatDate(vd, lang)}
	switch {
	case n > 0:
		c.Target = lang.Pick("menuju Pemungutan Suara", "to voting day")
	case n == 0:
		c.Target = lang.Pick("hari ini Pemungutan Suara", "voting day is today")
		c.Note = s.Countdown(now, loc).PollsText(lang)
	default:
		c.Past = true
		c.Target = lang.Pick("setelah Pemungutan Suara", "since voting day")
		c.Ago = agoText(-n, lang)
	}
	return c
}

// agoText writes n days ago: "1 hari yang lalu", "3 days ago".
func agoText(n int, lang kata.Lang) string { return kata.Ago(kata.Days(n, lang), lang) }

// plannedCount counts, in plain days (the KPU's H-n counts to voting day
// only), to the date [tahapan.Schedule.Countdown] picks for a schedule
// whose voting day is not set: the start of its next key stage.
func plannedCount(s *tahapan.Schedule, now time.Time, loc *time.Location, lang kata.Lang) Count {
	c := Count{Planned: true, Note: lang.Pick("KPU belum menetapkan hari pemungutan suara",
		"KPU has not set voting day yet")}
	cd := s.Countdown(now, loc)
	if cd.Target == "" {
		return c
	}
	name := cd.TargetName
	if lang == kata.English && cd.TargetEN != "" {
		name = cd.TargetEN
	}
	c.Days = cd.Days
	c.Date = tahapan.FormatDate(cd.TargetDate, lang)
	switch {
	case cd.Days > 0:
		c.Label = kata.Days(cd.Days, lang)
		c.Target = lang.Pick("menuju ", "to ") + name
	case cd.Days == 0:
		c.Label = lang.Pick("Hari ini", "Today")
		c.Target = name
	default:
		c.Past = true
		c.Label = kata.Days(-cd.Days, lang)
		c.Target = lang.Pick("sejak ", "since ") + name
		c.Ago = agoText(-cd.Days, lang)
	}
	return c
}
