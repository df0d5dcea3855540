package tahapan

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	pathpkg "path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Load reads a schedule in YAML from r. The name is used only in error
// messages, usually the file's path.
//
// Decoding is strict: an unknown field, a value of the wrong type, a date
// that does not exist, a duplicate id, a period that ends before it starts
// and a sub-stage outside its parent are all errors. Every problem found is
// reported at once, as [PosError] values joined with [errors.Join]; use
// [Errors] to list them. Each reads "name:line:col: message".
//
// A stage's start or end may be a [Rule] instead of a date, such as "H-3"
// or "masa-tenang.start - 21d". Rules are resolved while loading; a rule in
// hari kerja needs a working-day calendar, given with [WithWorkdays].
func Load(r io.Reader, name string, opts ...Option) (*Schedule, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return parse(data, name, opts)
}

// LoadFile reads the schedule in the file at path. An "extends:" that is
// not resolved by [WithResolver] is a path relative to this file.
func LoadFile(path string, opts ...Option) (*Schedule, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parse(data, path, append([]Option{func(o *options) { o.disk = true }}, opts...))
}

// LoadFS reads the schedule at path in fsys, such as the embedded schedules
// of package schedules or an [testing/fstest.MapFS]. An "extends:" that is
// not resolved by [WithResolver] is a path in fsys relative to this file.
func LoadFS(fsys fs.FS, path string, opts ...Option) (*Schedule, error) {
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, err
	}
	return parse(data, path, append([]Option{func(o *options) { o.fsys = fsys }}, opts...))
}

// An Option changes how a schedule is loaded.
type Option func(*options)

type options struct {
	workdays WorkdayCalendar
	resolve  func(name string) (*Schedule, error)
	depth    int   // how many extends deep this load is
	disk     bool  // loaded by LoadFile: extends may name a file beside it
	fsys     fs.FS // loaded by LoadFS: extends may name a file in fsys
}

// WithResolver gives the function that loads the schedule named by a
// file's "extends:" field, such as an embedded schedule's id. Without one,
// the name is a path relative to the extending file.
func WithResolver(resolve func(name string) (*Schedule, error)) Option {
	return func(o *options) { o.resolve = resolve }
}

// WithWorkdays gives the working-day calendar that rules in hari kerja
// ("STAGE.end + 30hk") count in, such as the one of package tahapan/libur.
func WithWorkdays(w WorkdayCalendar) Option {
	return func(o *options) { o.workdays = w }
}

func parse(data []byte, name string, opts []Option) (*Schedule, error) {
	d := &decoder{file: name, src: data, nodes: map[*Stage]*stageNodes{}}
	for _, o := range opts {
		o(&d.opt)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, d.syntaxError(err)
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, &PosError{File: name, Line: 1, Col: 1, Msg: "empty schedule"}
	}
	s := d.schedule(root.Content[0])
	if len(d.errs) > 0 {
		slices.SortStableFunc(d.errs, func(a, b error) int {
			pa, pb := a.(*PosError), b.(*PosError)
			return cmp.Or(cmp.Compare(pa.Line, pb.Line), cmp.Compare(pa.Col, pb.Col))
		})
		return nil, errors.Join(d.errs...)
	}
	return s, nil
}

// decoder walks a yaml.Node tree by hand, so that every error keeps its
// line and column and all of them are collected. (yaml.v3's Node.Decode has
// no strict mode, and errors from UnmarshalText lose their line.)
type decoder struct {
	file  string
	src   []byte
	opt   options
	errs  []error
	warns []error
	nodes map[*Stage]*stageNodes
}

// stageNodes keeps what the checks after rule resolution need to know
// about where a stage's dates were written.
type stageNodes struct {
	what           string
	start, end     endpoint
	startOK, endOK bool       // the date is known (fixed, or resolved)
	endTime        *yaml.Node // end_time, to check against start_time
	startTime      *yaml.Node // start_time, to check against the period
}

// endpoint is a stage's start or end as written: a date, a rule, or both.
type endpoint struct {
	node     *yaml.Node // the value node, for positions
	ruleNode *yaml.Node
	fixed    *Date // the date written, if any
	rule     *Rule
	state    int // resolution: 0 not yet, 1 in progress, 2 done
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs = append(d.errs, &PosError{File: d.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
}

func (d *decoder) wrapErr(n *yaml.Node, err error) {
	d.errs = append(d.errs, &PosError{File: d.file, Line: n.Line, Col: n.Column, Msg: err.Error(), Err: err})
}

var yamlLineRE = regexp.MustCompile(`line (\d+): (.*)`)

// syntaxError turns yaml's "yaml: line N: msg" into a PosError. yaml gives
// no column, so the column is that of the first non-blank on the line.
func (d *decoder) syntaxError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	m := yamlLineRE.FindStringSubmatch(msg)
	if m == nil {
		return &PosError{File: d.file, Line: 1, Col: 1, Msg: "invalid YAML: " + msg, Err: err}
	}
	line, _ := strconv.Atoi(m[1])
	return &PosError{File: d.file, Line: line, Col: d.firstCol(line), Msg: "invalid YAML: " + m[2], Err: err}
}

func (d *decoder) firstCol(line int) int {
	lines := bytes.Split(d.src, []byte("\n"))
	if line < 1 || line > len(lines) {
		return 1
	}
	l := lines[line-1]
	return len(l) - len(bytes.TrimLeft(l, " \t")) + 1
}

// fields walks mapping n, calling the handler for each known key and
// reporting unknown and repeated keys. It returns the keys seen.
func (d *decoder) fields(n *yaml.Node, what string, handlers map[string]func(*yaml.Node)) map[string]bool {
	seen := map[string]bool{}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s: want a mapping, got %s", what, kindName(n))
		return seen
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		h, ok := handlers[k.Value]
		switch {
		case !ok:
			d.errorf(k, "%s: unknown field %q", what, k.Value)
			d.errs[len(d.errs)-1].(*PosError).named = true
		case seen[k.Value]:
			d.errorf(k, "%s: field %q given twice", what, k.Value)
			d.errs[len(d.errs)-1].(*PosError).named = true
		default:
			seen[k.Value] = true
			before := len(d.errs)
			h(v)
			d.prefix(before, what, k.Value)
		}
	}
	return seen
}

// prefix names the field, and the stage when there is one, in the errors
// from index i on that do not name them yet.
func (d *decoder) prefix(i int, what, field string) {
	p := field + ": "
	if what != "schedule" {
		p = what + ": " + p
	}
	for _, err := range d.errs[i:] {
		if pe, ok := err.(*PosError); ok && !pe.named {
			pe.Msg = p + pe.Msg
			pe.named = true
		}
	}
}

func (d *decoder) require(n *yaml.Node, what string, seen map[string]bool, keys ...string) {
	if n.Kind != yaml.MappingNode {
		return
	}
	for _, k := range keys {
		if !seen[k] {
			d.errorf(n, "%s: missing field %q", what, k)
		}
	}
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	case yaml.AliasNode:
		return "an alias"
	}
	return "something else"
}

func (d *decoder) str(n *yaml.Node, dst *string) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errorf(n, "want a string, got %s", kindName(n))
		return
	}
	*dst = n.Value
}

func (d *decoder) strs(n *yaml.Node, dst *[]string) {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "want a list of strings, got %s", kindName(n))
		return
	}
	for _, c := range n.Content {
		var s string
		d.str(c, &s)
		*dst = append(*dst, s)
	}
}

func (d *decoder) boolean(n *yaml.Node, dst *bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		d.errorf(n, "want true or false, got %s", kindName(n))
		return
	}
	*dst = n.Value == "true"
}

func (d *decoder) date(n *yaml.Node, dst *Date) bool {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errorf(n, "want a date YYYY-MM-DD, got %s", kindName(n))
		return false
	}
	v, err := ParseDate(n.Value)
	if err != nil {
		d.wrapErr(n, err)
		return false
	}
	if !InRange(v) {
		d.errorf(n, "date %s is out of range: schedules hold dates from %d to %d", v, MinYear, MaxYear)
		return false
	}
	*dst = v
	return true
}

func (d *decoder) clock(n *yaml.Node, dst *Clock) bool {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "want a time of day HH:MM, got %s", kindName(n))
		return false
	}
	v, err := ParseClock(n.Value)
	if err != nil {
		d.wrapErr(n, err)
		return false
	}
	*dst = v
	return true
}

func (d *decoder) oneOf(n *yaml.Node, dst *string, what string, allowed ...string) {
	var v string
	d.str(n, &v)
	if v == "" && n.Kind != yaml.ScalarNode {
		return
	}
	for _, a := range allowed {
		if v == a {
			*dst = v
			return
		}
	}
	d.errorf(n, "invalid %s %q: want %s", what, v, strings.Join(allowed, ", "))
}

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)

func (d *decoder) id(n *yaml.Node, dst *string) {
	d.str(n, dst)
	if *dst != "" && !idRE.MatchString(*dst) {
		d.errorf(n, "invalid id %q: use lower-case ASCII letters, digits, '-', '_' and '.'", *dst)
	}
}

func (d *decoder) schedule(n *yaml.Node) *Schedule {
	s := &Schedule{File: d.file, Kind: "pemilu", Status: "official", TimeZone: WIB,
		PollingHours: Hours{Open: Clock{7, 0}, Close: Clock{13, 0}}}
	var stagesNode, hoursNode, zoneNode, extendsNode, statusNode, votingNode *yaml.Node
	var revNodes []*yaml.Node
	var extends string
	seen := d.fields(n, "schedule", map[string]func(*yaml.Node){
		"extends": func(v *yaml.Node) { extendsNode = v; d.str(v, &extends) },
		"id":      func(v *yaml.Node) { d.id(v, &s.ID) },
		"name":    func(v *yaml.Node) { d.str(v, &s.Name) },
		"name_en": func(v *yaml.Node) { d.str(v, &s.NameEN) },
		"kind":    func(v *yaml.Node) { d.oneOf(v, &s.Kind, "kind", "pemilu", "pilkada", "other") },
		"status": func(v *yaml.Node) {
			statusNode = v
			d.oneOf(v, &s.Status, "status", StatusOfficial, StatusDraft, StatusPlanned)
		},
		"voting_day":         func(v *yaml.Node) { votingNode = v; d.date(v, &s.votingDay) },
		"voting_day_note":    func(v *yaml.Node) { d.str(v, &s.VotingDayNote) },
		"voting_day_note_en": func(v *yaml.Node) { d.str(v, &s.VotingDayNoteEN) },
		"voting_day_basis":   func(v *yaml.Node) { d.str(v, &s.VotingDayBasis) },
		"constraints":        func(v *yaml.Node) { s.Constraints = d.constraints(v) },
		"time_zone":          func(v *yaml.Node) { zoneNode = v; d.str(v, &s.TimeZone) },
		"legal_basis":        func(v *yaml.Node) { d.str(v, &s.LegalBasis) },
		"sources":            func(v *yaml.Node) { d.strs(v, &s.Sources) },
		"polling_hours": func(v *yaml.Node) {
			hoursNode = v
			d.fields(v, "polling_hours", map[string]func(*yaml.Node){
				"open":  func(v *yaml.Node) { d.clock(v, &s.PollingHours.Open) },
				"close": func(v *yaml.Node) { d.clock(v, &s.PollingHours.Close) },
			})
		},
		"revisions": func(v *yaml.Node) {
			if v.Kind != yaml.SequenceNode {
				d.errorf(v, "revisions: want a list, got %s", kindName(v))
				return
			}
			revNodes = v.Content
		},
		"stages": func(v *yaml.Node) { stagesNode = v },
	})
	var base *Schedule
	if extendsNode != nil && extends != "" {
		base = d.extend(extendsNode, extends, s, seen)
		d.require(n, "schedule", seen, "id", "name")
	} else if s.Status == StatusPlanned {
		// A planned schedule has no voting day, and says why.
		d.require(n, "schedule", seen, "id", "name", "voting_day_note", "stages")
	} else {
		d.require(n, "schedule", seen, "id", "name", "voting_day", "stages")
	}
	if s.Status == StatusPlanned && votingNode != nil {
		d.errorf(votingNode, "voting_day: a planned schedule has no voting day yet; when KPU sets it, set status: official (line %d)", statusNode.Line)
	}
	if zoneNode != nil {
		if _, err := Zone(s.TimeZone); err != nil {
			d.errorf(zoneNode, "time_zone: %v", err)
		}
	}
	if hoursNode != nil {
		o, c := s.PollingHours.Open, s.PollingHours.Close
		if o.Hour*60+o.Minute >= c.Hour*60+c.Minute {
			d.errorf(hoursNode, "polling_hours: open %s is not before close %s", o, c)
		}
	}
	if stagesNode != nil {
		s.Stages = d.stages(stagesNode, nil)
	}
	if base != nil {
		s.Stages = append(slices.Clip(base.Stages), s.Stages...)
	}
	s.index()
	d.checkIDs(s)
	d.resolveRules(s)
	d.checkPeriods(s)
	s.Warnings = d.warns
	if base != nil {
		s.Revisions = slices.Clone(base.Revisions)
	}
	for _, rn := range revNodes {
		s.Revisions = append(s.Revisions, d.revision(rn, s))
	}
	return s
}

// extend loads the schedule a file extends and takes from it every
// header field the file does not set. Its stages come first in the merged
// schedule; they are shared, already resolved, and must not be modified.
func (d *decoder) extend(n *yaml.Node, name string, s *Schedule, seen map[string]bool) *Schedule {
	if d.opt.depth >= 8 {
		d.errorf(n, "extends: %q: too many levels of extends (a cycle?)", name)
		return nil
	}
	opt := d.opt
	opt.depth++
	var base *Schedule
	var err error
	switch {
	case d.opt.resolve != nil:
		base, err = d.opt.resolve(name)
	case d.opt.fsys != nil:
		base, err = LoadFS(d.opt.fsys, pathpkg.Join(pathpkg.Dir(d.file), name), func(o *options) { *o = opt })
	case d.opt.disk:
		base, err = LoadFile(filepath.Join(filepath.Dir(d.file), name), func(o *options) { *o = opt })
	default:
		// A schedule read from a reader may come from anywhere (an upload):
		// it must not make the loader open files.
		d.errorf(n, "extends: %q: a schedule read with Load can extend another only through tahapan.WithResolver", name)
		return nil
	}
	if err != nil {
		d.errorf(n, "extends: cannot load %q: %v", name, err)
		return nil
	}
	if !seen["voting_day"] {
		s.votingDay = base.votingDay
		s.VotingDayNote, s.VotingDayNoteEN, s.VotingDayBasis = base.VotingDayNote, base.VotingDayNoteEN, base.VotingDayBasis
	}
	if !seen["kind"] {
		s.Kind = base.Kind
	}
	if !seen["polling_hours"] {
		s.PollingHours = base.PollingHours
	}
	if !seen["time_zone"] {
		s.TimeZone = base.TimeZone
	}
	if !seen["legal_basis"] {
		s.LegalBasis = base.LegalBasis
	}
	if !seen["sources"] {
		s.Sources = base.Sources
	}
	s.Extends = base
	return base
}

func (d *decoder) stages(n *yaml.Node, parent *Stage) []*Stage {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "stages: want a list, got %s", kindName(n))
		return nil
	}
	var out []*Stage
	for _, c := range n.Content {
		if st := d.stage(c, parent); st != nil {
			out = append(out, st)
		}
	}
	return out
}

func (d *decoder) stage(n *yaml.Node, parent *Stage) *Stage {
	st := &Stage{Parent: parent, Confidence: Confirmed, line: n.Line, col: n.Column}
	sn := &stageNodes{}
	var subNode, endTimeNode *yaml.Node
	var conf string
	what := "stage"
	if n.Kind == yaml.MappingNode {
		// Find the id first, so every message can name the stage.
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "id" && n.Content[i+1].Kind == yaml.ScalarNode {
				what = fmt.Sprintf("stage %q", n.Content[i+1].Value)
			}
		}
	}
	seen := d.fields(n, what, map[string]func(*yaml.Node){
		"id":          func(v *yaml.Node) { d.id(v, &st.ID) },
		"name":        func(v *yaml.Node) { d.str(v, &st.Name) },
		"name_en":     func(v *yaml.Node) { d.str(v, &st.NameEN) },
		"start":       func(v *yaml.Node) { sn.start = d.endpoint(v); sn.startOK = sn.start.fixed != nil },
		"end":         func(v *yaml.Node) { sn.end = d.endpoint(v); sn.endOK = sn.end.fixed != nil },
		"tags":        func(v *yaml.Node) { d.strs(v, &st.Tags) },
		"key":         func(v *yaml.Node) { d.boolean(v, &st.Key) },
		"legal_basis": func(v *yaml.Node) { d.str(v, &st.LegalBasis) },
		"sources":     func(v *yaml.Node) { d.strs(v, &st.Sources) },
		"confidence": func(v *yaml.Node) {
			d.oneOf(v, &conf, "confidence", string(Confirmed), string(SingleSource), string(Unconfirmed), string(Conflict))
		},
		"note":    func(v *yaml.Node) { d.str(v, &st.Note) },
		"edukasi": func(v *yaml.Node) { d.str(v, &st.Edukasi) },
		"start_time": func(v *yaml.Node) {
			sn.startTime = v
			var c Clock
			if d.clock(v, &c) {
				st.StartTime = &c
			}
		},
		"end_time": func(v *yaml.Node) {
			endTimeNode = v
			var c Clock
			if d.clock(v, &c) {
				st.EndTime = &c
			}
		},
		"time_zone": func(v *yaml.Node) {
			d.str(v, &st.TimeZone)
			if _, err := Zone(st.TimeZone); st.TimeZone != "" && err != nil {
				d.wrapErr(v, err)
			}
		},
		"location": func(v *yaml.Node) { d.str(v, &st.Location) },
		"regions": func(v *yaml.Node) {
			d.strs(v, &st.Regions)
			for _, r := range st.Regions {
				if !regionRE.MatchString(r) {
					d.errorf(v, "%s: regions: invalid kode wilayah %q: want NN for a province or NN.NN for a kabupaten/kota", what, r)
				}
			}
		},
		"cancelled": func(v *yaml.Node) { d.boolean(v, &st.Cancelled) },
		"stages":    func(v *yaml.Node) { subNode = v },
	})
	if n.Kind != yaml.MappingNode {
		return nil
	}
	d.require(n, what, seen, "id", "name", "start", "end")
	if conf != "" {
		st.Confidence = Confidence(conf)
	}
	if endTimeNode != nil && st.EndTime != nil {
		switch {
		case st.StartTime == nil:
			d.errorf(endTimeNode, "%s: end_time needs a start_time", what)
		default:
			sn.endTime = endTimeNode // checked once the dates are known
		}
	}
	sn.what = what
	if sn.start.fixed != nil {
		st.Start = *sn.start.fixed
	}
	if sn.end.fixed != nil {
		st.End = *sn.end.fixed
	}
	st.StartRule, st.EndRule = sn.start.rule, sn.end.rule
	d.nodes[st] = sn
	if subNode != nil {
		st.Stages = d.stages(subNode, st)
	}
	return st
}

// regionRE matches a kode wilayah of a province (35) or of a kabupaten or
// kota (35.76), as in Kepmendagri 300.2.2-2138/2025.
var regionRE = regexp.MustCompile(`^[0-9]{2}(\.[0-9]{2})?$`)

func (d *decoder) constraints(n *yaml.Node) []Constraint {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "constraints: want a list, got %s", kindName(n))
		return nil
	}
	var out []Constraint
	for _, cn := range n.Content {
		c := Constraint{Confidence: Confirmed}
		var conf string
		seen := d.fields(cn, "constraint", map[string]func(*yaml.Node){
			"id":          func(v *yaml.Node) { d.id(v, &c.ID) },
			"name":        func(v *yaml.Node) { d.str(v, &c.Name) },
			"name_en":     func(v *yaml.Node) { d.str(v, &c.NameEN) },
			"legal_basis": func(v *yaml.Node) { d.str(v, &c.LegalBasis) },
			"sources":     func(v *yaml.Node) { d.strs(v, &c.Sources) },
			"confidence": func(v *yaml.Node) {
				d.oneOf(v, &conf, "confidence", string(Confirmed), string(SingleSource), string(Unconfirmed), string(Conflict))
			},
			"note": func(v *yaml.Node) { d.str(v, &c.Note) },
		})
		if cn.Kind != yaml.MappingNode {
			continue
		}
		d.require(cn, "constraint", seen, "id", "name", "legal_basis")
		if conf != "" {
			c.Confidence = Confidence(conf)
		}
		out = append(out, c)
	}
	return out
}

func (d *decoder) checkIDs(s *Schedule) {
	first := map[string]*Stage{}
	for _, st := range s.all {
		if st.ID == "" {
			continue
		}
		if f, dup := first[st.ID]; dup {
			where := fmt.Sprintf("first at line %d", f.line)
			if d.nodes[f] == nil && s.Extends != nil {
				where = fmt.Sprintf("schedule %q, which this one extends, has it already", s.Extends.ID)
			}
			if d.nodes[st] != nil {
				d.errs = append(d.errs, &PosError{File: d.file, Line: st.line, Col: st.col,
					Msg: fmt.Sprintf("duplicate stage id %q (%s)", st.ID, where)})
			}
			continue
		}
		first[st.ID] = st
	}
}

func (d *decoder) revision(n *yaml.Node, s *Schedule) Revision {
	var r Revision
	var stagesNode *yaml.Node
	seen := d.fields(n, "revision", map[string]func(*yaml.Node){
		"date":        func(v *yaml.Node) { d.date(v, &r.Date) },
		"legal_basis": func(v *yaml.Node) { d.str(v, &r.LegalBasis) },
		"note":        func(v *yaml.Node) { d.str(v, &r.Note) },
		"stages":      func(v *yaml.Node) { stagesNode = v; d.strs(v, &r.Stages) },
	})
	d.require(n, "revision", seen, "date", "legal_basis")
	if stagesNode != nil && stagesNode.Kind == yaml.SequenceNode {
		for i, id := range r.Stages {
			if _, err := s.Stage(id); err != nil && i < len(stagesNode.Content) {
				d.errorf(stagesNode.Content[i], "revision %s: unknown stage %q", r.Date, id)
			}
		}
	}
	return r
}
