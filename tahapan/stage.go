package tahapan

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

// A Stage is one tahapan of an election, or one of its sub-stages (kegiatan).
// Its period is inclusive at both ends, as in the KPU tables.
//
// A Stage belongs to a loaded [Schedule] and must not be modified.
type Stage struct {
	ID         string     // stable ASCII slug, unique in its schedule
	Name       string     // Indonesian name, as in the regulation
	NameEN     string     // English name
	Period                // first and last day, inclusive
	Tags       []string   // filter words, such as "kampanye"
	Key        bool       // a key date of the election
	LegalBasis string     // e.g. "PKPU 3/2022 Lampiran; UU 7/2017 Pasal 278(1)"
	Sources    []string   // URLs that confirm the dates
	Confidence Confidence // how well the sources confirm the dates
	Note       string     // free text, in Indonesian: conflicts, single sources, rules
	NoteEN     string     // Note in English
	Edukasi    string     // voter education, in Indonesian: what the stage means for a voter
	EdukasiEN  string     // Edukasi in English
	Cancelled  bool       // planned but not held; kept so feeds can cancel it
	Regions    []string   // kode wilayah the stage concerns, such as a re-vote's; empty for every region
	Stages     []*Stage   // sub-stages, in order
	Parent     *Stage     // the enclosing stage, or nil for a tahapan

	// A stage of a local agenda may be a timed event: StartTime (and
	// optionally EndTime) are clock times in TimeZone (the schedule's zone
	// when empty). Location says where it takes place. Stages of a national
	// schedule are all-day and leave these empty.
	StartTime, EndTime *Clock
	TimeZone           string
	Location           string

	// StartRule and EndRule say how Start and End were derived, when the
	// file gives a rule instead of (or beside) a fixed date; nil otherwise.
	StartRule, EndRule *Rule
}

// Confidence says how well the sources confirm a stage's dates.
type Confidence string

// The confidence levels, as in the project's reference data.
const (
	Confirmed    Confidence = "confirmed"     // two or more independent sources, or an official page
	SingleSource Confidence = "single_source" // one source only
	Unconfirmed  Confidence = "unconfirmed"   // reported, but weak or garbled
	Conflict     Confidence = "conflict"      // sources disagree; see the note
)

// Confidences lists the confidence levels, the strongest first.
var Confidences = []Confidence{Confirmed, SingleSource, Unconfirmed, Conflict}

// Valid reports whether c is one of [Confidences].
func (c Confidence) Valid() bool { return slices.Contains(Confidences, c) }

// String returns the stage's id, name and period, for logs and tests:
// "masa-kampanye (Masa Kampanye Pemilu, 2023-11-28..2024-02-10)". Without
// it, the String of the embedded Period would print the dates alone.
func (st *Stage) String() string {
	return fmt.Sprintf("%s (%s, %s)", st.ID, st.Name, st.Period)
}

// Timed reports whether the stage is a timed event rather than all-day.
func (st *Stage) Timed() bool { return st.StartTime != nil }

// LocalName returns the stage's name in lang ("id" or "en"). It falls back
// to the Indonesian name when there is no English one.
func (st *Stage) LocalName(lang kata.Lang) string {
	return lang.Pick(st.Name, cmp.Or(st.NameEN, st.Name))
}

// LocalNote returns the stage's note in lang ("id" or "en"): NoteEN in
// English, Note in Indonesian. It falls back to the other language only
// when the stage has no note in lang at all.
func (st *Stage) LocalNote(lang kata.Lang) string {
	return local(lang, st.Note, st.NoteEN)
}

// LocalEdukasi returns the stage's voter-education text in lang, with the
// same fallback as [Stage.LocalNote].
func (st *Stage) LocalEdukasi(lang kata.Lang) string {
	return local(lang, st.Edukasi, st.EdukasiEN)
}

// local picks id or en by lang, falling back to the other when empty.
func local(lang kata.Lang, id, en string) string {
	return lang.Pick(cmp.Or(id, en), cmp.Or(en, id))
}

// HasTag reports whether the stage carries tag.
func (st *Stage) HasTag(tag string) bool {
	return slices.Contains(st.Tags, tag)
}

// Depth returns 0 for a tahapan, 1 for its sub-stages, and so on.
func (st *Stage) Depth() int {
	n := 0
	for p := st.Parent; p != nil; p = p.Parent {
		n++
	}
	return n
}

// A Status is where a stage stands on a given day.
type Status int

// The statuses of a stage. Their String forms are Indonesian, as KPU uses
// them: "akan datang", "berlangsung", "selesai".
const (
	Upcoming Status = iota // akan datang: starts after the day
	Ongoing                // berlangsung: the day is within the period
	Done                   // selesai: ended before the day
)

var statusNames = [...][2]string{
	Upcoming: {"akan datang", "upcoming"},
	Ongoing:  {"berlangsung", "ongoing"},
	Done:     {"selesai", "done"},
}

// String returns the Indonesian name of the status.
func (s Status) String() string { return s.Local("id") }

// Local returns the status name in lang ("id" or "en").
func (s Status) Local(lang kata.Lang) string {
	if s < 0 || int(s) >= len(statusNames) {
		return "?"
	}
	return lang.Pick(statusNames[s][0], statusNames[s][1])
}

// MarshalText implements [encoding.TextMarshaler] with the English name
// ("upcoming", "ongoing", "done"), which is stable for machines.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.Local("en")), nil }

// StatusOn returns where the stage stands on day d.
func (st *Stage) StatusOn(d Date) Status {
	switch {
	case d.Before(st.Start):
		return Upcoming
	case d.After(st.End):
		return Done
	}
	return Ongoing
}

// Status returns where the stage stands at the instant now, on the civil
// date of now in loc.
func (st *Stage) Status(now time.Time, loc *time.Location) Status {
	return st.StatusOn(Today(now, loc))
}

// Progress is how far a stage has run on a day: on day Day of Total.
// Before the stage Day is 0; after it Day is Total.
type Progress struct {
	Day     int     `json:"day"`     // 1-based day of the stage ("hari ke-12"), 0 before it starts
	Total   int     `json:"total"`   // days in the stage, both ends counted
	Percent float64 `json:"percent"` // Day/Total*100, from 0 to 100, to one decimal
}

// ProgressOn returns the progress of the stage on day d.
func (st *Stage) ProgressOn(d Date) Progress {
	total := st.Days()
	day := d.DaysSince(st.Start) + 1
	day = max(0, min(day, total))
	return Progress{Day: day, Total: total, Percent: math.Round(float64(day)*1000/float64(total)) / 10}
}

// Progress returns the progress of the stage at the instant now in loc.
func (st *Stage) Progress(now time.Time, loc *time.Location) Progress {
	return st.ProgressOn(Today(now, loc))
}

// A StageState is a stage as seen on one day: the element of the JSON list
// that `tahapan stages --output json` and the HTTP API return.
type StageState struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	NameEN     string     `json:"name_en,omitempty"`
	Start      Date       `json:"start"`
	End        Date       `json:"end"`
	Days       int        `json:"days"`
	Status     Status     `json:"status"`
	Progress   Progress   `json:"progress"`
	Parent     string     `json:"parent"`
	Depth      int        `json:"depth"`
	Key        bool       `json:"key"`
	Tags       []string   `json:"tags"`
	LegalBasis string     `json:"legal_basis,omitempty"`
	Sources    []string   `json:"sources,omitempty"`
	Confidence Confidence `json:"confidence"`
	Note       string     `json:"note,omitempty"`
	NoteEN     string     `json:"note_en,omitempty"`
	Edukasi    string     `json:"edukasi,omitempty"`
	EdukasiEN  string     `json:"edukasi_en,omitempty"`
	Regions    []string   `json:"regions,omitempty"`
	Cancelled  bool       `json:"cancelled,omitempty"`
	StartTime  *Clock     `json:"start_time,omitempty"`
	EndTime    *Clock     `json:"end_time,omitempty"`
	TimeZone   string     `json:"time_zone,omitempty"`
	Location   string     `json:"location,omitempty"`
	Schedule   string     `json:"schedule,omitempty"` // set when several schedules are listed together
}

// StateOn returns the stage as seen on day d.
func (st *Stage) StateOn(d Date) StageState {
	parent := ""
	if st.Parent != nil {
		parent = st.Parent.ID
	}
	tags := st.Tags
	if tags == nil {
		tags = []string{}
	}
	return StageState{
		ID: st.ID, Name: st.Name, NameEN: st.NameEN, Start: st.Start, End: st.End, Days: st.Days(),
		Status: st.StatusOn(d), Progress: st.ProgressOn(d), Parent: parent, Depth: st.Depth(),
		Key: st.Key, Tags: tags, LegalBasis: st.LegalBasis, Sources: st.Sources,
		Confidence: st.Confidence, Note: st.Note, NoteEN: st.NoteEN, Edukasi: st.Edukasi, EdukasiEN: st.EdukasiEN,
		Regions: st.Regions, Cancelled: st.Cancelled,
		StartTime: st.StartTime, EndTime: st.EndTime, TimeZone: st.TimeZone, Location: st.Location,
	}
}
