package tahapan_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
)

func TestDraft(t *testing.T) {
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		t.Fatal(err)
	}
	dr, data, err := tahapan.Draft(s, d(2029, 2, 14), nil)
	if err != nil {
		for _, e := range tahapan.Errors(err) {
			t.Error(e)
		}
		t.FailNow()
	}
	if dr.ID != "pemilu-2029" || dr.Name != "Pemilu Serentak 2029" || dr.Status != "draft" || votingDay(dr) != d(2029, 2, 14) {
		t.Errorf("draft header: %s %q %s %v", dr.ID, dr.Name, dr.Status, votingDay(dr))
	}
	if !bytes.HasPrefix(data, []byte("# DRAFT — NOT AN OFFICIAL SCHEDULE.")) {
		t.Errorf("draft header comment missing:\n%.200s", data)
	}
	tests := []struct {
		id         string
		start, end tahapan.Date
		shifted    bool
	}{
		{"masa-tenang", d(2029, 2, 11), d(2029, 2, 13), false},        // H-3 … H-1
		{"masa-kampanye", d(2028, 11, 28), d(2029, 2, 10), false},     // DCT + 25 … day before masa tenang
		{"rapat-umum-iklan", d(2029, 1, 21), d(2029, 2, 10), false},   // 21 days before masa tenang
		{"perencanaan", d(2027, 6, 14), d(2029, 6, 15), true},         // H-20m; the end has no rule: +1827 days
		{"rekapitulasi", d(2029, 2, 15), d(2029, 3, 21), true},        // ends H+35 (no leap day in 2029)
		{"caleg-penetapan-dct", d(2028, 11, 3), d(2028, 11, 3), true}, // shifted by 1827 days
	}
	for _, tt := range tests {
		st, err := dr.Stage(tt.id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Start != tt.start || st.End != tt.end {
			t.Errorf("%s = %v, want %v/%v", tt.id, st.Period, tt.start, tt.end)
		}
		if got := strings.Contains(st.Note, tahapan.DraftNote); got != tt.shifted {
			t.Errorf("%s: note %q: shifted = %v, want %v", tt.id, st.Note, got, tt.shifted)
		}
	}
	// Nothing of 2024's facts carries over.
	for _, st := range dr.All() {
		if st.Cancelled || len(st.Sources) > 0 || st.Edukasi != "" || st.Confidence != tahapan.Unconfirmed {
			t.Errorf("%s carries 2024's facts: cancelled %v, %d sources, edukasi %q, %s", st.ID, st.Cancelled, len(st.Sources), st.Edukasi, st.Confidence)
		}
	}
	if bytes.Contains(data, []byte("# 2024-")) {
		t.Error("the draft keeps 2024 dates in comments")
	}
	// The YAML loads back on its own, with the same dates.
	again, err := tahapan.Load(bytes.NewReader(data), "again.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for i, st := range again.All() {
		if st.Period != dr.All()[i].Period {
			t.Errorf("%s: %v after reload, %v before", st.ID, st.Period, dr.All()[i].Period)
		}
	}
}

// TestDraftOtherDays drafts for voting days that do not fall on 14
// February, where month rules and shifted dates no longer line up.
func TestDraftOtherDays(t *testing.T) {
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		t.Fatal(err)
	}
	for _, vd := range []tahapan.Date{d(2029, 4, 18), d(2029, 2, 28), d(2030, 1, 1), d(2031, 11, 27)} {
		dr, _, err := tahapan.Draft(s, vd, nil)
		if err != nil {
			t.Errorf("Draft(%v): %v", vd, err)
			continue
		}
		mt, _ := dr.Stage("masa-tenang")
		if mt.Start != vd.AddDays(-3) || mt.End != vd.AddDays(-1) {
			t.Errorf("Draft(%v): masa tenang %v", vd, mt.Period)
		}
	}
}

// TestDraftLeavesOutRevotes checks that a draft of Pilkada 2029 carries no
// re-vote of 2025: psu-2025 and its 25 re-votes (26 stages) are left out,
// and the header says so.
func TestDraftLeavesOutRevotes(t *testing.T) {
	s, err := schedules.Load("pilkada-2024")
	if err != nil {
		t.Fatal(err)
	}
	dr, data, err := tahapan.Draft(s, d(2029, 11, 28), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range dr.All() {
		if len(st.Regions) > 0 || st.HasTag("psu") {
			t.Errorf("the draft keeps %s", st)
		}
	}
	if len(s.All())-len(dr.All()) != 26 {
		t.Errorf("the draft has %d stages, the source %d: want 26 fewer", len(dr.All()), len(s.All()))
	}
	if !bytes.Contains(data, []byte("# Left out: 26 stages of particular regions or re-votes (PSU)")) {
		t.Errorf("the header does not say what was left out:\n%.900s", data)
	}
}

// TestSpan pins the span of the embedded schedules: from the first day of a
// stage to the last, leaving out cancelled stages (Pemilu 2024's run-off).
func TestSpan(t *testing.T) {
	for id, want := range map[string]tahapan.Period{
		"pemilu-2024": {Start: d(2022, 6, 14), End: d(2024, 10, 20)},
		"pemilu-2029": {Start: d(2025, 6, 26), End: d(2032, 4, 20)},
	} {
		s, err := schedules.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := s.Span(); !ok || got != want {
			t.Errorf("%s: Span() = %v, %v; want %v", id, got, ok, want)
		}
	}
}
