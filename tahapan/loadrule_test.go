package tahapan_test

import (
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// TestRuleErrorNames checks that a bad rule in a mapping is named like a
// bad rule written alone: by its stage and field, without a stutter.
func TestRuleErrorNames(t *testing.T) {
	const head = "id: x\nname: X\nvoting_day: 2024-02-14\nstages:\n"
	for _, tt := range []struct{ stage, want string }{
		{`  - {id: a, name: A, start: "H-x", end: 2024-02-14}`,
			`x.yaml:5:29: stage "a": start: invalid rule "H-x": "x" is not a whole number`},
		{`  - {id: a, name: A, start: {rule: "H-x"}, end: 2024-02-14}`,
			`x.yaml:5:36: stage "a": start: invalid rule "H-x": "x" is not a whole number`},
		{`  - {id: a, name: A, start: 2024-02-10, end: {rule: [1]}}`,
			`x.yaml:5:53: stage "a": end: want a rule such as H-3, got a list`},
		{`  - {id: a, name: A, start: {rul: H-3}, end: 2024-02-14}`,
			`date rule: unknown field "rul"`},
	} {
		_, err := tahapan.Load(strings.NewReader(head+tt.stage+"\n"), "x.yaml")
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "rule: rule") {
			t.Errorf("%s:\n got %v\nwant %s", tt.stage, err, tt.want)
		}
	}
}
