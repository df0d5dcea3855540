package schedules_test

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
)

// englishWords are common English function words that an Indonesian text
// (note, edukasi, legal_basis) must not hold. They are matched as whole
// words, case-insensitively, so "unconfirmed" does not hit "confirmed" and a
// host name such as inews.id does not hit "in".
var englishWords = []string{
	"the", "and", "is", "are", "was", "were", "of", "from", "to", "by", "with",
	"not", "only", "source", "sources", "confirmed", "in", "on", "at", "for",
	"which", "that", "this", "after", "before", "until", "but", "or", "its",
	"has", "have", "been", "date", "dates", "day", "single", "actual", "rule",
}

// indonesianWords are common Indonesian function words that an English text
// (note_en, edukasi_en) must not hold outside decree titles and quotations.
var indonesianWords = []string{
	"dan", "yang", "dari", "tidak", "untuk", "dengan", "pada", "di", "ke",
	"ini", "itu", "adalah", "atau", "oleh", "sebagai", "belum", "sudah",
	"karena", "hingga", "sampai", "tanggal", "bulan", "sumber",
}

// wordException exempts one quoted phrase of one text from the word check.
// The phrase is cut from the text before checking, so only that phrase is
// exempt, and an exception whose phrase is gone fails the test.
type wordException struct {
	schedule, id, field, phrase, reason string
}

// noteExceptions lists every quoted title or quotation that keeps the other
// language's words. id is a stage id, a constraint id, or "revision@DATE".
var noteExceptions = []wordException{
	{"pemilu-2019", "revision@2017-09-04", "note_en",
		"PKPU 7/2017 tentang Tahapan, Program, dan Jadwal Penyelenggaraan Pemilihan Umum Tahun 2019",
		"title of the decree, cited as it is"},
	{"pilkada-2024", "revision@2024-01-26", "note_en",
		"PKPU 2/2024 tentang Tahapan dan Jadwal Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Walikota dan Wakil Walikota Tahun 2024",
		"title of the decree, cited as it is"},
	{"pemilu-2024", "pengucapan-sumpah", "note_en", "(disesuaikan dengan akhir masa jabatan)",
		"the rule's wording in the PKPU 3/2022 list, quoted"},
	{"pilkada-2024", "persiapan", "note_en", "'hingga 26 Januari 2024'", "quoted from the news reports"},
	{"pilkada-2024", "persiapan", "note_en", "'sesuai ketetapan Bawaslu'", "quoted from the PKPU 2/2024 list"},
	{"pilkada-2024", "perencanaan-program-anggaran", "note_en", "'hingga/terakhir 26 Januari 2024'",
		"quoted from the news reports"},
	{"pilkada-2024", "masa-kampanye", "note_en", "'23 sampai 26 November'", "quoted from idntimes.com, to say it is wrong"},
	{"pilkada-2024", "pelantikan", "note", "schedules/sources_test.go", "a file name of this repository"},
	{"pilkada-2024", "masa-tenang", "note_en", "'23 sampai 26 November'", "quoted from idntimes.com, to say it is wrong"},
}

// text is one language-bound text of a schedule.
type text struct {
	schedule, id, field, value string
	indonesian                 bool
}

// texts returns every note, edukasi and legal basis of s, each with its
// language.
func texts(s *tahapan.Schedule) []text {
	var out []text
	add := func(id, field, v string, indonesian bool) {
		if v != "" {
			out = append(out, text{s.ID, id, field, v, indonesian})
		}
	}
	add("", "legal_basis", s.LegalBasis, true)
	add("", "voting_day_note", s.VotingDayNote, true)
	add("", "voting_day_note_en", s.VotingDayNoteEN, false)
	add("", "voting_day_basis", s.VotingDayBasis, true)
	for _, st := range s.All() {
		add(st.ID, "note", st.Note, true)
		add(st.ID, "note_en", st.NoteEN, false)
		add(st.ID, "edukasi", st.Edukasi, true)
		add(st.ID, "edukasi_en", st.EdukasiEN, false)
		add(st.ID, "legal_basis", st.LegalBasis, true)
		for _, r := range []*tahapan.Rule{st.StartRule, st.EndRule} {
			if r != nil {
				add(st.ID, "legal_basis", r.LegalBasis, true)
			}
		}
	}
	for _, c := range s.Constraints {
		add(c.ID, "note", c.Note, true)
		add(c.ID, "note_en", c.NoteEN, false)
		add(c.ID, "legal_basis", c.LegalBasis, true)
	}
	for _, r := range s.Revisions {
		id := "revision@" + r.Date.String()
		add(id, "note", r.Note, true)
		add(id, "note_en", r.NoteEN, false)
		add(id, "legal_basis", r.LegalBasis, true)
	}
	return out
}

// hostRE matches host names (kl.antaranews.com, mail.nu.or.id) and clock
// times (07.00), whose parts are not words of either language.
var hostRE = regexp.MustCompile(`[\pL\pN-]+(?:\.[\pL\pN-]+)+`)

// wordsIn returns the words of s in lower case, split at every rune that is
// neither a letter nor a digit, host names left out.
func wordsIn(s string) []string {
	s = hostRE.ReplaceAllString(s, " ")
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// foreignWords returns the words of list found in v.
func foreignWords(v string, list []string) []string {
	var hits []string
	for _, w := range wordsIn(v) {
		for _, bad := range list {
			if w == bad {
				hits = append(hits, w)
			}
		}
	}
	return hits
}

// TestNotesBilingual checks that every note has both languages and every
// edukasi text an English one, in stages, constraints and revisions.
func TestNotesBilingual(t *testing.T) {
	all, err := schedules.All()
	if err != nil {
		t.Fatal(err)
	}
	pair := func(where, idField, id, enField, en string) {
		t.Helper()
		if (id == "") != (en == "") {
			t.Errorf("%s: %s %q but %s %q", where, idField, short(id), enField, short(en))
		}
	}
	notes, edukasi := 0, 0
	for _, s := range all {
		pair(s.ID, "voting_day_note", s.VotingDayNote, "voting_day_note_en", s.VotingDayNoteEN)
		for _, st := range s.All() {
			where := s.ID + ": stage " + st.ID
			pair(where, "note", st.Note, "note_en", st.NoteEN)
			pair(where, "edukasi", st.Edukasi, "edukasi_en", st.EdukasiEN)
			if st.Note != "" && st.Note == st.NoteEN {
				t.Errorf("%s: note and note_en are the same text", where)
			}
			if st.Edukasi != "" && st.Edukasi == st.EdukasiEN {
				t.Errorf("%s: edukasi and edukasi_en are the same text", where)
			}
			if st.Note != "" {
				notes++
			}
			if st.Edukasi != "" {
				edukasi++
			}
		}
		for _, c := range s.Constraints {
			pair(s.ID+": constraint "+c.ID, "note", c.Note, "note_en", c.NoteEN)
			if c.Note != "" {
				notes++
			}
		}
		for _, r := range s.Revisions {
			pair(s.ID+": revision "+r.Date.String(), "note", r.Note, "note_en", r.NoteEN)
			if r.Note != "" {
				notes++
			}
		}
	}
	// Counted by hand from the five files: 203 notes (stages, sub-stages,
	// constraints and revisions; the 203rd took the explanation out of the
	// legal basis of pemilu-2024's penyusunan-dpt) and 61 edukasi texts.
	if notes != 203 || edukasi != 61 {
		t.Errorf("found %d notes and %d edukasi texts, want 203 and 61", notes, edukasi)
	}
}

// TestNotesOneLanguage checks that Indonesian texts hold no common English
// word and English texts no common Indonesian word, but for the quoted
// titles in noteExceptions.
func TestNotesOneLanguage(t *testing.T) {
	all, err := schedules.All()
	if err != nil {
		t.Fatal(err)
	}
	used := make([]bool, len(noteExceptions))
	checked := 0
	for _, s := range all {
		for _, tx := range texts(s) {
			v := tx.value
			for i, e := range noteExceptions {
				if e.schedule == tx.schedule && e.id == tx.id && e.field == tx.field && strings.Contains(v, e.phrase) {
					v = strings.ReplaceAll(v, e.phrase, " ")
					used[i] = true
				}
			}
			list, lang := englishWords, "English"
			if !tx.indonesian {
				list, lang = indonesianWords, "Indonesian"
			}
			if hits := foreignWords(v, list); len(hits) > 0 {
				t.Errorf("%s %s %s holds %s words %q: %q", tx.schedule, tx.id, tx.field, lang, hits, short(tx.value))
			}
			checked++
		}
	}
	for i, e := range noteExceptions {
		if !used[i] {
			t.Errorf("stale exception: %s %s %s has no %q", e.schedule, e.id, e.field, e.phrase)
		}
	}
	if checked < 500 {
		t.Errorf("checked only %d texts", checked)
	}
}

// TestForeignWords checks the word check itself on hand-made texts.
func TestForeignWords(t *testing.T) {
	for _, tt := range []struct {
		in   string
		list []string
		want string
	}{
		{"PKPU 3/2022 Pasal 3 and Lampiran", englishWords, "and"},
		{"PKPU 3/2022 Pasal 3 dan Lampiran", englishWords, ""},
		{"Tanggal belum terkonfirmasi; unconfirmed", englishWords, ""},
		{"Sumber tunggal (inews.id, kl.antaranews.com).", englishWords, ""},
		{"Single source (detik.com).", englishWords, "single source"},
		{"The date rests on one page", englishWords, "the date on"},
		{"(opini.co, mail.nu.or.id) atau 07.00-13.00", englishWords, ""},
		{"Single source (detik.com).", indonesianWords, ""},
		{"Kedua halaman mengutip jadwal yang sama", indonesianWords, "yang"},
		{"Held on a Sunday (Minggu) di Jakarta", indonesianWords, "di"},
	} {
		if got := strings.Join(foreignWords(tt.in, tt.list), " "); got != tt.want {
			t.Errorf("foreignWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// short returns at most the first 60 runes of s, for error messages.
func short(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// TestLegalBasisCitation checks that every legal basis, of a stage, a rule
// or a constraint, is a citation only: English output prints it as it is,
// so an explanation after it ("Pasal 276(1): hingga masa tenang dimulai")
// would be Indonesian prose in an English line. Explanations go in the
// note and note_en.
func TestLegalBasisCitation(t *testing.T) {
	all, err := schedules.All()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	check := func(where, v string) {
		checked++
		if strings.Contains(v, ": ") || strings.HasPrefix(v, "Perkiraan") {
			t.Errorf("%s: legal basis %q holds more than a citation", where, v)
		}
	}
	for _, s := range all {
		check(s.ID, s.LegalBasis)
		for _, c := range s.Constraints {
			check(s.ID+" "+c.ID, c.LegalBasis)
		}
		for _, st := range s.All() {
			check(s.ID+" "+st.ID, st.LegalBasis)
			for _, r := range []*tahapan.Rule{st.StartRule, st.EndRule} {
				if r != nil && r.LegalBasis != "" {
					check(s.ID+" "+st.ID+" rule "+r.Expr, r.LegalBasis)
				}
			}
		}
	}
	if checked < 250 {
		t.Errorf("checked only %d legal bases", checked)
	}
}
