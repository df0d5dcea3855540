package sosmed

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// A Kind is the purpose of a post in a posting plan.
type Kind string

// The kinds of post. A caption made with [NewCaption] alone is a
// [Countdown].
const (
	Countdown  Kind = "countdown"   // the daily post: H-n, stages in progress, next milestone
	StageStart Kind = "stage-start" // a key stage starts today
	StageEnd   Kind = "stage-end"   // a key stage ends today
	Reminder   Kind = "reminder"    // H-30, H-14, H-7, H-3, H-1 and voting day itself
)

// Data is what a caption template is executed with, for one day and one
// platform. Every text field is already in the caption's language, so a
// template only arranges them. Fields that are empty or nil are left out
// by the built-in templates, and a custom template should do the same
// ({{with .Span}} ({{.}}){{end}}): to fit a platform's limit, [Render]
// empties them one after another, least important first (see
// [ShorteningOrder]). Label, Phrase and the other fields are never
// emptied.
//
// A template may also call [Data.T] to pick between an Indonesian and an
// English text, and the functions of [TemplateFuncs].
type Data struct {
	Platform Platform // the platform the caption is for
	Lang     string   // "id" or "en"
	Kind     Kind     // the purpose of the post

	Schedule string       // the election's name: "Pemilu Serentak 2024"
	Day      tahapan.Date // the day the caption is for
	DayText  string       // that day written out: "Minggu, 23 Juli 2023"

	// Countdown is the countdown from Day to voting day.
	Countdown tahapan.Countdown
	// Label is the KPU label of the countdown: "H-206", "H" or "H+3".
	Label string
	// Phrase is the countdown in words: "Sisa waktu kurang lebih tujuh
	// bulan menuju hari pemungutan suara".
	Phrase string
	// Span is the exact distance in months and days, "6 bulan 22 hari",
	// or "" when the phrase already says it in days.
	Span string
	// VotingDayText is voting day written out: "Rabu, 14 Februari 2024".
	// It may be dropped to fit a limit, as the label already implies it.
	VotingDayText string
	// PollingHours are the polling hours in local time: "07.00–13.00".
	PollingHours string
	// Polls is the sentence on polling hours, "TPS buka pukul 07.00–13.00
	// waktu setempat", from a week before voting day through voting day;
	// "" on other days.
	Polls string

	// Headline is the first line of a post that marks an event (a stage
	// that starts or ends, a reminder); "" for the daily countdown.
	Headline string
	// Stages are the stages in progress that the caption names, most
	// important first: key stages before others, shorter before longer.
	Stages []StageLine
	// Next is the next key stage to start, or nil.
	Next *Milestone
	// Edukasi is the voter-education line, from the edukasi text of a
	// stage in progress; "" when there is none. The texts are Indonesian
	// only ([tahapan.Stage].Edukasi), so English captions leave it out.
	Edukasi string
	// EdukasiStage is the id of the stage Edukasi comes from.
	EdukasiStage string
	// Hashtags are written with their "#".
	Hashtags []string
}

// A StageLine is a stage in progress, as a caption names it.
type StageLine struct {
	ID       string           // stage id
	Name     string           // name in the caption's language
	Key      bool             // a key stage
	Progress tahapan.Progress // day n of the stage
	// ProgressText is the progress in words: "hari ke-12 dari 75",
	// "hari terakhir (ke-75 dari 75)" or "hari ini" for a one-day stage.
	ProgressText string
	// PeriodText is the stage's period: "28 November 2023 – 10 Februari 2024".
	PeriodText string
}

// A Milestone is a key stage ahead.
type Milestone struct {
	ID       string       // stage id
	Name     string       // name in the caption's language
	Date     tahapan.Date // its first day
	DateText string       // "Selasa, 28 November 2023"
	Days     int          // days from the caption's day
	InText   string       // "128 hari lagi", "besok"
}

// T returns id in an Indonesian caption and en in an English one.
func (d Data) T(id, en string) string {
	if d.Lang == "en" {
		return en
	}
	return id
}

// Options controls captions and plans. The zero value gives Indonesian
// captions in the schedule's own zone with the built-in templates and
// hashtags.
type Options struct {
	// Lang is "id" (Indonesian, the default when empty) or "en".
	Lang string
	// Zone is the zone "today" is taken in; nil means the schedule's zone
	// ([tahapan.Schedule.Location]).
	Zone *time.Location
	// Hashtags replace the default hashtags, which are made from the
	// schedule's name ("#PemiluSerentak2024", "#Pemilu2024"). A leading
	// "#" is added where missing.
	Hashtags []string
	// MaxStages is the most stages in progress a caption names; 0 means 3.
	MaxStages int
	// Templates replace the built-in template of a platform. Parse them
	// with [ParseTemplate].
	Templates map[Platform]*Template
}

func (o Options) lang() string {
	if o.Lang == "en" {
		return "en"
	}
	return "id"
}

func (o Options) check() error {
	if o.Lang != "" && o.Lang != "id" && o.Lang != "en" {
		return fmt.Errorf("sosmed: invalid language %q: want id or en", o.Lang)
	}
	return nil
}

func (o Options) zone(s *tahapan.Schedule) *time.Location {
	if o.Zone != nil {
		return o.Zone
	}
	return s.Location()
}

// NewData returns the template data of the daily countdown caption for
// platform p on the civil date of now in opt's zone.
func NewData(s *tahapan.Schedule, p Platform, now time.Time, opt Options) Data {
	loc := opt.zone(s)
	return newData(s, p, Countdown, tahapan.Today(now, loc), loc, opt)
}

// newData builds the full data of a daily caption; event posts then trim
// it to what they need.
func newData(s *tahapan.Schedule, p Platform, kind Kind, day tahapan.Date, loc *time.Location, opt Options) Data {
	lang := opt.lang()
	c := s.Countdown(day.In(loc), loc)
	d := Data{
		Platform:      p,
		Lang:          lang,
		Kind:          kind,
		Schedule:      s.LocalName(lang),
		Day:           day,
		DayText:       tahapan.FormatDate(day, lang),
		Countdown:     c,
		Label:         c.Label(),
		VotingDayText: tahapan.FormatDate(s.VotingDay, lang),
		PollingHours:  clockText(s.PollingHours.Open, lang) + "–" + clockText(s.PollingHours.Close, lang),
		Hashtags:      hashtags(s, opt.Hashtags),
	}
	d.Phrase, d.Span = phrase(c, lang)
	if c.Days >= 0 && c.Days <= 7 {
		d.Polls = tr(lang, "TPS buka pukul "+d.PollingHours+" waktu setempat",
			"Polling stations are open "+d.PollingHours+" local time")
	}
	maxStages := opt.MaxStages
	if maxStages <= 0 {
		maxStages = 3
	}
	for _, st := range StagesInProgress(s, day) {
		if len(d.Stages) == maxStages {
			break
		}
		d.Stages = append(d.Stages, stageLine(st, day, lang))
	}
	if next := nextMilestone(s, day); next != nil {
		d.Next = &Milestone{
			ID: next.ID, Name: next.LocalName(lang), Date: next.Start,
			DateText: tahapan.FormatDate(next.Start, lang), Days: next.Start.DaysSince(day),
		}
		d.Next.InText = inDays(d.Next.Days, lang)
	}
	if st := edukasiStage(s, day); st != nil && lang == "id" {
		d.Edukasi, d.EdukasiStage = st.Edukasi, st.ID
	}
	return d
}

// clockText writes a time of day as Indonesian texts do, with a dot
// ("07.00"), or with a colon in English.
func clockText(c tahapan.Clock, lang string) string {
	if lang == "en" {
		return c.String()
	}
	return fmt.Sprintf("%02d.%02d", c.Hour, c.Minute)
}

// phrase returns the countdown in words, and the exact span in months and
// days when the words round it.
func phrase(c tahapan.Countdown, lang string) (words, span string) {
	n := c.Days
	switch {
	case n == 0:
		if lang == "en" {
			return "Today is voting day", ""
		}
		return "Hari ini hari pemungutan suara", ""
	case n < 0:
		if lang == "en" {
			have := "have"
			if n == -1 {
				have = "has"
			}
			return fmt.Sprintf("%s %s %s passed since voting day", capitalize(SpellNumber(-n, "en")), plural(-n, "day"), have), ""
		}
		return fmt.Sprintf("%s hari telah berlalu sejak hari pemungutan suara", capitalize(SpellNumber(-n, "id"))), ""
	case n <= 31:
		if lang == "en" {
			return fmt.Sprintf("%s %s to go until voting day", capitalize(SpellNumber(n, "en")), plural(n, "day")), ""
		}
		return fmt.Sprintf("Sisa waktu %s hari menuju hari pemungutan suara", SpellNumber(n, "id")), ""
	}
	months := c.Months
	if c.RemainderDays >= 15 {
		months++
	}
	span = tahapan.Span(c.Months, c.RemainderDays, lang)
	if lang == "en" {
		about := "About"
		if c.RemainderDays == 0 {
			about = "Exactly"
		}
		return fmt.Sprintf("%s %s %s to go until voting day", about, SpellNumber(months, "en"), plural(months, "month")), span
	}
	about := "kurang lebih"
	if c.RemainderDays == 0 {
		about = "tepat"
	}
	return fmt.Sprintf("Sisa waktu %s %s bulan menuju hari pemungutan suara", about, SpellNumber(months, "id")), span
}

func plural(n int, unit string) string {
	if n == 1 {
		return unit
	}
	return unit + "s"
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func inDays(n int, lang string) string {
	switch {
	case n == 1 && lang == "en":
		return "tomorrow"
	case n == 1:
		return "besok"
	case lang == "en":
		return fmt.Sprintf("in %d days", n)
	}
	return fmt.Sprintf("%d hari lagi", n)
}

// hashtags returns tags with a leading "#", or the defaults made from the
// schedule: its name without spaces, and its kind with the voting year.
func hashtags(s *tahapan.Schedule, tags []string) []string {
	if tags == nil {
		tags = []string{strings.ReplaceAll(s.Name, " ", "")}
		if s.Kind != "" && s.Kind != "other" {
			tags = append(tags, capitalize(s.Kind)+fmt.Sprint(s.VotingDay.Year))
		}
	}
	var out []string
	for _, t := range tags {
		t = strings.Join(strings.Fields(t), "")
		if t == "" || t == "#" {
			continue
		}
		if !strings.HasPrefix(t, "#") {
			t = "#" + t
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

func stageLine(st *tahapan.Stage, day tahapan.Date, lang string) StageLine {
	p := st.ProgressOn(day)
	text := p.Text(lang)
	switch {
	case p.Total == 1:
		text = tr(lang, "hari ini", "today")
	case p.Day == p.Total:
		text = tr(lang, fmt.Sprintf("hari terakhir, ke-%d dari %d", p.Day, p.Total),
			fmt.Sprintf("last day, %d of %d", p.Day, p.Total))
	}
	return StageLine{
		ID: st.ID, Name: st.LocalName(lang), Key: st.Key, Progress: p, ProgressText: text,
		PeriodText: periodText(st.Period, lang),
	}
}

// periodText writes a period with the parts its ends share written once:
// "11–13 Februari 2024", "28 November – 3 Desember 2023",
// "28 November 2023 – 10 Februari 2024".
func periodText(p tahapan.Period, lang string) string {
	a, b := p.Start, p.End
	month := func(d tahapan.Date) string { return tahapan.MonthName(d.Month, lang) }
	switch {
	case a == b:
		return fmt.Sprintf("%d %s %d", a.Day, month(a), a.Year)
	case a.Year == b.Year && a.Month == b.Month:
		return fmt.Sprintf("%d–%d %s %d", a.Day, b.Day, month(b), b.Year)
	case a.Year == b.Year:
		return fmt.Sprintf("%d %s – %d %s %d", a.Day, month(a), b.Day, month(b), b.Year)
	}
	return fmt.Sprintf("%d %s %d – %d %s %d", a.Day, month(a), a.Year, b.Day, month(b), b.Year)
}

func tr(lang, id, en string) string {
	if lang == "en" {
		return en
	}
	return id
}

// StagesInProgress returns the stages in progress on day that a post
// names, most important first: key stages and tahapan (depth 0), key
// stages before the others, then shorter before longer (a shorter stage is
// more topical), then in file order. Cancelled stages are left out.
func StagesInProgress(s *tahapan.Schedule, day tahapan.Date) []*tahapan.Stage {
	var list []*tahapan.Stage
	for _, st := range s.OngoingOn(day) {
		if st.Key || st.Parent == nil {
			list = append(list, st)
		}
	}
	slices.SortStableFunc(list, func(a, b *tahapan.Stage) int {
		if a.Key != b.Key {
			if a.Key {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.Days(), b.Days())
	})
	return list
}

// NextKeyStage returns the key stage that starts soonest after day, as a
// caption names it, or nil: cancelled stages and those that start on
// voting day, which the countdown already names, are left out.
func NextKeyStage(s *tahapan.Schedule, day tahapan.Date) *tahapan.Stage { return nextMilestone(s, day) }

// nextMilestone returns the key stage that starts soonest after day,
// leaving out cancelled stages and those that start on voting day, which
// the countdown already names.
func nextMilestone(s *tahapan.Schedule, day tahapan.Date) *tahapan.Stage {
	var next *tahapan.Stage
	for _, st := range s.All() {
		if !st.Key || st.Cancelled || !st.Start.After(day) || st.Start == s.VotingDay {
			continue
		}
		if next == nil || st.Start.Before(next.Start) {
			next = st
		}
	}
	return next
}

// edukasiStage picks the stage whose edukasi text a daily caption carries.
// Among the stages in progress that have one, a short stage (a month or
// less) is topical and wins, the shortest first; otherwise the long ones
// take turns, one a day. When no stage in progress has a text, up to and
// including voting day the text of a stage held on voting day stands in,
// as it is written to hold on any day before.
func edukasiStage(s *tahapan.Schedule, day tahapan.Date) *tahapan.Stage {
	var list []*tahapan.Stage
	for _, st := range s.OngoingOn(day) {
		if st.Edukasi != "" {
			list = append(list, st)
		}
	}
	if len(list) > 0 {
		slices.SortStableFunc(list, func(a, b *tahapan.Stage) int { return cmp.Compare(a.Days(), b.Days()) })
		if list[0].Days() <= 31 {
			return list[0]
		}
		n := day.DaysSince(tahapan.D(1970, 1, 1))
		return list[((n%len(list))+len(list))%len(list)]
	}
	if day.After(s.VotingDay) {
		return nil
	}
	return votingDayStage(s)
}

// votingDayStage returns the first stage with an edukasi text whose period
// is exactly voting day.
func votingDayStage(s *tahapan.Schedule) *tahapan.Stage {
	for _, st := range s.All() {
		if !st.Cancelled && st.Edukasi != "" && st.Start == s.VotingDay && st.End == s.VotingDay {
			return st
		}
	}
	return nil
}
