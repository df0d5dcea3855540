package ical

import (
	"fmt"
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

// EncodeHolidays writes days, non-working days such as the result of
// [libur.Calendar.Holidays] or [libur.Official], as an iCalendar feed to
// w: one all-day event per day, in the order given. The feed's name gives
// the years the days span ("Hari libur nasional dan cuti bersama 2024").
//
// SUMMARY is the day's name, after "Cuti bersama: " ("Collective leave: ")
// for a cuti bersama day whose name does not say so; DESCRIPTION gives its kind (libur nasional,
// cuti bersama or libur pemilu), its decree, its confidence and note when
// the data has them (the days of 2027), and its sources, and
// CATEGORIES its kind. A day with [libur.Day].Estimated set, computed
// because no SKB exists yet for its year, says "(perkiraan)" ("(estimated)")
// in SUMMARY, explains the estimate in DESCRIPTION and is TENTATIVE.
//
// The UID is "libur/<YYYY-MM-DD>/<kind>@<domain>", with "-2", "-3"… after
// the kind for further days of the same date and kind (2021-05-13 was
// both Kenaikan Isa Al Masih and Idul Fitri). So when a year's SKB replaces
// an estimate, the decreed day keeps the estimated day's UID, and its
// SEQUENCE goes from 0 (estimated) to 1 (decreed), which tells clients to
// update it. DTSTAMP and LAST-MODIFIED are 00:00 UTC on 1 January of the
// year before the first day's year, before that year's SKB was signed: a
// date of the data, never of the run. The filters of opt do not apply.
func EncodeHolidays(w io.Writer, days []libur.Day, opt Options) error {
	if err := opt.check(); err != nil {
		return err
	}
	l := opt.lang()
	zone := opt.Zone
	if zone == nil {
		zone, _ = tahapan.Zone("WIB")
	}
	first, last := 0, 0
	for i, d := range days {
		if !d.Date.IsValid() {
			return fmt.Errorf("ical: holiday %q: invalid date %s", d.Name, d.Date)
		}
		if i == 0 || d.Date.Year < first {
			first = d.Date.Year
		}
		if i == 0 || d.Date.Year > last {
			last = d.Date.Year
		}
	}
	stamp := tahapan.D(1970, time.January, 1)
	if len(days) > 0 {
		stamp = tahapan.D(first-1, time.January, 1)
	}
	estimated := false
	for _, d := range days {
		estimated = estimated || d.Estimated
	}
	span := fmt.Sprint(first)
	if last != first {
		span = fmt.Sprintf("%d–%d", first, last)
	}
	if len(days) == 0 {
		span = "(" + l.Pick("kosong", "empty") + ")"
	}
	name := l.Pick("Hari libur nasional dan cuti bersama "+span, "Indonesian public holidays and collective leave "+span)
	desc := l.Pick(
		"Hari libur nasional, cuti bersama (SKB 3 Menteri) dan hari pemungutan suara yang diliburkan (Keppres), "+span+".",
		"National holidays, collective leave days (joint ministerial decree, SKB 3 Menteri) and voting days made holidays (Keppres), "+span+".")
	if estimated {
		desc += " " + l.Pick(libur.EstimatedNote, libur.EstimatedNoteEN)
	}
	out := &plan{opt: opt, name: name, desc: desc, zone: zone, stamp: stamp, file: "libur.ics"}
	seen := map[string]int{}
	for _, d := range days {
		key := d.Date.String() + "/" + string(d.Kind)
		seen[key]++
		if n := seen[key]; n > 1 {
			key += fmt.Sprintf("-%d", n)
		}
		ev := event{
			uid:        "libur/" + key + "@" + opt.domain(),
			summary:    holidayName(d, l),
			desc:       holidayDesc(d, l),
			start:      d.Date,
			end:        d.Date,
			categories: []string{string(d.Kind)},
			status:     ics.ObjectStatusConfirmed,
			sequence:   1,
			modified:   stamp,
		}
		if d.Estimated {
			ev.status = ics.ObjectStatusTentative
			ev.sequence = 0
		}
		if len(d.Sources) > 0 {
			ev.url = d.Sources[0]
		}
		out.events = append(out.events, ev)
	}
	return out.write(w)
}

// holidayName returns the SUMMARY of d. A cuti bersama day named after
// its holiday (as in 2027, whose Idul Fitri days all read "Idul Fitri
// 1448 H") says that it is one.
func holidayName(d libur.Day, l kata.Lang) string {
	name := d.LocalName(l)
	if d.Kind == libur.CutiBersama {
		name = kata.CutiBersama(name, l)
	}
	if d.Estimated {
		name += l.Pick(" (perkiraan)", " (estimated)")
	}
	return name
}

func holidayDesc(d libur.Day, l kata.Lang) string {
	var lines []string
	if d.Estimated {
		lines = append(lines, l.Pick(
			"PERKIRAAN: SKB 3 Menteri untuk tahun ini belum ada; tanggal ini dihitung, bukan ditetapkan.",
			"ESTIMATED: no SKB 3 Menteri for this year yet; this date is computed, not decreed."))
	}
	lines = append(lines, l.Pick("Tanggal: ", "Date: ")+kata.Date(kata.Day(d.Date), kata.Long, l))
	lines = append(lines, l.Pick("Jenis: ", "Kind: ")+d.Kind.Local(l))
	if d.NameEN != "" && d.Name != "" {
		// An English reader also gets the name as decreed.
		if label := l.Pick("", "Indonesian name: "); label != "" {
			lines = append(lines, label+d.Name)
		}
	}
	if d.Decree != "" {
		lines = append(lines, l.Pick("Dasar hukum: ", "Decree: ")+d.Decree)
	}
	if d.Confidence != "" && d.Confidence != tahapan.Confirmed {
		lines = append(lines, l.Pick("Kepastian: ", "Confidence: ")+kata.Confidence(string(d.Confidence), l))
	}
	if note := l.Pick(d.Note, d.NoteEN); note != "" {
		lines = append(lines, l.Pick("Catatan: ", "Note: ")+note)
	} else if note := l.Pick(d.NoteEN, d.Note); note != "" {
		lines = append(lines, l.Pick("Catatan", "Note")+kata.InOther(l)+": "+note)
	}
	if d.Method != "" {
		lines = append(lines, l.Pick("Cara menghitung: ", "Method: ")+d.LocalMethod(l))
	}
	if len(d.Sources) > 0 {
		lines = append(lines, l.Pick("Sumber:", "Sources:"))
		for _, u := range d.Sources {
			lines = append(lines, "- "+u)
		}
	}
	return strings.Join(lines, "\n")
}
