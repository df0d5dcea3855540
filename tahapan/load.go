package tahapan

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	pathpkg "path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kalender-pemilu/tahapan/tahapan/internal/yamlx"
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
//
// Text shown to people (names, notes, legal bases, sources, tags,
// locations) must not hold control characters: the C0 controls, DEL, the
// C1 controls and the bidirectional overrides and isolates (U+202A-U+202E,
// U+2066-U+2069), which could clear a terminal or reorder a line. Notes
// (note, edukasi, voting_day_note) may hold tabs and newlines. Such a
// character is an error at the value's line and column.
//
// The input must be one YAML document in UTF-8, without anchors (&name)
// or aliases (*name): a second document, an anchor, an alias and a byte
// that is not UTF-8 are errors at their line and column, worded as the
// holiday loader (package tahapan/libur) words them.
//
// Loading reads at most [MaxScheduleSize] bytes, for the file and every
// file it extends together, and takes time about linear in that. It
// reports at most [MaxErrors] problems, and an error quotes only a short
// prefix of a value.
func Load(r io.Reader, name string, opts ...Option) (*Schedule, error) {
	o := collect(opts)
	data, err := o.read(r, name)
	if err != nil {
		return nil, err
	}
	return parse(data, name, o)
}

// LoadFile reads the schedule in the file at path, which may be a pipe
// (such as /dev/stdin); reading stops after [MaxScheduleSize] bytes. An
// "extends:" that [WithResolver] does not resolve is a path relative to
// this file's folder; it must name a regular file (not a device or a pipe)
// and stay in that folder (no absolute path, no "..", no symbolic link
// that leads out of it) unless [AllowOutside] is given.
func LoadFile(path string, opts ...Option) (*Schedule, error) {
	o := collect(append([]Option{func(o *options) { o.disk = true }}, opts...))
	data, err := o.readFile(nil, path, false)
	if err != nil {
		return nil, err
	}
	if o.chain == nil {
		o.chain = []string{filepath.Clean(path)}
	}
	return parse(data, path, o)
}

// LoadFS reads the schedule at path in fsys, such as the embedded schedules
// of package schedules or an [testing/fstest.MapFS]. An "extends:" that
// [WithResolver] does not resolve is a path in fsys relative to this
// file's folder, and must stay in that folder unless [AllowOutside] is
// given.
func LoadFS(fsys fs.FS, path string, opts ...Option) (*Schedule, error) {
	o := collect(append([]Option{func(o *options) { o.fsys = fsys }}, opts...))
	data, err := o.readFS(path)
	if err != nil {
		return nil, err
	}
	if o.chain == nil {
		o.chain = []string{pathpkg.Clean(path)}
	}
	return parse(data, path, o)
}

// MaxScheduleSize is the most the loaders read for one schedule, in bytes,
// counting every file it extends: 10 MB, a hundred times the largest real
// schedule (Pemilu 2024's, 120 KB).
const MaxScheduleSize = yamlx.MaxSize

// maxExtends is how many levels deep "extends:" may go.
const maxExtends = 8

// ErrTooLarge is returned, wrapped, for a schedule that, with the files it
// extends, is larger than [MaxScheduleSize].
var ErrTooLarge = errors.New(yamlx.TooLarge("a schedule may be with the files it extends"))

// ErrNotResolved may be returned, wrapped, by a resolver given with
// [WithResolver] for a name it does not know. The loader then reads the
// name as a file, as it does without a resolver ([LoadFile] and [LoadFS]
// only; for [Load] it is an error).
var ErrNotResolved = errors.New("not resolved")

// ErrOutside is returned, wrapped, for an "extends:" that names a file
// outside the extending file's folder when [AllowOutside] is not given.
var ErrOutside = errors.New("outside the folder of the extending file")

var errNotRegular = errors.New("not a regular file")

// An Option changes how a schedule is loaded.
type Option func(*options)

type options struct {
	workdays WorkdayCalendar
	resolve  func(name string) (*Schedule, error)
	depth    int      // how many extends deep this load is
	disk     bool     // loaded by LoadFile: extends may name a file beside it
	fsys     fs.FS    // loaded by LoadFS: extends may name a file in fsys
	outside  bool     // AllowOutside: extends may leave the file's folder
	budget   *int64   // bytes still to read, shared with the files extended
	chain    []string // the files being loaded, outermost first
}

func collect(opts []Option) options {
	var o options
	for _, f := range opts {
		f(&o)
	}
	if o.budget == nil {
		b := int64(MaxScheduleSize)
		o.budget = &b
	}
	return o
}

// read reads r within the budget.
func (o *options) read(r io.Reader, name string) ([]byte, error) {
	data, over, err := yamlx.Read(r, *o.budget)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if over {
		return nil, fmt.Errorf("%s: %w", name, ErrTooLarge)
	}
	*o.budget -= int64(len(data))
	return data, nil
}

// readFile reads the file name, in root when root is not nil, within the
// budget; with regular set, only a regular file. Its errors are
// *fs.PathError.
func (o *options) readFile(root *os.Root, name string, regular bool) ([]byte, error) {
	stat, open := os.Stat, os.Open
	if root != nil {
		stat, open = root.Stat, root.Open
	}
	if regular {
		// Stat before opening: opening a named pipe would wait for a writer.
		if err := o.check(stat(name)); err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
	}
	f, err := open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || fi.Mode().IsRegular() || regular {
		if err := o.check(fi, err); err != nil { // it may have been replaced
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
	}
	data, err := o.read(f, name)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.Unwrap(err)}
	}
	return data, nil
}

// readFS is readFile in o.fsys.
func (o *options) readFS(name string) ([]byte, error) {
	if err := o.check(fs.Stat(o.fsys, name)); err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	f, err := o.fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := o.read(f, name)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.Unwrap(err)}
	}
	return data, nil
}

// check reports a file that is not a regular one, or larger than the
// budget.
func (o *options) check(fi fs.FileInfo, err error) error {
	switch {
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return pe.Err
		}
		return err
	case !fi.Mode().IsRegular():
		return errNotRegular
	case fi.Size() > *o.budget:
		return ErrTooLarge
	}
	return nil
}

// WithResolver gives the function that loads the schedule named by a
// file's "extends:" field, such as an embedded schedule's id. Without one,
// or when it returns [ErrNotResolved], the name is a path relative to the
// extending file.
func WithResolver(resolve func(name string) (*Schedule, error)) Option {
	return func(o *options) { o.resolve = resolve }
}

// AllowOutside lets "extends:" name a file outside the extending file's
// folder when allow is true: an absolute path, one with "..", or one
// through a symbolic link that leads out. Give it only for schedules you
// trust: one that can name any file can make the loader read any file
// (its contents are never quoted in an error, but whether it exists and
// parses is told).
func AllowOutside(allow bool) Option {
	return func(o *options) { o.outside = allow }
}

// WithWorkdays gives the working-day calendar that rules in hari kerja
// ("STAGE.end + 30hk") count in, such as the one of package tahapan/libur.
func WithWorkdays(w WorkdayCalendar) Option {
	return func(o *options) { o.workdays = w }
}

func parse(data []byte, name string, o options) (*Schedule, error) {
	d := &decoder{file: name, src: data, opt: o, nodes: map[*Stage]*stageNodes{}}
	root, probs := yamlx.Parse(data)
	if len(probs) > 0 {
		for _, p := range probs {
			d.report(p)
		}
		return nil, errors.Join(yamlx.Cap(d.errs, d.more)...)
	}
	if root == nil {
		return nil, &PosError{File: name, Line: 1, Col: 1, Msg: "empty schedule"}
	}
	s := d.schedule(root)
	if len(d.errs) > 0 {
		slices.SortStableFunc(d.errs, func(a, b error) int {
			pa, pb := a.(*PosError), b.(*PosError)
			return cmp.Or(cmp.Compare(pa.Line, pb.Line), cmp.Compare(pa.Col, pb.Col))
		})
		errs := append(d.errs, d.nested...) // the problems of the files extended come last
		return nil, errors.Join(yamlx.Cap(errs, d.more)...)
	}
	return s, nil
}

// decoder walks a yaml.Node tree by hand, so that every error keeps its
// line and column and all of them are collected. (yaml.v3's Node.Decode has
// no strict mode, and errors from UnmarshalText lose their line.)
type decoder struct {
	file   string
	src    []byte
	opt    options
	errs   []error // *PosError values, about this file
	nested []error // the problems of a file this one extends
	warns  []error
	nodes  map[*Stage]*stageNodes
}

// stageNodes keeps what the checks after rule resolution need to know
// about where a stage's dates were written.
type stageNodes struct {
	node           *yaml.Node // the stage's mapping, for its position
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
	pos      int // while in progress, its place on the stack of rules being resolved
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs = append(d.errs, &PosError{File: d.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
}

func (d *decoder) wrapErr(n *yaml.Node, err error) {
	d.errs = append(d.errs, &PosError{File: d.file, Line: n.Line, Col: n.Column, Msg: err.Error(), Err: err})
}

// report adds a problem found by package yamlx.
func (d *decoder) report(p *yamlx.Problem) {
	d.errs = append(d.errs, &PosError{File: d.file, Line: p.Line, Col: p.Col, Msg: p.Msg, Err: p.Err})
}

// more is the last error of a list cut at MaxErrors.
func (d *decoder) more(msg string) error { return fmt.Errorf("%s: %s", d.file, msg) }

// fields walks mapping n, calling the handler for each known key and
// reporting unknown and repeated keys. It returns the keys seen.
func (d *decoder) fields(n *yaml.Node, what string, handlers map[string]func(*yaml.Node)) map[string]bool {
	known := slices.Sorted(maps.Keys(handlers))
	return d.fieldsFunc(n, what, known, func(key string, v *yaml.Node) bool {
		h, ok := handlers[key]
		if ok && v != nil {
			h(v)
		}
		return ok
	})
}

// fieldsFunc is fields with one handler for every key in known, which
// handles its value. It allocates less than a map of closures, for the
// stages, of which a schedule may have many. Unknown and repeated keys are
// reported by [yamlx.Fields], in the words the holiday files use too.
func (d *decoder) fieldsFunc(n *yaml.Node, what string, known []string, handle func(key string, v *yaml.Node) bool) map[string]bool {
	seen := map[string]bool{}
	yamlx.Fields(n, what, known, func(p *yamlx.Problem) {
		d.report(p)
		d.errs[len(d.errs)-1].(*PosError).named = true
	}, func(key string, _, v *yaml.Node) {
		seen[key] = true
		before := len(d.errs)
		handle(key, v)
		d.prefix(before, what, key)
	})
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
			d.report(yamlx.Missing(n, what, k))
		}
	}
}

// kindName names what n is, for "want X, got Y" messages.
func kindName(n *yaml.Node) string { return yamlx.Describe(n) }

// str reads a string of one line of text: no control characters (see
// [yamlx.BadRune]).
func (d *decoder) str(n *yaml.Node, dst *string) { d.text(n, dst, false) }

// note reads a string that may hold tabs and newlines, but no other
// control characters.
func (d *decoder) note(n *yaml.Node, dst *string) { d.text(n, dst, true) }

func (d *decoder) text(n *yaml.Node, dst *string, multiline bool) {
	v, p := yamlx.Text(n, multiline)
	if p != nil {
		d.report(p)
		return
	}
	*dst = v
}

func (d *decoder) strs(n *yaml.Node, dst *[]string) {
	v, probs := yamlx.Strings(n)
	for _, p := range probs {
		d.report(p)
	}
	*dst = append(*dst, v...)
}

func (d *decoder) boolean(n *yaml.Node, dst *bool) {
	v, p := yamlx.Bool(n)
	if p != nil {
		d.report(p)
		return
	}
	*dst = v
}

func (d *decoder) date(n *yaml.Node, dst *Date) bool {
	v, p := yamlx.Date(n, ParseDate)
	if p != nil {
		d.report(p)
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
	if n.Kind != yaml.ScalarNode || len(n.Value) > maxQuote {
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
	if slices.Contains(allowed, v) {
		*dst = v
		return
	}
	d.errorf(n, "invalid %s %s: want %s", what, yamlx.Quote(v), strings.Join(allowed, ", "))
}

// zone reads a time zone name; an empty one is the schedule's default.
// [Zone] checks it later.
func (d *decoder) zone(n *yaml.Node, dst *string) {
	var v string
	d.str(n, &v)
	if len(v) > maxQuote { // no zone name is this long; keep the message short
		d.errorf(n, "unknown time zone %s: want WIB, WITA, WIT or an IANA name", yamlx.Quote(v))
		return
	}
	*dst = v
}

var idRE = matcher(isID) // `^[a-z0-9][a-z0-9._-]*$`

func (d *decoder) id(n *yaml.Node, dst *string) {
	d.str(n, dst)
	if *dst != "" && !idRE.MatchString(*dst) {
		d.errorf(n, "invalid id %s: use lower-case ASCII letters, digits, '-', '_' and '.'", yamlx.Quote(*dst))
	}
}

func (d *decoder) schedule(n *yaml.Node) *Schedule {
	if n.Kind != yaml.MappingNode {
		// Not a schedule at all, maybe a file named by mistake: say what
		// it is, but quote none of it.
		what := map[yaml.Kind]string{yaml.SequenceNode: "a list", yaml.ScalarNode: "plain text", yaml.AliasNode: "an alias"}[n.Kind]
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			what = "nothing"
		}
		d.errorf(n, "not a schedule: want a mapping with id:, name:, stages: and so on, got %s", cmp.Or(what, "something else"))
		return nil
	}
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
		"voting_day_note":    func(v *yaml.Node) { d.note(v, &s.VotingDayNote) },
		"voting_day_note_en": func(v *yaml.Node) { d.note(v, &s.VotingDayNoteEN) },
		"voting_day_basis":   func(v *yaml.Node) { d.str(v, &s.VotingDayBasis) },
		"constraints":        func(v *yaml.Node) { s.Constraints = d.constraints(v) },
		"time_zone":          func(v *yaml.Node) { zoneNode = v; d.zone(v, &s.TimeZone) },
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
	if zoneNode != nil && s.TimeZone != "" {
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
	if d.opt.depth >= maxExtends {
		d.errorf(n, "extends: %s: more than %d levels of extends", yamlx.Quote(name), maxExtends)
		return nil
	}
	opt := d.opt
	opt.depth++
	var base *Schedule
	var err error
	if d.opt.resolve != nil {
		base, err = d.opt.resolve(name)
	}
	if d.opt.resolve == nil || errors.Is(err, ErrNotResolved) {
		switch {
		case d.opt.disk || d.opt.fsys != nil:
			base, err = d.extendFile(name, opt)
		case d.opt.resolve == nil:
			// A schedule read from a reader may come from anywhere (an
			// upload): it must not make the loader open files.
			d.errorf(n, "extends: %s: a schedule read with Load can extend another only through tahapan.WithResolver", yamlx.Quote(name))
			return nil
		}
	}
	if err != nil {
		d.extendErr(n, name, err)
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

// extendFile loads the file name that this one extends, relative to this
// file's folder and, unless AllowOutside was given, confined to it.
func (d *decoder) extendFile(name string, opt options) (*Schedule, error) {
	if !d.opt.outside && !filepath.IsLocal(name) {
		return nil, fmt.Errorf("%w: only a file in its folder or below may be extended (allow others with tahapan.AllowOutside, or --allow-outside)", ErrOutside)
	}
	var p string
	if d.opt.fsys != nil {
		p = pathpkg.Join(pathpkg.Dir(d.file), name)
	} else {
		p = filepath.Join(filepath.Dir(d.file), name)
		if filepath.IsAbs(name) {
			p = filepath.Clean(name)
		}
	}
	if slices.Contains(d.opt.chain, p) {
		var chain []string
		for _, c := range append(d.opt.chain, p) {
			chain = append(chain, shortN(c, 200))
		}
		return nil, fmt.Errorf("a cycle of extends: %s", strings.Join(chain, " → "))
	}
	opt.chain = append(slices.Clip(d.opt.chain), p)
	var data []byte
	var err error
	switch {
	case d.opt.fsys != nil:
		data, err = opt.readFS(p)
	case d.opt.outside:
		data, err = opt.readFile(nil, p, true)
	default:
		// A root refuses a symbolic link that leads out of the folder.
		var root *os.Root
		if root, err = os.OpenRoot(filepath.Dir(d.file)); err == nil {
			data, err = opt.readFile(root, name, true)
			root.Close()
		}
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) { // the message names the file already
			err = pe.Err
		}
		return nil, err
	}
	return parse(data, p, opt)
}

// extendErr reports that the file this one extends could not be loaded.
// The problems in that file follow this file's own, as they are.
func (d *decoder) extendErr(n *yaml.Node, name string, err error) {
	inner := Errors(err)
	if !slices.ContainsFunc(inner, func(e error) bool { pe, ok := e.(*PosError); return ok && pe.File != d.file }) {
		d.errs = append(d.errs, &PosError{File: d.file, Line: n.Line, Col: n.Column,
			Msg: fmt.Sprintf("extends: cannot load %s: %s", yamlx.Quote(name), shortN(err.Error(), 300)), Err: err})
		return
	}
	d.errs = append(d.errs, &PosError{File: d.file, Line: n.Line, Col: n.Column,
		Msg: fmt.Sprintf("extends: cannot load %s: it has problems (listed below)", yamlx.Quote(name)), Err: err})
	d.nested = append(d.nested, inner...)
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

// confidenceNames are the values of a confidence field, as [Confidences].
var confidenceNames = []string{string(Confirmed), string(SingleSource), string(Unconfirmed), string(Conflict)}

// stageFields are the fields a stage may have.
var stageFields = []string{"id", "name", "name_en", "start", "end", "start_time", "end_time", "time_zone",
	"tags", "key", "legal_basis", "sources", "confidence", "note", "note_en", "edukasi", "edukasi_en",
	"location", "regions", "cancelled", "stages"}

func (d *decoder) stage(n *yaml.Node, parent *Stage) *Stage {
	st := &Stage{Parent: parent, Confidence: Confirmed}
	sn := &stageNodes{node: n}
	var subNode, endTimeNode *yaml.Node
	var conf string
	what := "stage"
	if n.Kind == yaml.MappingNode {
		// Find the id first, so every message can name the stage.
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "id" && n.Content[i+1].Kind == yaml.ScalarNode {
				what = fmt.Sprintf("stage %s", yamlx.Quote(n.Content[i+1].Value))
			}
		}
	}
	seen := d.fieldsFunc(n, what, stageFields, func(key string, v *yaml.Node) bool {
		switch key {
		case "id":
			d.id(v, &st.ID)
		case "name":
			d.str(v, &st.Name)
		case "name_en":
			d.str(v, &st.NameEN)
		case "start":
			sn.start = d.endpoint(v)
			sn.startOK = sn.start.fixed != nil
		case "end":
			sn.end = d.endpoint(v)
			sn.endOK = sn.end.fixed != nil
		case "tags":
			d.strs(v, &st.Tags)
		case "key":
			d.boolean(v, &st.Key)
		case "legal_basis":
			d.str(v, &st.LegalBasis)
		case "sources":
			d.strs(v, &st.Sources)
		case "confidence":
			d.oneOf(v, &conf, "confidence", confidenceNames...)
		case "note":
			d.note(v, &st.Note)
		case "note_en":
			d.note(v, &st.NoteEN)
		case "edukasi":
			d.note(v, &st.Edukasi)
		case "edukasi_en":
			d.note(v, &st.EdukasiEN)
		case "start_time":
			sn.startTime = v
			var c Clock
			if d.clock(v, &c) {
				st.StartTime = &c
			}
		case "end_time":
			endTimeNode = v
			var c Clock
			if d.clock(v, &c) {
				st.EndTime = &c
			}
		case "time_zone":
			d.zone(v, &st.TimeZone)
			if _, err := Zone(st.TimeZone); st.TimeZone != "" && err != nil {
				d.wrapErr(v, err)
			}
		case "location":
			d.str(v, &st.Location)
		case "regions":
			d.strs(v, &st.Regions)
			if v.Kind == yaml.SequenceNode {
				for _, item := range v.Content {
					if item.Kind == yaml.ScalarNode && !regionRE.MatchString(item.Value) {
						d.errorf(item, "invalid kode wilayah %s: want NN for a province or NN.NN for a kabupaten/kota", yamlx.Quote(item.Value))
					}
				}
			}
		case "cancelled":
			d.boolean(v, &st.Cancelled)
		case "stages":
			subNode = v
		}
		return true
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
var regionRE = matcher(isRegionCode) // `^[0-9]{2}(\.[0-9]{2})?$`

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
				d.oneOf(v, &conf, "confidence", confidenceNames...)
			},
			"note":    func(v *yaml.Node) { d.note(v, &c.Note) },
			"note_en": func(v *yaml.Node) { d.note(v, &c.NoteEN) },
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
			var where string
			if fn := d.nodes[f]; fn != nil {
				where = fmt.Sprintf("first at line %d", fn.node.Line)
			} else if s.Extends != nil {
				where = fmt.Sprintf("schedule %s, which this one extends, has it already", yamlx.Quote(s.Extends.ID))
			}
			if sn := d.nodes[st]; sn != nil {
				d.errs = append(d.errs, &PosError{File: d.file, Line: sn.node.Line, Col: sn.node.Column,
					Msg: fmt.Sprintf("duplicate stage id %s (%s)", yamlx.Quote(st.ID), where)})
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
		"note":        func(v *yaml.Node) { d.note(v, &r.Note) },
		"note_en":     func(v *yaml.Node) { d.note(v, &r.NoteEN) },
		"stages":      func(v *yaml.Node) { stagesNode = v; d.strs(v, &r.Stages) },
	})
	d.require(n, "revision", seen, "date", "legal_basis")
	if stagesNode != nil && stagesNode.Kind == yaml.SequenceNode {
		// Each item at its own position (strs has reported those that
		// are not strings), looked up in the index: a lookup with a
		// suggestion per item would make a long list quadratic.
		for _, item := range stagesNode.Content {
			if item.Kind != yaml.ScalarNode {
				continue
			}
			if _, ok := s.byID[item.Value]; !ok {
				d.errorf(item, "revision %s: unknown stage %s", r.Date, yamlx.Quote(item.Value))
			}
		}
	}
	return r
}
