package sosmed

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// ReminderDays are the days before voting day, as in H-30, that get a
// reminder post in a plan; 0 is voting day itself.
var ReminderDays = []int{30, 14, 7, 3, 1, 0}

// MaxPlanDays is the longest period [Plan] accepts: ten years.
const MaxPlanDays = 3653

// A Post is one row of a posting plan: what to post where on a day.
type Post struct {
	Date     tahapan.Date `json:"date"`
	Platform Platform     `json:"platform"`
	Kind     Kind         `json:"kind"`
	Stage    string       `json:"stage,omitempty"` // the stage of a stage-start or stage-end post
	Caption  string       `json:"caption"`
	Length   int          `json:"length"` // in the unit of the platform's limit
	Limit    int          `json:"limit"`
}

// Plan returns the posting calendar of schedule s for the days of p, both
// included, on each of platforms:
//
//   - every day, a [Countdown] post, the caption of [NewCaption];
//   - a [StageStart] post on the first day of each key stage, and a
//     [StageEnd] post on its last day (one post for a one-day stage);
//   - a [Reminder] post on each of [ReminderDays] before voting day, and
//     on voting day.
//
// On voting day the reminder also stands for the key stages that start
// that day. Cancelled stages get no posts. Posts are ordered by date, then
// kind (countdown, reminder, stage-start, stage-end), stage and platform.
func Plan(s *tahapan.Schedule, p tahapan.Period, platforms []Platform, opt Options) ([]Post, error) {
	if err := opt.check(); err != nil {
		return nil, err
	}
	if p.End.Before(p.Start) {
		return nil, fmt.Errorf("sosmed: plan ends %s, before it starts %s", p.End, p.Start)
	}
	if p.Days() > MaxPlanDays {
		return nil, fmt.Errorf("sosmed: plan of %d days is longer than %d", p.Days(), MaxPlanDays)
	}
	if len(platforms) == 0 {
		return nil, errors.New("sosmed: plan for no platform")
	}
	loc := opt.zone(s)
	lang := opt.lang()
	var posts []Post
	add := func(d Data, stage string) error {
		for _, pl := range platforms {
			d.Platform = pl
			c, err := Render(pl, d, opt)
			if err != nil {
				return err
			}
			posts = append(posts, Post{Date: d.Day, Platform: pl, Kind: d.Kind, Stage: stage,
				Caption: c.Text, Length: c.Length, Limit: c.Limit})
		}
		return nil
	}
	for day := p.Start; !day.After(p.End); day = day.AddDays(1) {
		base := newData(s, "", Countdown, day, loc, opt)
		if err := add(base, ""); err != nil {
			return nil, err
		}
		vd, set := s.VotingDay()
		if h := vd.DaysSince(day); set && isReminderDay(h) {
			d := base
			d.Kind, d.Stages, d.Next = Reminder, nil, nil
			d.Edukasi, d.EdukasiStage = "", ""
			if st := votingDayStage(s); st != nil && lang == "id" {
				d.Edukasi, d.EdukasiStage = st.Edukasi, st.ID
			}
			if h == 0 {
				d.Headline = tr(lang, "Hari ini kita memilih! Ayo datang ke TPS.", "Today we vote! Head to your polling station.")
			} else {
				d.Headline = tr(lang, "Pengingat "+d.Label+"!", "Reminder: "+d.Label+"!")
			}
			if err := add(d, ""); err != nil {
				return nil, err
			}
		}
		for _, st := range s.All() {
			if !st.Key || st.Cancelled || (set && day == vd) {
				continue
			}
			var d Data
			switch {
			case st.Start == day:
				d = stageEvent(base, st, StageStart, lang)
			case st.End == day:
				d = stageEvent(base, st, StageEnd, lang)
				d.Next = base.Next
			default:
				continue
			}
			if err := add(d, st.ID); err != nil {
				return nil, err
			}
		}
	}
	return posts, nil
}

func isReminderDay(h int) bool {
	for _, r := range ReminderDays {
		if r == h {
			return true
		}
	}
	return false
}

// stageEvent turns the daily data into that of a post about one stage.
func stageEvent(base Data, st *tahapan.Stage, kind Kind, lang string) Data {
	d := base
	d.Kind = kind
	line := stageLine(st, base.Day, lang)
	d.Stages = []StageLine{line}
	d.Next = nil
	d.Edukasi, d.EdukasiStage = "", ""
	if st.Edukasi != "" && lang == "id" {
		d.Edukasi, d.EdukasiStage = st.Edukasi, st.ID
	}
	name := st.LocalName(lang)
	switch {
	case st.Start == st.End:
		d.Headline = tr(lang, "Hari ini: "+name+".", "Today: "+name+".")
	case kind == StageStart:
		n := st.Days()
		d.Headline = tr(lang, fmt.Sprintf("Mulai hari ini: %s (%s, %d hari).", name, line.PeriodText, n),
			fmt.Sprintf("Starting today: %s (%s, %d days).", name, line.PeriodText, n))
	default:
		d.Headline = tr(lang, fmt.Sprintf("Hari terakhir: %s (%s).", name, line.PeriodText),
			fmt.Sprintf("Last day: %s (%s).", name, line.PeriodText))
	}
	return d
}

// WriteCSV writes posts as CSV (RFC 4180, CRLF line ends) with a header
// row: date, platform, kind, stage, length, limit, caption. Captions keep
// their line breaks inside quoted fields.
//
// With bom set, the output starts with a UTF-8 byte order mark. Microsoft
// Excel needs it to read the file as UTF-8 rather than in the system code
// page, which would garble "–", "·" and emoji; LibreOffice and Google
// Sheets accept it. Programs that read the CSV may not expect it.
func WriteCSV(w io.Writer, posts []Post, bom bool) error {
	if bom {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write([]string{"date", "platform", "kind", "stage", "length", "limit", "caption"}); err != nil {
		return err
	}
	for _, p := range posts {
		row := []string{p.Date.String(), string(p.Platform), string(p.Kind), p.Stage,
			strconv.Itoa(p.Length), strconv.Itoa(p.Limit), p.Caption}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
