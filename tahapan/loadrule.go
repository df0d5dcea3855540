package tahapan

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

var dateLikeRE = matcher(isDateLike) // `^\d{4}-\d{1,2}-\d{1,2}$`

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
			"rule":        func(v *yaml.Node) { ep.ruleNode = v },
			"date":        func(v *yaml.Node) { dateNode = v },
			"legal_basis": func(v *yaml.Node) { d.str(v, &basis) },
		})
		d.require(n, "date rule", seen, "rule")
		// The rule is read outside fields, so that its errors are named by
		// the stage and field ("stage "x": start: invalid rule …"), as
		// those of a rule written alone are, not "date rule: rule: …".
		switch v := ep.ruleNode; {
		case v == nil:
		case v.Kind != yaml.ScalarNode:
			d.errorf(v, "want a rule such as H-3, got %s", kindName(v))
		default:
			ep.rule = d.rule(v)
		}
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
// reporting unknown stages and cycles. It walks the rules with a stack of
// its own, not by recursion: a chain of rules through every stage of a
// large file would make a deep Go stack, which is slow to grow and to scan.
func (d *decoder) resolveRules(s *Schedule) {
	var stack []endKey
	for _, st := range s.all {
		for _, end := range [2]bool{false, true} {
			stack = append(stack[:0], endKey{st, end})
			for len(stack) > 0 {
				k := stack[len(stack)-1]
				sn, ep, _ := d.endpointOf(k)
				if ep == nil || ep.state == 2 { // a fixed date, or resolved already
					stack = stack[:len(stack)-1]
					continue
				}
				if ep.state == 0 {
					ep.state, ep.pos = 1, len(stack)-1
				}
				base, ok, wait := d.ruleBase(s, k, sn, ep, stack)
				if wait != nil {
					stack = append(stack, *wait) // resolve that first, then come back
					continue
				}
				stack = stack[:len(stack)-1]
				ep.state = 2
				if ok {
					d.applyRule(k, sn, ep, base)
				}
			}
		}
	}
}

// endpointOf returns the nodes of k's stage, k's endpoint when it is given
// by a rule (nil otherwise), and whether k's date is known now. A stage
// of the extended schedule has no nodes; it was resolved when it loaded.
func (d *decoder) endpointOf(k endKey) (*stageNodes, *endpoint, bool) {
	sn := d.nodes[k.st]
	if sn == nil {
		return nil, nil, true
	}
	ep, ok := &sn.start, sn.startOK
	if k.end {
		ep, ok = &sn.end, sn.endOK
	}
	if ep.rule == nil {
		return sn, nil, ok
	}
	return sn, ep, ok
}

// ruleBase returns the date k's rule counts from, and whether it is
// known. When it is the date of another rule not resolved yet, it returns
// that rule's endpoint to resolve first. A rule that leads back to one
// being resolved, on the stack, is a cycle.
func (d *decoder) ruleBase(s *Schedule, k endKey, sn *stageNodes, ep *endpoint, stack []endKey) (Date, bool, *endKey) {
	r := ep.rule
	if r.Ref == "" {
		vd, set := s.VotingDay()
		if !set && s.Status == StatusPlanned {
			d.errorf(ep.ruleNode, "%s: %s: rule %q counts from voting day, which a planned schedule does not have yet", sn.what, field(k), short(r.Expr))
		}
		return vd, set, nil
	}
	ref, found := s.byID[r.Ref]
	if !found {
		d.errorf(ep.ruleNode, "%s: %s: rule %q refers to unknown stage %q", sn.what, field(k), short(r.Expr), short(r.Ref))
		return Date{}, false, nil
	}
	rk := endKey{ref, r.RefEnd}
	rsn, rep, known := d.endpointOf(rk)
	switch {
	case rep == nil || rep.state == 2:
		return d.dateOf(rk), known, nil
	case rep.state == 0:
		return Date{}, false, &rk
	}
	d.errorf(rep.ruleNode, "%s: rule %q is part of a cycle: %s", rsn.what, short(rep.rule.Expr), cycleText(stack[rep.pos:]))
	return Date{}, false, nil
}

// applyRule sets k's date from its rule and the base date.
func (d *decoder) applyRule(k endKey, sn *stageNodes, ep *endpoint, base Date) {
	r := ep.rule
	if r.Unit == Workdays && d.opt.workdays == nil {
		d.errorf(ep.ruleNode, "%s: %s: rule %q counts hari kerja and needs a working-day calendar (load with tahapan.WithWorkdays)", sn.what, field(k), short(r.Expr))
		return
	}
	r.Base, r.Result = base, r.apply(base, d.opt.workdays)
	if !InRange(r.Result) {
		d.errorf(ep.ruleNode, "%s: %s: rule %q gives %s, out of range: schedules hold dates from %d to %d",
			sn.what, field(k), short(r.Expr), r.Result, MinYear, MaxYear)
		return
	}
	if ep.fixed != nil && *ep.fixed != r.Result {
		d.warns = append(d.warns, &PosError{File: d.file, Line: ep.node.Line, Col: ep.node.Column,
			Msg: fmt.Sprintf("%s: %s: rule %q gives %s, but the date written is %s; keeping %s",
				sn.what, field(k), short(r.Expr), r.Result, *ep.fixed, *ep.fixed)})
	} else if ep.fixed == nil {
		if k.end {
			k.st.End = r.Result
		} else {
			k.st.Start = r.Result
		}
	}
	if k.end {
		sn.endOK = true
	} else {
		sn.startOK = true
	}
}

// field names k's field, start or end.
func field(k endKey) string {
	if k.end {
		return "end"
	}
	return "start"
}

// maxCycle is how many steps of a cycle an error names.
const maxCycle = 6

// cycleText names the steps of a cycle, the first again at the end, such
// as "a.start → b.end → a.start"; a long cycle is cut after maxCycle
// steps, with a count of the rest.
func cycleText(cycle []endKey) string {
	var b strings.Builder
	for i, k := range cycle {
		if i == maxCycle {
			fmt.Fprintf(&b, "… (%d more) → ", len(cycle)-maxCycle)
			break
		}
		b.WriteString(short(k.String()) + " → ")
	}
	b.WriteString(short(cycle[0].String()))
	return b.String()
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
