package tahapan

// ConcernsRegion reports whether the stage concerns the region with kode
// wilayah code ("35.76" for a kabupaten or kota, "35" for a province). A
// stage with no Regions concerns every region. A stage of a province
// concerns its kabupaten and kota too (a governor's re-vote is held in all
// of them), and a province's office sees the stages of its kabupaten and
// kota. The empty code is the whole country, which sees every stage.
func (st *Stage) ConcernsRegion(code string) bool {
	if code == "" || len(st.Regions) == 0 {
		return true
	}
	for _, r := range st.Regions {
		if r == code || r == provinceOf(code) || provinceOf(r) == code {
			return true
		}
	}
	return false
}

// provinceOf returns the province part of a kode wilayah: "35" for
// "35.76", and a province's own code unchanged.
func provinceOf(code string) string {
	if len(code) > 2 && code[2] == '.' {
		return code[:2]
	}
	return code
}

// ForRegion returns the schedule as the election office of a region sees
// it: the stages that concern the region ([Stage.ConcernsRegion]), with the
// sub-stages that do, and false when no stage does, so that an election
// held elsewhere (a re-vote in one kabupaten) does not appear for the
// region. When code is empty or no stage names a region, it returns s
// itself. Otherwise the schedule returned has its own stages, copied, but shares their slices (tags, sources, regions) and
// rules with s, which must not be modified; its stages keep their ids, so
// feeds keep their UIDs.
func (s *Schedule) ForRegion(code string) (*Schedule, bool) {
	if code == "" {
		return s, true
	}
	regional := false
	for _, st := range s.all {
		regional = regional || len(st.Regions) > 0
	}
	if !regional {
		return s, true
	}
	var keep func(list []*Stage, parent *Stage) []*Stage
	keep = func(list []*Stage, parent *Stage) []*Stage {
		var out []*Stage
		for _, st := range list {
			if !st.ConcernsRegion(code) {
				continue
			}
			c := *st
			c.Parent = parent
			c.Stages = keep(st.Stages, &c)
			out = append(out, &c)
		}
		return out
	}
	r := *s
	r.Stages = keep(s.Stages, nil)
	r.all, r.byID = nil, nil
	r.index()
	return &r, len(r.all) > 0
}
