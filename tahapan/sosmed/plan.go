package sosmed

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
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
	// Kind is the main purpose of the post: a reminder on a reminder
	// day, else a stage start, a stage end, or the plain countdown.
	Kind Kind `json:"kind"`
	// Stage lists the key stages that start or end that day, by id,
	// comma-separated; "" when none does.
	Stage   string `json:"stage,omitempty"`
	Caption string `json:"caption"`
	Length  int    `json:"length"` // in the unit of the platform's limit
	Limit   int    `json:"limit"`
}

// Plan returns the posting calendar of schedule s for the days of p, both
// included, on each of platforms: one post a day per platform, whatever
// happens that day. The post is the daily countdown of [NewCaption],
// headed by a line for each event of the day:
//
//   - a [Reminder] on each of [ReminderDays] before voting day, and on
//     voting day;
//   - a [StageStart] on the first day of each key stage and a [StageEnd]
//     on its last (one line for a one-day stage).
//
// On voting day the reminder also stands for the key stages that start
// that day. Cancelled stages are left out. Posts are ordered by date,
// then platform in the order given.
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
	var posts []Post
	for day := p.Start; !day.After(p.End); day = day.AddDays(1) {
		d, stages := dayData(s, day, loc, opt)
		for _, pl := range platforms {
			d.Platform = pl
			c, err := Render(pl, d, opt)
			if err != nil {
				return nil, err
			}
			posts = append(posts, Post{Date: day, Platform: pl, Kind: d.Kind, Stage: strings.Join(stages, ","),
				Caption: c.Text, Length: c.Length, Limit: c.Limit})
		}
	}
	return posts, nil
}

// dayData merges what happens on day into the data of one post: the
// countdown, headed by the reminder and the stages that start or end.
func dayData(s *tahapan.Schedule, day tahapan.Date, loc *time.Location, opt Options) (Data, []string) {
	lang := opt.lang()
	d := newData(s, "", Countdown, day.In(loc), loc, opt)
	var heads []string
	vd, hasVD := s.VotingDay()
	if h := vd.DaysSince(day); hasVD && isReminderDay(h) {
		d.Kind = Reminder
		if h == 0 {
			heads = append(heads, lang.Pick("Hari ini kita memilih! Ayo datang ke TPS.", "Today we vote! Head to your polling station."))
		} else {
			heads = append(heads, lang.Pick("Pengingat "+d.Label+"!", "Reminder: "+d.Label+"!"))
		}
	}
	var events []StageLine
	var ids []string
	var edukasi *tahapan.Stage
	for _, kind := range []Kind{StageStart, StageEnd} {
		for _, st := range s.All() {
			if !st.Key || st.Cancelled || (hasVD && day == vd) {
				continue
			}
			if (kind == StageStart && st.Start != day) || (kind == StageEnd && (st.End != day || st.Start == day)) {
				continue
			}
			if d.Kind == Countdown {
				d.Kind = kind
			}
			line := stageLine(st, day, lang)
			events = append(events, line)
			ids = append(ids, st.ID)
			heads = append(heads, eventHeadline(st, kind, line, lang))
			if kind == StageStart && edukasi == nil && st.Edukasi != "" {
				edukasi = st
			}
		}
	}
	if edukasi != nil && edukasiText(edukasi, lang) != "" {
		d.Edukasi, d.EdukasiStage = edukasiText(edukasi, lang), edukasi.ID
	}
	// The stages of the day's events come first in the list of stages.
	for _, line := range d.Stages {
		if !slices.ContainsFunc(events, func(e StageLine) bool { return e.ID == line.ID }) {
			events = append(events, line)
		}
	}
	maxStages := opt.MaxStages
	if maxStages <= 0 {
		maxStages = 3
	}
	d.Stages = events[:min(len(events), maxStages)]
	d.Headline = strings.Join(heads, "\n")
	return d, ids
}

func isReminderDay(h int) bool {
	return slices.Contains(ReminderDays, h)
}

// eventHeadline is the line that says a stage starts or ends today.
func eventHeadline(st *tahapan.Stage, kind Kind, line StageLine, lang kata.Lang) string {
	name := st.LocalName(lang)
	switch {
	case st.Start == st.End:
		return lang.Pick("Hari ini: "+name+".", "Today: "+name+".")
	case kind == StageStart:
		n := st.Days()
		return lang.Pick(fmt.Sprintf("Mulai hari ini: %s (%s, %d hari).", name, line.PeriodText, n),
			fmt.Sprintf("Starting today: %s (%s, %d days).", name, line.PeriodText, n))
	}
	return lang.Pick(fmt.Sprintf("Hari terakhir: %s (%s).", name, line.PeriodText),
		fmt.Sprintf("Last day: %s (%s).", name, line.PeriodText))
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
