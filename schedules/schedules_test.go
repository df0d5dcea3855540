package schedules_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
)

// TestAllLoad loads every embedded file, so bad data fails go test ./...
func TestAllLoad(t *testing.T) {
	names := schedules.Names()
	if len(names) == 0 {
		t.Fatal("no embedded schedules")
	}
	for _, n := range names {
		s, err := schedules.Load(n)
		if err != nil {
			for _, e := range tahapan.Errors(err) {
				t.Error(e)
			}
			continue
		}
		if s.ID != n {
			t.Errorf("%s.yaml has id %q", n, s.ID)
		}
		for _, w := range s.Warnings {
			t.Errorf("warning: %v", w)
		}
		for _, st := range s.All() {
			if len(st.Sources) == 0 && st.Parent == nil {
				t.Errorf("%s: stage %q has no sources", n, st.ID)
			}
			if st.LegalBasis == "" && st.Parent == nil {
				t.Errorf("%s: stage %q has no legal basis", n, st.ID)
			}
			if st.Confidence != tahapan.Confirmed && st.Note == "" {
				t.Errorf("%s: stage %q is %s but has no note saying why", n, st.ID, st.Confidence)
			}
			if note := strings.ToLower(st.Note); st.Confidence == tahapan.SingleSource &&
				!strings.Contains(note, "source") && !strings.Contains(note, "only") {
				t.Errorf("%s: stage %q rests on a single source, but its note does not say so: %q", n, st.ID, st.Note)
			}
		}
	}
	if _, err := schedules.Load("pemilu-1955"); err == nil {
		t.Error("Load(pemilu-1955) succeeded")
	}
}

func d(y, m, day int) tahapan.Date { return tahapan.D(y, time.Month(m), day) }

// TestPemilu2024 pins the 11 tahapan of PKPU 3/2022 (Pasal 3 and Lampiran),
// as given in ../shared/reference/jadwal-pemilu-2019-2024.md §1.1, and the
// key sub-stage dates.
func TestPemilu2024(t *testing.T) {
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		t.Fatal(err)
	}
	if s.VotingDay != d(2024, 2, 14) || s.Kind != "pemilu" || s.Status != "official" {
		t.Errorf("header: %v %s %s", s.VotingDay, s.Kind, s.Status)
	}
	tahapan11 := []struct {
		id         string
		start, end tahapan.Date
	}{
		{"perencanaan", d(2022, 6, 14), d(2024, 6, 14)},
		{"pemutakhiran-data-pemilih", d(2022, 10, 14), d(2023, 6, 21)},
		{"pendaftaran-verifikasi-peserta", d(2022, 7, 29), d(2022, 12, 13)},
		{"penetapan-peserta", d(2022, 12, 14), d(2022, 12, 14)},
		{"kursi-dapil", d(2022, 10, 14), d(2023, 2, 9)},
		{"pencalonan", d(2022, 12, 6), d(2023, 11, 25)},
		{"masa-kampanye", d(2023, 11, 28), d(2024, 2, 10)},
		{"masa-tenang", d(2024, 2, 11), d(2024, 2, 13)},
		{"pemungutan-penghitungan", d(2024, 2, 14), d(2024, 3, 20)},
		{"penetapan-hasil", d(2024, 3, 20), d(2024, 8, 25)},
		{"pengucapan-sumpah", d(2024, 10, 1), d(2024, 10, 20)},
	}
	if len(s.Stages) < len(tahapan11) {
		t.Fatalf("%d top-level stages, want at least 11", len(s.Stages))
	}
	for i, tt := range tahapan11 {
		st := s.Stages[i]
		if st.ID != tt.id || st.Start != tt.start || st.End != tt.end || !st.Key {
			t.Errorf("tahapan %d = %s %v key=%v, want %s %v/%v key", i+1, st.ID, st.Period, st.Key, tt.id, tt.start, tt.end)
		}
	}
	subs := []struct {
		id         string
		start, end tahapan.Date
	}{
		{"pencalonan-dpd", d(2022, 12, 6), d(2023, 11, 25)},
		{"pencalonan-dpr-dprd", d(2023, 4, 24), d(2023, 11, 25)},
		{"pencalonan-presiden", d(2023, 10, 19), d(2023, 11, 25)},
		{"rapat-umum-iklan", d(2024, 1, 21), d(2024, 2, 10)},
		{"debat-1", d(2023, 12, 12), d(2023, 12, 12)},
		{"debat-2", d(2023, 12, 22), d(2023, 12, 22)},
		{"debat-3", d(2024, 1, 7), d(2024, 1, 7)},
		{"debat-4", d(2024, 1, 21), d(2024, 1, 21)},
		{"debat-5", d(2024, 2, 4), d(2024, 2, 4)},
		{"pemungutan-suara", d(2024, 2, 14), d(2024, 2, 14)},
		{"rekapitulasi", d(2024, 2, 15), d(2024, 3, 20)},
	}
	for _, tt := range subs {
		st, err := s.Stage(tt.id)
		if err != nil {
			t.Error(err)
			continue
		}
		if st.Start != tt.start || st.End != tt.end {
			t.Errorf("%s = %v, want %v/%v", tt.id, st.Period, tt.start, tt.end)
		}
	}
	if k, _ := s.Stage("masa-kampanye"); k.Days() != 75 {
		t.Errorf("campaign is %d days, want 75", k.Days())
	}
	// The dates the election law sets by rule are written as rules, and
	// reproduce the dates of the regulation (checked above and here).
	rules := map[string][2]string{
		"perencanaan":              {"H-20m", ""},
		"masa-kampanye":            {"caleg-penetapan-dct.start + 25d", "masa-tenang.start - 1d"},
		"rapat-umum-iklan":         {"masa-tenang.start - 21d", "masa-tenang.start - 1d"},
		"masa-tenang":              {"H-3", "H-1"},
		"rekapitulasi":             {"", "H+35"},
		"penetapan-hasil-nasional": {"H+35", "penetapan-hasil-nasional.start"},
	}
	for id, want := range rules {
		st, _ := s.Stage(id)
		var got [2]string
		if st.StartRule != nil {
			got[0] = st.StartRule.String()
		}
		if st.EndRule != nil {
			got[1] = st.EndRule.String()
		}
		if got != want {
			t.Errorf("%s rules = %q, want %q", id, got, want)
		}
	}
	if st, _ := s.Stage("penetapan-hasil-nasional"); st.Start != d(2024, 3, 20) {
		t.Errorf("H+35 = %v, want 2024-03-20", st.Start)
	}
	if r, _ := s.Stage("putaran-kedua"); r == nil || !r.Cancelled {
		t.Error("the run-off must be kept, cancelled")
	}
}

type pin struct {
	id         string
	start, end tahapan.Date
}

func checkPins(t *testing.T, name string, pins []pin) *tahapan.Schedule {
	t.Helper()
	s, err := schedules.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pins {
		st, err := s.Stage(p.id)
		if err != nil {
			t.Error(err)
			continue
		}
		if st.Start != p.start || st.End != p.end {
			t.Errorf("%s: %s = %v, want %v/%v", name, p.id, st.Period, p.start, p.end)
		}
	}
	return s
}

// TestPilkada2024 pins the main dates of PKPU 2/2024 (reference §2,
// discrepancies 8-10 resolved as there).
func TestPilkada2024(t *testing.T) {
	s := checkPins(t, "pilkada-2024", []pin{
		{"pengumuman-pendaftaran", d(2024, 8, 24), d(2024, 8, 26)},
		{"pendaftaran-paslon", d(2024, 8, 27), d(2024, 8, 29)},
		{"penetapan-paslon", d(2024, 9, 22), d(2024, 9, 22)},
		{"nomor-urut", d(2024, 9, 23), d(2024, 9, 23)},
		{"masa-kampanye", d(2024, 9, 25), d(2024, 11, 23)},
		{"iklan-media", d(2024, 11, 10), d(2024, 11, 23)},
		{"masa-tenang", d(2024, 11, 24), d(2024, 11, 26)},
		{"pemungutan-suara", d(2024, 11, 27), d(2024, 11, 27)},
		{"penghitungan-rekapitulasi", d(2024, 11, 27), d(2024, 12, 16)},
		{"pelantikan", d(2025, 2, 20), d(2025, 2, 20)},
	})
	if s.VotingDay != d(2024, 11, 27) || s.Kind != "pilkada" {
		t.Errorf("header: %v %s", s.VotingDay, s.Kind)
	}
	// Campaign 3 days after determination; ads the last 14 days before masa tenang.
	if k, _ := s.Stage("masa-kampanye"); k.StartRule == nil || k.StartRule.String() != "penetapan-paslon.start + 3d" {
		t.Errorf("masa-kampanye start rule = %v", k.StartRule)
	}
}

// TestPemilu2019 pins the main dates of PKPU 7/2017 as amended (reference §3).
func TestPemilu2019(t *testing.T) {
	s := checkPins(t, "pemilu-2019", []pin{
		{"perencanaan-program-anggaran", d(2017, 8, 17), d(2019, 3, 31)}, // 17 Apr 2019 - 20 months
		{"penetapan-peserta", d(2018, 2, 17), d(2018, 2, 17)},
		{"penetapan-paslon", d(2018, 9, 20), d(2018, 9, 20)},
		{"masa-kampanye", d(2018, 9, 23), d(2019, 4, 13)},
		{"rapat-umum-iklan", d(2019, 3, 24), d(2019, 4, 13)},
		{"masa-tenang", d(2019, 4, 14), d(2019, 4, 16)},
		{"pemungutan-suara", d(2019, 4, 17), d(2019, 4, 17)},
		{"pemungutan-luar-negeri", d(2019, 4, 8), d(2019, 4, 14)},
		{"penetapan-hasil-nasional", d(2019, 5, 21), d(2019, 5, 21)},
		{"penetapan-paslon-terpilih", d(2019, 6, 30), d(2019, 6, 30)},
		{"sumpah-dpr-dpd", d(2019, 10, 1), d(2019, 10, 1)},
		{"sumpah-presiden", d(2019, 10, 20), d(2019, 10, 20)},
	})
	if s.VotingDay != d(2019, 4, 17) {
		t.Errorf("voting day %v", s.VotingDay)
	}
	if r, _ := s.Stage("putaran-kedua"); r == nil || !r.Cancelled {
		t.Error("the 2019 run-off must be kept, cancelled")
	}
}
