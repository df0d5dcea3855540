package tahapan

import "github.com/kalender-pemilu/tahapan/internal/prebuilt"

func init() { prebuilt.Seal = seal }

// seal implements [prebuilt.Seal]: it does for a schedule built in Go what
// loading does for one read from YAML once its fields are decoded.
func seal(sv any, vd any) {
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
}
