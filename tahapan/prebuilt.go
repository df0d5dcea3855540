package tahapan

import (
	"fmt"

	"github.com/kalender-pemilu/tahapan/internal/prebuilt"
)

func init() { prebuilt.Seal = seal }

// seal implements [prebuilt.Seal]: it does for a schedule built in Go what
// loading does for one read from YAML once its fields are decoded.
func seal(sv any, vd any, pos []int32) {
	s := sv.(*Schedule)
	s.votingDay = vd.(Date)
	var link func(list []*Stage, parent *Stage)
	link = func(list []*Stage, parent *Stage) {
		for _, st := range list {
			st.Parent = parent
			link(st.Stages, st)
		}
	}
	link(s.Stages, nil)
	s.index()
	if len(pos) != 2*len(s.all) {
		panic(fmt.Sprintf("prebuilt schedule %s: %d positions for %d stages", s.ID, len(pos), len(s.all)))
	}
	for i, st := range s.all {
		st.line, st.col = int(pos[2*i]), int(pos[2*i+1])
	}
}
