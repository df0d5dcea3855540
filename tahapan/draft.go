package tahapan

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// DraftNote and DraftNoteEN are the note of every stage date that a draft shifts
// by the calendar distance between the two voting days, because the old
// schedule gives no rule for it.
const (
	DraftNote   = "draf: digeser, tanpa aturan"
	DraftNoteEN = "draft: shifted, no rule"
)

// Draft writes a new schedule for an election on votingDay, drafted from s,
// and loads it back, so the result is checked like any file. Every date
// given by a rule is derived again from the new voting day; every fixed date
// without a rule is moved by the calendar distance between the two voting
// days, and its stage's note says so ([DraftNote]). The draft's status is
// "draft" and its id and names carry votingDay's year.
//
// w counts hari kerja for rules in working days; it may be nil when s has
// none. The YAML is returned too, ready to be saved and edited.
func Draft(s *Schedule, votingDay Date, w WorkdayCalendar) (*Schedule, []byte, error) {
	if !votingDay.IsValid() {
		return nil, nil, fmt.Errorf("invalid voting day %v", votingDay)
	}
	old, ok := s.VotingDay()
	if !ok {
		return nil, nil, fmt.Errorf("schedule %q has no voting day yet to draft from: draft from an earlier election, such as pemilu-2024", s.ID)
	}
	delta := votingDay.DaysSince(old)
	oldYear, newYear := strconv.Itoa(old.Year), strconv.Itoa(votingDay.Year)
	d := *s
	d.ID = strings.ReplaceAll(s.ID, oldYear, newYear)
	if d.ID == s.ID {
		d.ID = s.ID + "-" + newYear
	}
	d.Name = strings.ReplaceAll(s.Name, oldYear, newYear)
	d.NameEN = strings.ReplaceAll(s.NameEN, oldYear, newYear)
	d.Status = "draft"
	d.votingDay = votingDay
	d.VotingDayNote, d.VotingDayNoteEN, d.VotingDayBasis, d.Constraints = "", "", "", nil
	d.Revisions = nil
	var dropped int
	d.Stages = draftStages(s.Stages, delta, &dropped)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# DRAFT — NOT AN OFFICIAL SCHEDULE.\n"+
		"# Drafted by tahapan from %s (%s) for a voting day of %s.\n"+
		"# Dates given by a rule were derived again from the new voting day; every other date was\n"+
		"# moved by %d days and its note says %q. Check each date against the regulation\n"+
		"# once it is published.\n", s.ID, s.LegalBasis, votingDay, delta, DraftNote)
	if dropped > 0 {
		fmt.Fprintf(&buf, "# Left out: %d stages of particular regions or re-votes (PSU), which are ordered\n"+
			"# for one election and do not recur.\n", dropped)
	}
	if err := d.WriteYAML(&buf); err != nil {
		return nil, nil, err
	}
	var opts []Option
	if w != nil {
		opts = append(opts, WithWorkdays(w))
	}
	out, err := Load(bytes.NewReader(buf.Bytes()), d.ID+".yaml", opts...)
	if err != nil {
		return nil, buf.Bytes(), err
	}
	return out, buf.Bytes(), nil
}

// draftStages moves list by delta days for a draft. It leaves out, and
// counts in dropped, the stages of particular regions and the re-votes
// (tagged "psu"): a court or KPU orders them for one election, and they do
// not recur in the next.
func draftStages(list []*Stage, delta int, dropped *int) []*Stage {
	var out []*Stage
	for _, st := range list {
		if len(st.Regions) > 0 || st.HasTag("psu") {
			*dropped += countStages([]*Stage{st}) // it and its sub-stages
			continue
		}
		c := *st
		shifted := false
		if c.StartRule == nil {
			c.Start, shifted = c.Start.AddDays(delta), true
		} else {
			r := *c.StartRule
			r.Base, r.Result = Date{}, Date{} // derived again when the draft loads
			c.StartRule = &r
		}
		if c.EndRule == nil {
			c.End, shifted = c.End.AddDays(delta), true
		} else {
			r := *c.EndRule
			r.Base, r.Result = Date{}, Date{}
			c.EndRule = &r
		}
		// Nothing of the old election's facts carries over: not its
		// sources, notes, voter education, certainty or cancellations.
		c.Sources, c.Edukasi, c.EdukasiEN, c.Cancelled = nil, "", "", false
		c.Confidence = Unconfirmed
		c.Note, c.NoteEN = "draf: diturunkan dengan aturan dari hari pemungutan suara yang baru", "draft: derived by rule from the new voting day"
		if shifted {
			c.Note, c.NoteEN = DraftNote, DraftNoteEN
		}
		c.Stages = draftStages(st.Stages, delta, dropped)
		out = append(out, &c)
	}
	return out
}

// countStages counts the stages in list and all their sub-stages.
func countStages(list []*Stage) int {
	n := len(list)
	for _, st := range list {
		n += countStages(st.Stages)
	}
	return n
}

// WriteYAML writes the schedule in the YAML format that [Load] reads.
// Dates given by a rule are written as the rule, with the date it gives
// as a comment. A schedule that extends another is written merged, with
// every stage and no "extends:", and a date written beside a rule to check
// it is not kept.
func (s *Schedule) WriteYAML(w io.Writer) error {
	doc := mapping(
		"id", str(s.ID), "name", str(s.Name), "name_en", str(s.NameEN),
		"kind", str(s.Kind), "status", str(s.Status),
	)
	if vd, ok := s.VotingDay(); ok {
		addPair(doc, "voting_day", plain(vd.String()))
	}
	for _, kv := range [][2]string{{"voting_day_note", s.VotingDayNote}, {"voting_day_note_en", s.VotingDayNoteEN}, {"voting_day_basis", s.VotingDayBasis}} {
		if kv[1] != "" {
			addPair(doc, kv[0], str(kv[1]))
		}
	}
	doc.Content = append(doc.Content, mapping(
		"polling_hours", flow(mapping("open", quoted(s.PollingHours.Open.String()), "close", quoted(s.PollingHours.Close.String()))),
		"time_zone", str(s.TimeZone), "legal_basis", str(s.LegalBasis),
		"sources", strList(s.Sources),
	).Content...)
	if len(s.Constraints) > 0 {
		cs := &yaml.Node{Kind: yaml.SequenceNode}
		for _, c := range s.Constraints {
			m := mapping("id", str(c.ID), "name", str(c.Name))
			for _, kv := range [][2]string{{"name_en", c.NameEN}, {"legal_basis", c.LegalBasis}} {
				if kv[1] != "" {
					addPair(m, kv[0], str(kv[1]))
				}
			}
			if len(c.Sources) > 0 {
				addPair(m, "sources", strList(c.Sources))
			}
			if c.Confidence != "" && c.Confidence != Confirmed {
				addPair(m, "confidence", str(string(c.Confidence)))
			}
			for _, kv := range [][2]string{{"note", c.Note}, {"note_en", c.NoteEN}} {
				if kv[1] != "" {
					addPair(m, kv[0], str(kv[1]))
				}
			}
			cs.Content = append(cs.Content, m)
		}
		addPair(doc, "constraints", cs)
	}
	if len(s.Revisions) > 0 {
		revs := &yaml.Node{Kind: yaml.SequenceNode}
		for _, r := range s.Revisions {
			m := mapping("date", plain(r.Date.String()), "legal_basis", str(r.LegalBasis), "note", str(r.Note))
			if r.NoteEN != "" {
				addPair(m, "note_en", str(r.NoteEN))
			}
			addPair(m, "stages", flow(strList(r.Stages)))
			revs.Content = append(revs.Content, m)
		}
		addPair(doc, "revisions", revs)
	}
	addPair(doc, "stages", stagesNode(s.Stages))
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return enc.Close()
}

func stagesNode(list []*Stage) *yaml.Node {
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, st := range list {
		m := mapping("id", str(st.ID), "name", str(st.Name))
		if st.NameEN != "" {
			addPair(m, "name_en", str(st.NameEN))
		}
		addPair(m, "start", endpointNode(st.Start, st.StartRule))
		addPair(m, "end", endpointNode(st.End, st.EndRule))
		if len(st.Tags) > 0 {
			addPair(m, "tags", flow(strList(st.Tags)))
		}
		if st.Key {
			addPair(m, "key", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
		}
		for _, kv := range [][2]string{{"legal_basis", st.LegalBasis}} {
			if kv[1] != "" {
				addPair(m, kv[0], str(kv[1]))
			}
		}
		if len(st.Sources) > 0 {
			addPair(m, "sources", strList(st.Sources))
		}
		if st.Confidence != "" && st.Confidence != Confirmed {
			addPair(m, "confidence", str(string(st.Confidence)))
		}
		for _, kv := range [][2]string{{"note", st.Note}, {"note_en", st.NoteEN}, {"edukasi", st.Edukasi}, {"edukasi_en", st.EdukasiEN}} {
			if kv[1] != "" {
				addPair(m, kv[0], str(kv[1]))
			}
		}
		if len(st.Regions) > 0 {
			addPair(m, "regions", flow(strList(st.Regions)))
		}
		if st.Cancelled {
			addPair(m, "cancelled", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
		}
		if st.StartTime != nil {
			addPair(m, "start_time", quoted(st.StartTime.String()))
		}
		if st.EndTime != nil {
			addPair(m, "end_time", quoted(st.EndTime.String()))
		}
		for _, kv := range [][2]string{{"time_zone", st.TimeZone}, {"location", st.Location}} {
			if kv[1] != "" {
				addPair(m, kv[0], str(kv[1]))
			}
		}
		if len(st.Stages) > 0 {
			addPair(m, "stages", stagesNode(st.Stages))
		}
		seq.Content = append(seq.Content, m)
	}
	return seq
}

func endpointNode(d Date, r *Rule) *yaml.Node {
	if r == nil {
		return plain(d.String())
	}
	var n *yaml.Node
	if r.LegalBasis == "" {
		n = str(r.String())
	} else {
		n = flow(mapping("rule", str(r.String()), "legal_basis", str(r.LegalBasis)))
	}
	if r.Result == d {
		n.LineComment = d.String() // the date the rule gave when it was loaded
	}
	return n
}

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// plain is a scalar the encoder writes unquoted, such as a date.
func plain(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

func quoted(s string) *yaml.Node {
	n := str(s)
	n.Style = yaml.DoubleQuotedStyle
	return n
}

func strList(list []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode}
	for _, s := range list {
		n.Content = append(n.Content, str(s))
	}
	return n
}

func flow(n *yaml.Node) *yaml.Node {
	n.Style = yaml.FlowStyle
	return n
}

func mapping(kv ...any) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(kv); i += 2 {
		addPair(m, kv[i].(string), kv[i+1].(*yaml.Node))
	}
	return m
}

func addPair(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, str(key), v)
}
