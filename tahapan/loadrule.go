package tahapan

import (
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

var dateLikeRE = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}$`)

// endpoint reads a stage's start or end: a date ("2024-02-11"), a rule
// ("H-3"), or a mapping with a rule, an optional date to check it against
// and the rule's legal basis.
func (d *decoder) endpoint(n *yaml.Node) endpoint {
	ep := endpoint{node: n}
	switch {
	case n.Kind == yaml.ScalarNode && n.Tag != "!!null" && (n.Tag == "!!timestamp" || dateLikeRE.MatchString(n.Value) || !looksLikeRule(n.Value)):
		var v Date
		if d.date(n, &v) {
			ep.fixed = &v
		}
	case n.Kind == yaml.ScalarNode && n.Tag != "!!null":
		ep.ruleNode = n
		ep.rule = d.rule(n)
	case n.Kind == yaml.MappingNode:
		var basis string
		var dateNode *yaml.Node
		seen := d.fields(n, "date rule", map[string]func(*yaml.Node){
			"rule": func(v *yaml.Node) {
				ep.ruleNode = v
				if v.Kind != yaml.ScalarNode {
					d.errorf(v, "want a rule such as H-3, got %s", kindName(v))
					return
				}
				ep.rule = d.rule(v)
			},
			"date":        func(v *yaml.Node) { dateNode = v },
			"legal_basis": func(v *yaml.Node) { d.str(v, &basis) },
		})
		d.require(n, "date rule", seen, "rule")
		if dateNode != nil {
			var v Date
			if d.date(dateNode, &v) {
				ep.fixed = &v
			}
		}
		if ep.rule != nil {
			ep.rule.LegalBasis = basis
		}
	default:
		d.errorf(n, "want a date YYYY-MM-DD or a rule such as H-3, got %s", kindName(n))
	}
	return ep
}

// looksLikeRule reports whether s is meant as a rule rather than a date:
// it starts with H or names a stage's start or end.
func looksLikeRule(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "H") || strings.Contains(s, ".start") || strings.Contains(s, ".end")
}

func (d *decoder) rule(n *yaml.Node) *Rule {
	r, err := ParseRule(n.Value)
	if err != nil {
		d.wrapErr(n, err)
		return nil
	}
	return r
}

type endKey struct {
	st  *Stage
	end bool
}

func (k endKey) String() string {
	if k.end {
		return k.st.ID + ".end"
	}
	return k.st.ID + ".start"
}

// resolveRules works out every date given by a rule, in dependency order,
// reporting unknown stages and cycles.
func (d *decoder) resolveRules(s *Schedule) {
	var stack []endKey
	var resolve func(k endKey) (Date, bool)
	resolve = func(k endKey) (Date, bool) {
		sn := d.nodes[k.st]
		if sn == nil {
			return d.dateOf(k), true // a stage of the extended schedule, resolved when it loaded
		}
		ep, ok := &sn.start, &sn.startOK
		if k.end {
			ep, ok = &sn.end, &sn.endOK
		}
		if ep.rule == nil {
			return d.dateOf(k), *ok
		}
		switch ep.state {
		case 2:
			return d.dateOf(k), *ok
		case 1:
			var names []string
			for i := len(stack) - 1; i >= 0; i-- {
				names = append([]string{stack[i].String()}, names...)
				if stack[i] == k {
					break
				}
			}
			names = append(names, k.String())
			d.errorf(ep.ruleNode, "%s: rule %q is part of a cycle: %s", sn.what, ep.rule.Expr, strings.Join(names, " → "))
			return Date{}, false
		}
		ep.state = 1
		stack = append(stack, k)
		defer func() { stack = stack[:len(stack)-1]; ep.state = 2 }()
		r := ep.rule
		field := map[bool]string{false: "start", true: "end"}[k.end]
		var base Date
		if r.Ref == "" {
			vd, set := s.VotingDay()
			if !set {
				if s.Status == StatusPlanned {
					d.errorf(ep.ruleNode, "%s: %s: rule %q counts from voting day, which a planned schedule does not have yet", sn.what, field, r.Expr)
				}
				return Date{}, false
			}
			base = vd
		} else {
			ref, found := s.byID[r.Ref]
			if !found {
				d.errorf(ep.ruleNode, "%s: %s: rule %q refers to unknown stage %q", sn.what, field, r.Expr, r.Ref)
				return Date{}, false
			}
			b, okRef := resolve(endKey{ref, r.RefEnd})
			if !okRef {
				return Date{}, false
			}
			base = b
		}
		if r.Unit == Workdays && d.opt.workdays == nil {
			d.errorf(ep.ruleNode, "%s: %s: rule %q counts hari kerja and needs a working-day calendar (load with tahapan.WithWorkdays)", sn.what, field, r.Expr)
			return Date{}, false
		}
		r.Base, r.Result = base, r.apply(base, d.opt.workdays)
		if !InRange(r.Result) {
			d.errorf(ep.ruleNode, "%s: %s: rule %q gives %s, out of range: schedules hold dates from %d to %d",
				sn.what, field, r.Expr, r.Result, MinYear, MaxYear)
			return Date{}, false
		}
		if ep.fixed != nil && *ep.fixed != r.Result {
			d.warns = append(d.warns, &PosError{File: d.file, Line: ep.node.Line, Col: ep.node.Column,
				Msg: fmt.Sprintf("%s: %s: rule %q gives %s, but the date written is %s; keeping %s",
					sn.what, field, r.Expr, r.Result, *ep.fixed, *ep.fixed)})
		} else if ep.fixed == nil {
			if k.end {
				k.st.End = r.Result
			} else {
				k.st.Start = r.Result
			}
		}
		*ok = true
		return d.dateOf(k), true
	}
	for _, st := range s.all {
		resolve(endKey{st, false})
		resolve(endKey{st, true})
	}
}

func (d *decoder) dateOf(k endKey) Date {
	if k.end {
		return k.st.End
	}
	return k.st.Start
}

// checkPeriods reports periods that end before they start and sub-stages
// that lie outside their parent, once every date is known.
func (d *decoder) checkPeriods(s *Schedule) {
	for _, st := range s.all {
		sn := d.nodes[st]
		if sn == nil || !sn.startOK || !sn.endOK {
			continue
		}
		if st.End.Before(st.Start) {
			d.errorf(sn.end.node, "%s: end %s is before start %s", sn.what, st.End, st.Start)
			continue
		}
		if sn.startTime != nil && st.StartTime != nil && st.EndTime == nil && st.Start != st.End {
			d.errorf(sn.startTime, "%s: a timed event of several days (%s) needs an end_time", sn.what, st.Period)
		}
		if sn.endTime != nil && st.Start == st.End && st.EndTime.minutes() <= st.StartTime.minutes() {
			d.errorf(sn.endTime, "%s: end_time %s is not after start_time %s", sn.what, st.EndTime, st.StartTime)
		}
		p := st.Parent
		if p == nil {
			continue
		}
		if pn := d.nodes[p]; pn == nil || !pn.startOK || !pn.endOK || p.End.Before(p.Start) {
			continue
		}
		if st.Start.Before(p.Start) || st.End.After(p.End) {
			at := sn.start.node
			if !st.Start.Before(p.Start) {
				at = sn.end.node
			}
			d.errorf(at, "%s: period %s lies outside its parent %q (%s)", sn.what, st.Period, p.ID, p.Period)
		}
	}
}
