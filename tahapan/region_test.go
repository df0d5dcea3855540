package tahapan_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

const regionalYAML = `id: regional
name: Regional
status: draft
voting_day: 2024-11-27
stages:
  - {id: nasional, name: Nasional, start: 2024-11-27, end: 2024-11-27}
  - id: psu
    name: PSU
    start: 2025-03-22
    end: 2025-08-06
    regions: ["35.20", "91"]
    stages:
      - {id: psu-magetan, name: PSU Magetan, start: 2025-03-22, end: 2025-03-22, regions: ["35.20"]}
      - {id: psu-papua, name: PSU Papua, start: 2025-08-06, end: 2025-08-06, regions: ["91"]}
`

func TestForRegion(t *testing.T) {
	s, err := tahapan.Load(strings.NewReader(regionalYAML), "regional.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ code, want string }{
		{"", "nasional psu psu-magetan psu-papua"},
		{"35.20", "nasional psu psu-magetan"}, // Kabupaten Magetan
		{"35", "nasional psu psu-magetan"},    // its province's office
		{"35.76", "nasional"},                 // Kota Mojokerto: not its re-vote
		{"91.71", "nasional psu psu-papua"},   // Kota Jayapura votes for Papua's governor
		{"34", "nasional"},                    // DI Yogyakarta
	} {
		r, ok := s.ForRegion(tt.code)
		var ids []string
		for _, st := range r.All() {
			ids = append(ids, st.ID)
		}
		if got := strings.Join(ids, " "); !ok || got != tt.want {
			t.Errorf("ForRegion(%q) = %q, %v; want %q", tt.code, got, ok, tt.want)
		}
		if st, err := r.Stage("psu-magetan"); err == nil && st.Parent.ID != "psu" {
			t.Errorf("ForRegion(%q): parent of psu-magetan is %v", tt.code, st.Parent)
		}
	}
	// The original is untouched.
	if len(s.All()) != 4 {
		t.Errorf("ForRegion changed its schedule: %d stages", len(s.All()))
	}
	only, _ := tahapan.Load(strings.NewReader(`id: ulang
name: Ulang
status: draft
voting_day: 2025-08-27
stages:
  - {id: pemungutan-suara, name: Pemungutan suara, start: 2025-08-27, end: 2025-08-27, regions: ["19.01", "19.71"]}
`), "ulang.yaml")
	if _, ok := only.ForRegion("35.76"); ok {
		t.Error("an election held only in Bangka and Pangkal Pinang concerns Mojokerto")
	}
	if _, ok := only.ForRegion("19.71"); !ok {
		t.Error("it does not concern Pangkal Pinang")
	}
}

func TestStageString(t *testing.T) {
	s, err := tahapan.Load(strings.NewReader(regionalYAML), "regional.yaml")
	if err != nil {
		t.Fatal(err)
	}
	st, _ := s.Stage("psu-magetan")
	if got, want := fmt.Sprint(st), "psu-magetan (PSU Magetan, 2025-03-22)"; got != want {
		t.Errorf("fmt.Sprint(stage) = %q, want %q", got, want)
	}
}
