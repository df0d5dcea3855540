package wilayah_test

import (
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

// The stages of the embedded schedules that concern some regions only (the
// 2025 re-votes, the Pilkada ulang) name them by kode wilayah. Every code
// must be in the table, and a stage about one region must carry that
// region's name, so a mistyped code cannot point at another region.
func TestScheduleRegionCodes(t *testing.T) {
	all, err := schedules.All()
	if err != nil {
		t.Fatal(err)
	}
	codes, named := 0, 0
	for _, s := range all {
		for _, st := range s.All() {
			for _, c := range st.Regions {
				codes++
				r, err := wilayah.Lookup(c)
				if err != nil || r.Code != c {
					t.Errorf("%s/%s: region %q: %v", s.ID, st.ID, c, err)
					continue
				}
				if len(st.Regions) == 1 {
					named++
					if !strings.Contains(strings.ToLower(st.Name), strings.ToLower(r.ShortName())) {
						t.Errorf("%s/%s %q: region %s is %s", s.ID, st.ID, st.Name, c, r)
					}
				}
			}
		}
	}
	// The 24 re-votes of 2025 are one stage each (Barito Utara's second is
	// one more); see schedules/pilkada-2024.yaml.
	if codes == 0 || named < 24 {
		t.Errorf("%d region codes, %d stages about one region: want at least the 24 re-votes", codes, named)
	}
	t.Logf("%d region codes checked, %d against the stage's name", codes, named)
}
