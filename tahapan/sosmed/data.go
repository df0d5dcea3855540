package sosmed

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
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
	Platform Platform  // the platform the caption is for
	Lang     kata.Lang // "id" or "en"
	Kind     Kind      // the purpose of the post

	Schedule string       // the election's name: "Pemilu Serentak 2024"
	Office   string       // the office that posts: "KPU Kota Mojokerto", or ""
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

	// Headline is the first lines of a post that marks events (a
	// reminder, stages that start or end that day), one line each; "" for
	// a plain countdown. To fit a limit, its lines go last first.
	Headline string
	// Stages are the stages in progress that the caption names, most
	// important first: key stages before others, shorter before longer.
	Stages []StageLine
	// Next is the next key stage to start, or nil.
	Next *Milestone
	// Edukasi is the voter-education line, from the edukasi text of a
	// stage in progress or starting within [EdukasiDays] days (see
	// [EdukasiStage]); "" when there is none. An English caption carries
	// the stage's English text ([tahapan.Stage].EdukasiEN) and leaves the
	// line out when the stage has none, rather than mix the languages.
	Edukasi string
	// EdukasiStage is the id of the stage Edukasi comes from.
	EdukasiStage string
	// Hashtags are written with their "#": the office's own
	// ([Options].Hashtags) first, then the election's. The office's and
	// the first of the election's are never dropped to fit a limit.
	Hashtags []string
	// keepTags is how many of Hashtags are never dropped.
	keepTags int
	// count is the shared wording of the count (see [CountAt]).
	count Count
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
	if d.Lang == kata.English {
		return en
	}
	return id
}

// Options controls captions and plans. The zero value gives Indonesian
// captions in the schedule's own zone with the built-in templates and
// hashtags.
type Options struct {
	// Lang is "id" (Indonesian, the default when empty) or "en".
	Lang kata.Lang
	// Zone is the zone "today" is taken in; nil means the schedule's zone
	// ([tahapan.Schedule.Location]).
	Zone *time.Location
	// Office is the name of the office that posts, such as "KPU Kota
	// Mojokerto"; captions name it. "" for none.
	Office string
	// Hashtags are the office's own hashtags, such as "KPUKotaMojokerto",
	// put before the election's (made from the schedule: "#Pemilu2024",
	// "#PemiluSerentak2024"). A leading "#" is optional; otherwise a
	// hashtag holds letters, digits and "_" only. Captions never drop
	// them, nor the first of the election's, unless these alone exceed a
	// platform's limit (see the package doc).
	Hashtags []string
	// MaxStages is the most stages in progress a caption names; 0 means 3.
	MaxStages int
	// Templates replace the built-in template of a platform. Parse them
	// with [ParseTemplate].
	Templates map[Platform]*Template
}

func (o Options) lang() kata.Lang {
	if o.Lang == kata.English {
		return kata.English
	}
	return kata.Indonesian
}

func (o Options) check() error {
	if err := o.Lang.Check(); err != nil {
		return fmt.Errorf("sosmed: %w", err)
	}
	for _, h := range o.Hashtags {
		if err := CheckHashtag(h); err != nil {
			return fmt.Errorf("sosmed: %w", err)
		}
	}
	return nil
}

// CheckHashtag reports whether h is a hashtag the platforms link whole:
// an optional leading "#", then one or more letters, digits or "_". An
// empty one, one with a space or another "#", or with punctuation (which
// ends a hashtag on every platform) is an error, which quotes at most the
// first 40 bytes of h and names no package, for a caller to prefix.
func CheckHashtag(h string) error {
	body := strings.TrimPrefix(h, "#")
	if body == "" {
		return fmt.Errorf("empty hashtag %q", h)
	}
	for _, r := range body {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') {
			what := fmt.Sprintf("%q", r)
			if unicode.IsSpace(r) {
				what = "a space"
			}
			return fmt.Errorf("invalid hashtag %q: it holds %s; want letters, digits and _ after an optional #", short(h), what)
		}
	}
	return nil
}

// short returns s, or its first 40 runes and "…".
func short(s string) string { return kata.Prefix(s, 40) }

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
	return newData(s, p, Countdown, now, loc, opt)
}

// newData builds the full data of a daily caption at the instant now;
// event posts then add to it.
func newData(s *tahapan.Schedule, p Platform, kind Kind, now time.Time, loc *time.Location, opt Options) Data {
	lang := opt.lang()
	day := tahapan.Today(now, loc)
	c := s.Countdown(now, loc)
	cnt := CountAt(s, now, loc, lang)
	d := Data{
		Platform:     p,
		Lang:         lang,
		Kind:         kind,
		Schedule:     s.LocalName(lang),
		Office:       opt.Office,
		Day:          day,
		DayText:      tahapan.FormatDate(day, lang),
		Countdown:    c,
		Label:        cnt.Label,
		PollingHours: clockText(s.PollingHours.Open, lang) + "–" + clockText(s.PollingHours.Close, lang),
		count:        cnt,
	}
	d.Hashtags, d.keepTags = hashtags(s, opt.Hashtags)
	if vd, ok := s.VotingDay(); ok {
		d.VotingDayText = tahapan.FormatDate(vd, lang)
	}
	d.Phrase, d.Span = phrase(c, cnt, lang)
	switch {
	case cnt.Planned:
	case c.Days == 0:
		d.Polls = cnt.Note
	case c.Days > 0 && c.Days <= 7:
		d.Polls = lang.Pick("TPS buka pukul "+d.PollingHours+" waktu setempat",
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
	if next := nextMilestone(s, day); next != nil && !(cnt.Planned && next.Start.DaysSince(day) == cnt.Days) {
		d.Next = &Milestone{
			ID: next.ID, Name: next.LocalName(lang), Date: next.Start,
			DateText: tahapan.FormatDate(next.Start, lang), Days: next.Start.DaysSince(day),
		}
		d.Next.InText = inDays(d.Next.Days, lang)
	}
	if st := EdukasiStage(s, day); st != nil && edukasiText(st, lang) != "" {
		d.Edukasi, d.EdukasiStage = edukasiText(st, lang), st.ID
	}
	return d
}

// edukasiText returns the edukasi text of st in lang only, never the
// other language's.
func edukasiText(st *tahapan.Stage, lang kata.Lang) string {
	if lang == kata.English {
		return st.EdukasiEN
	}
	return st.Edukasi
}

// clockText writes a time of day as Indonesian texts do, with a dot
// ("07.00"), or with a colon in English.
func clockText(c tahapan.Clock, lang kata.Lang) string { return kata.Clock(c.Hour, c.Minute, lang) }

// phrase returns the countdown in words, and the exact span in months and
// days when the words round it.
func phrase(c tahapan.Countdown, cnt Count, lang kata.Lang) (words, span string) {
	if cnt.Planned {
		words = lang.Pick("Hari pemungutan suara belum ditetapkan KPU", "KPU has not set voting day yet")
		if cnt.Label != "" {
			words += lang.Pick("; tanggal terdekat yang diketahui: ", "; the next known date: ") +
				cnt.Label + " " + cnt.Target + ", " + cnt.Date
		}
		return words, ""
	}
	n := c.Days
	switch {
	case n == 0:
		if lang == kata.English {
			return "Today is voting day", ""
		}
		return "Hari ini hari pemungutan suara", ""
	case n < 0:
		if lang == kata.English {
			have := "have"
			if n == -1 {
				have = "has"
			}
			return fmt.Sprintf("%s %s %s passed since voting day", capitalize(SpellNumber(-n, "en")), plural(-n, "day"), have), ""
		}
		return fmt.Sprintf("%s hari telah berlalu sejak hari pemungutan suara", capitalize(SpellNumber(-n, "id"))), ""
	case n <= 31:
		if lang == kata.English {
			return fmt.Sprintf("%s %s to go until voting day", capitalize(SpellNumber(n, "en")), plural(n, "day")), ""
		}
		return fmt.Sprintf("Sisa waktu %s hari menuju hari pemungutan suara", SpellNumber(n, "id")), ""
	}
	months := c.Months
	if c.RemainderDays >= 15 {
		months++
	}
	span = tahapan.Span(c.Months, c.RemainderDays, lang)
	if lang == kata.English {
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

func inDays(n int, lang kata.Lang) string {
	switch {
	case n == 1 && lang == kata.English:
		return "tomorrow"
	case n == 1:
		return "besok"
	case lang == kata.English:
		return fmt.Sprintf("in %d days", n)
	}
	return fmt.Sprintf("%d hari lagi", n)
}

// hashtags returns the office's tags, then the election's own: its kind
// with its year ("#Pemilu2024") and its name without spaces
// ("#PemiluSerentak2024"), each with a leading "#" and once. keep is how
// many are never dropped: the office's and the first of the election's.
func hashtags(s *tahapan.Schedule, office []string) (tags []string, keep int) {
	add := func(t string) {
		t = strings.Join(strings.Fields(t), "")
		if strings.TrimPrefix(t, "#") == "" {
			return
		}
		if !strings.HasPrefix(t, "#") {
			t = "#" + t
		}
		if !slices.ContainsFunc(tags, func(u string) bool { return strings.EqualFold(u, t) }) {
			tags = append(tags, t)
		}
	}
	for _, t := range office {
		add(t)
	}
	keep = len(tags)
	year := 0
	if vd, ok := s.VotingDay(); ok {
		year = vd.Year
	} else if i := strings.LastIndexByte(s.ID, '-'); i >= 0 {
		year, _ = strconv.Atoi(s.ID[i+1:]) // a planned schedule's id ends in its year: pemilu-2029
	}
	if s.Kind != "" && s.Kind != "other" && year != 0 {
		add(capitalize(s.Kind) + fmt.Sprint(year))
	}
	add(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s.Name))
	return tags, min(keep+1, len(tags))
}

func stageLine(st *tahapan.Stage, day tahapan.Date, lang kata.Lang) StageLine {
	p := st.ProgressOn(day)
	text := p.Text(lang)
	switch {
	case p.Total == 1:
		text = lang.Pick("hari ini", "today")
	case p.Day == p.Total:
		text = lang.Pick(fmt.Sprintf("hari terakhir, ke-%d dari %d", p.Day, p.Total),
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
func periodText(p tahapan.Period, lang kata.Lang) string {
	return kata.Period(kata.Day(p.Start), kata.Day(p.End), kata.Medium, lang)
}

// StagesInProgress returns the stages in progress on day that a post
// names, most important first: key stages and tahapan (depth 0), key
// stages before the others, then shorter before longer (a shorter stage is
// more topical), then in file order. Cancelled stages are left out.
func StagesInProgress(s *tahapan.Schedule, day tahapan.Date) []*tahapan.Stage {
	var list []*tahapan.Stage
	for _, st := range s.InProgressOn(day) {
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
	vd, set := s.VotingDay()
	for _, st := range s.All() {
		if !st.Key || st.Cancelled || !st.Start.After(day) || (set && st.Start == vd) {
			continue
		}
		if next == nil || st.Start.Before(next.Start) {
			next = st
		}
	}
	return next
}

// EdukasiDays is how far ahead a stage's edukasi text may be shown: from
// this many days before the stage starts.
const EdukasiDays = 14

// EdukasiStage picks the stage whose edukasi text a caption of day
// carries, or nil. A text is in season only while it describes what is
// happening or about to happen:
//
//   - a stage of a month or less, while it runs;
//   - a longer stage, in its first [EdukasiDays] days only, since its
//     text describes how it starts (the DPD candidates' support, handed
//     in at the start of a stage of a year);
//   - any stage that starts within the next [EdukasiDays] days.
//
// Among those, a stage in progress comes before one ahead: the shortest
// one of a month or less, or else the longer ones in turn, one a day.
// Among stages ahead, the nearest wins.
func EdukasiStage(s *tahapan.Schedule, day tahapan.Date) *tahapan.Stage {
	var now []*tahapan.Stage
	var ahead *tahapan.Stage
	for _, st := range s.All() {
		if st.Edukasi == "" || st.Cancelled {
			continue
		}
		switch since := day.DaysSince(st.Start); {
		case since < 0 && -since <= EdukasiDays:
			if ahead == nil || st.Start.Before(ahead.Start) {
				ahead = st
			}
		case since >= 0 && !day.After(st.End) && (st.Days() <= 31 || since < EdukasiDays):
			if !slices.ContainsFunc(now, func(o *tahapan.Stage) bool { return o.Edukasi == st.Edukasi }) {
				now = append(now, st)
			}
		}
	}
	if len(now) > 0 {
		slices.SortStableFunc(now, func(a, b *tahapan.Stage) int { return cmp.Compare(a.Days(), b.Days()) })
		if now[0].Days() <= 31 {
			return now[0]
		}
		n := day.DaysSince(tahapan.D(1970, 1, 1))
		return now[((n%len(now))+len(now))%len(now)]
	}
	return ahead
}
