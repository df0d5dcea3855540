package libur

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/rickar/cal/v2"
)

// A Kind says why offices are closed on a day.
type Kind string

// The kinds of non-working day.
const (
	// LiburNasional is a national public holiday (hari libur nasional) set by
	// the SKB 3 Menteri.
	LiburNasional Kind = "libur_nasional"
	// CutiBersama is a collective leave day (cuti bersama) set by the SKB 3
	// Menteri. Government offices close; see [Options.CutiIsWorkday].
	CutiBersama Kind = "cuti_bersama"
	// LiburPemilu is a voting day made a national holiday by a Keppres
	// (presidential decree).
	LiburPemilu Kind = "libur_pemilu"
)

// valid reports whether k is one of the three kinds.
func (k Kind) valid() bool {
	return k == LiburNasional || k == CutiBersama || k == LiburPemilu
}

// A Day is one non-working day: a holiday, a cuti bersama day or a voting
// day. A date can carry more than one Day (2021-05-13 was both Kenaikan Isa
// Al Masih and Idul Fitri).
//
// Its JSON form is
//
//	{"date":"2024-02-14","kind":"libur_pemilu","name":"Hari Pemungutan Suara Pemilu 2024",
//	 "name_en":"Election day (2024 general election)","decree":"Keppres 10/2024","estimated":false,
//	 "sources":["https://…"]}
//
// A day that may still change says so in confidence, note and note_en:
//
//	{"date":"2027-03-12","kind":"cuti_bersama","name":"Idul Fitri 1448 H","name_en":"Eid al-Fitr 1448 AH",
//	 "decree":"SKB 3 Menteri 1205/2026, 3/2026, 2/2026","estimated":false,"confidence":"single_source",
//	 "note":"Cuti bersama ini …","note_en":"This cuti bersama …","sources":["https://…"]}
type Day struct {
	Date   tahapan.Date `json:"date"`
	Kind   Kind         `json:"kind"`
	Name   string       `json:"name"`    // Indonesian name, as written in the decree
	NameEN string       `json:"name_en"` // English gloss of Name
	Decree string       `json:"decree"`  // the decree that set the day; empty when Estimated

	// Estimated reports that no decree sets the day yet: it was computed
	// by the rule in Method (see [Estimate]).
	Estimated bool   `json:"estimated"`
	Method    string `json:"method,omitempty"`    // in Indonesian
	MethodEN  string `json:"method_en,omitempty"` // in English

	// Confidence says how well the sources confirm a decreed day, as in
	// the project's reference data: [tahapan.Confirmed] or
	// [tahapan.SingleSource] for the days of 2027 (its cuti bersama rest
	// on one quoted announcement). It is empty when the data does not say,
	// as for 2019–2026, whose days were each read in the pages of Sources,
	// and for an estimated day.
	Confidence tahapan.Confidence `json:"confidence,omitempty"`

	// Note says in Indonesian what may still change about the day, such as
	// the Menteri Agama's power to move Idulfitri after the isbat; NoteEN
	// says it in English. Both are empty when there is nothing to say.
	Note   string `json:"note,omitempty"`
	NoteEN string `json:"note_en,omitempty"`

	Sources []string `json:"sources,omitempty"` // pages quoting the decree
}

// LocalName returns the day's name in lang ("id" or "en"): NameEN in
// English when there is one, Name otherwise.
func (d Day) LocalName(lang kata.Lang) string {
	return lang.Pick(d.Name, cmp.Or(d.NameEN, d.Name))
}

// LocalMethod returns how an estimated day was computed, in lang.
func (d Day) LocalMethod(lang kata.Lang) string {
	return lang.Pick(d.Method, cmp.Or(d.MethodEN, d.Method))
}

// LocalNote returns what may still change about the day, in lang.
func (d Day) LocalNote(lang kata.Lang) string {
	return lang.Pick(d.Note, cmp.Or(d.NoteEN, d.Note))
}

// clone returns a copy of d that shares no memory with it.
func (d Day) clone() Day {
	d.Sources = slices.Clone(d.Sources)
	return d
}

// A Year is one year's entry in a holiday file: see [Load] for the format.
type Year struct {
	Year int // the top-level key
	// Complete reports that Days is the year's whole official list: it
	// replaces the built-in list of that year, and the year counts as
	// decreed. When Complete is false, Days are added to the year's list.
	Complete bool
	Decrees  string // free text: the decrees behind the list and their history
	Days     []Day
}

// EstimatedNote says in Indonesian what an estimated year leaves out. Show it
// with every result whose Estimated field is true.
const EstimatedNote = "Perkiraan: SKB 3 Menteri untuk tahun ini belum ada. " +
	"Hari libur nasional tahun ini dihitung: yang bertanggal tetap dan yang mengikuti Paskah secara pasti; " +
	"Tahun Baru Imlek, Nyepi, Waisak, Isra Mikraj, Idulfitri, Iduladha, Tahun Baru Islam dan Maulid Nabi " +
	"dengan hisab dan kalender masing-masing, yang bisa berbeda satu hari dari tanggal yang kelak ditetapkan. " +
	"Cuti bersama tahun ini belum diketahui dan tidak bisa diperkirakan, jadi tidak dihitung: " +
	"jumlah hari kerja yang sebenarnya bisa lebih kecil, dan tenggat yang dihitung maju bisa jatuh lebih lambat."

// EstimatedNoteEN is [EstimatedNote] in English.
const EstimatedNoteEN = "Estimate: no SKB 3 Menteri has been issued for this year yet. " +
	"Its public holidays are computed: the fixed-date and Easter-based days exactly; " +
	"Chinese New Year, Nyepi, Vesak, Isra' Mi'raj, Eid al-Fitr, Eid al-Adha, Islamic New Year and Mawlid " +
	"by astronomical calculation (hisab) and their own calendars, which can differ by a day from the dates " +
	"that will be decreed. The year's cuti bersama (collective leave) days are not known and cannot be " +
	"estimated, so they are not counted: the real number of working days may be smaller, and a deadline " +
	"counted forward may really fall later."

// An estimateRule is one holiday that can be computed for a year with no
// decree: a fixed date (month != 0) or a day offset from Easter Sunday.
type estimateRule struct {
	month    time.Month
	day      int
	easter   int // days after Easter Sunday, when month == 0
	name     string
	nameEN   string
	method   string // Indonesian
	methodEN string
}

// estimateRules are the holidays that [Estimate] computes, named as the SKB
// of 2026 names them (the SKB of 2027 writes some differently, such as
// "Kelahiran Yesus Kristus" without "(Natal)").
var estimateRules = [...]estimateRule{
	{month: time.January, day: 1, name: "Tahun Baru %d Masehi", nameEN: "New Year's Day %d", method: "tanggal tetap: 1 Januari", methodEN: "fixed date: 1 January"},
	{easter: -2, name: "Wafat Yesus Kristus", nameEN: "Good Friday (Death of Jesus Christ)", method: "Minggu Paskah dikurangi 2 hari (komputus Gregorian)", methodEN: "Easter Sunday minus 2 days (Gregorian computus)"},
	{easter: 0, name: "Kebangkitan Yesus Kristus (Paskah)", nameEN: "Easter Sunday (Resurrection of Jesus Christ)", method: "Minggu Paskah (komputus Gregorian)", methodEN: "Easter Sunday (Gregorian computus)"},
	{month: time.May, day: 1, name: "Hari Buruh Internasional", nameEN: "International Labour Day", method: "tanggal tetap: 1 Mei", methodEN: "fixed date: 1 May"},
	{easter: 39, name: "Kenaikan Yesus Kristus", nameEN: "Ascension of Jesus Christ", method: "Minggu Paskah ditambah 39 hari (komputus Gregorian)", methodEN: "Easter Sunday plus 39 days (Gregorian computus)"},
	{month: time.June, day: 1, name: "Hari Lahir Pancasila", nameEN: "Pancasila Day", method: "tanggal tetap: 1 Juni", methodEN: "fixed date: 1 June"},
	{month: time.August, day: 17, name: "Proklamasi Kemerdekaan", nameEN: "Independence Proclamation Day", method: "tanggal tetap: 17 Agustus", methodEN: "fixed date: 17 August"},
	{month: time.December, day: 25, name: "Kelahiran Yesus Kristus (Natal)", nameEN: "Christmas Day (Birth of Jesus Christ)", method: "tanggal tetap: 25 Desember", methodEN: "fixed date: 25 December"},
}

// easterRule is the zero rule rickar/cal computes Easter Sunday from; it is
// only read.
var easterRule = &cal.Holiday{}

// easter returns Easter Sunday of year in the Gregorian calendar, as
// rickar/cal computes it. The instant it returns is in cal.DefaultLoc, but
// only its civil date is used, which does not depend on the location.
func easter(year int) tahapan.Date {
	return tahapan.DateOf(cal.CalcEasterOffset(easterRule, year))
}

// estimatedDates returns the dates of the estimateRules in year, in the same
// order, without allocating.
func estimatedDates(year int) [len(estimateRules)]tahapan.Date {
	var out [len(estimateRules)]tahapan.Date
	e := easter(year)
	for i, r := range estimateRules {
		if r.month != 0 {
			out[i] = tahapan.D(year, r.month, r.day)
		} else {
			out[i] = e.AddDays(r.easter)
		}
	}
	return out
}

// Estimate returns year's national holidays as they can be computed before
// its SKB 3 Menteri is issued, sorted by date. Each Day has Estimated set,
// Method saying how it was computed, and no Decree:
//
//   - the fixed-date holidays (1 January, 1 May, 1 June, 17 August,
//     25 December) and the days that follow Easter (Wafat Yesus Kristus,
//     Paskah, Kenaikan Yesus Kristus), which are certain;
//   - Isra Mikraj (27 Rajab), Idulfitri (1 and 2 Syawal), Idul Adha
//     (10 Zulhijah), Tahun Baru Islam (1 Muharam) and Maulid Nabi
//     (12 Rabiulawal), from the start of each Hijri month by hisab with the
//     MABIMS criterion at Banda Aceh, as Kemenag computes it
//     ([hisab.HijriStart]); a holiday can fall twice in a year (Isra Mikraj
//     in 2027);
//   - Tahun Baru Imlek, from the Chinese calendar computed astronomically
//     ([hisab.ChineseNewYear]);
//   - Nyepi, from the arithmetic of the Balinese Saka calendar
//     ([hisab.Nyepi]);
//   - Waisak, from the dates published by Indonesia's Buddhist councils
//     where there are any (with their source), otherwise from an
//     astronomical full-moon rule ([hisab.WaisakFullMoon]).
//
// The lunar dates match the decrees of 2019–2026 except for three Islamic
// holidays, each a day off (see TestEstimateAccuracy); a Method says so when
// the hilal was near the limit of the criterion. Out of sample, computed
// before the SKB of 2027 was signed, they match all 18 of its libur
// nasional (TestEstimate2027OutOfSample). The government can still move a
// holiday, as it did in 2021.
//
// Cuti bersama cannot be estimated and are missing; say so with
// [EstimatedNote]. Voting days made holidays by Keppres are missing too.
// The rules are today's, applied to any year: for years before 2019 they
// are not a historical record.
func Estimate(year int) []Day {
	dates := estimatedDates(year)
	ly := lunarOf(year)
	out := make([]Day, 0, len(dates)+ly.n)
	for i, r := range estimateRules {
		name, nameEN := r.name, r.nameEN
		if r.month == time.January {
			name, nameEN = fmt.Sprintf(name, year), fmt.Sprintf(nameEN, year)
		}
		out = append(out, Day{
			Date: dates[i], Kind: LiburNasional, Name: name, NameEN: nameEN,
			Estimated: true, Method: r.method, MethodEN: r.methodEN,
		})
	}
	for i := range ly.n {
		out = append(out, ly.days[i].day())
	}
	sortDays(out)
	return out
}

// EstimateRange returns the [Estimate] of every year from from to to, both
// included, keeping the days from from to to: the holidays of the range as
// computed, ignoring the decrees. It is how the estimates are scored against
// the years whose decrees are known.
func EstimateRange(from, to tahapan.Date) []Day {
	from, to = norm(from), norm(to)
	var out []Day
	for y := from.Year; y <= to.Year; y++ {
		for _, d := range Estimate(y) {
			if !d.Date.Before(from) && !d.Date.After(to) {
				out = append(out, d)
			}
		}
	}
	return out
}

// sortDays sorts days by date, keeping the order of days on the same date.
func sortDays(days []Day) {
	slices.SortStableFunc(days, func(a, b Day) int { return a.Date.Compare(b.Date) })
}

// The built-in data is libur.yaml, turned into Go by go generate
// (builtin_gen.go, builtinData), so that a program pays nothing to read it:
// no YAML is parsed at run time. TestBuiltinGenerated fails when the two
// differ.
//
//go:generate go test -run ^(TestBuiltinGenerated|TestLunarTable)$ -update .

// builtinYear returns the built-in days of year, sorted, or nil if it has
// none. They are shared: never modify them or return them without copying.
func builtinYear(year int) []Day {
	for _, y := range builtinData {
		if y.Year == year {
			return y.Days
		}
	}
	return nil
}

// Official returns the built-in non-working days, 2019–2027, sorted by date:
// the libur nasional and cuti bersama of each year's SKB 3 Menteri in its
// final state after every revision, and the voting days made national
// holidays by Keppres. The slice is a fresh copy; the caller may modify it.
func Official() []Day {
	var out []Day
	for _, y := range builtinData {
		for _, d := range y.Days {
			out = append(out, d.clone())
		}
	}
	sortDays(out)
	return out
}
