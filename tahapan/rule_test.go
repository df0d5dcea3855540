package tahapan_test

import (
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

var parseRuleTests = []struct {
	in     string
	want   string // canonical form
	ref    string
	refEnd bool
	n      int
	unit   tahapan.Unit
	expect string // must appear within the error
}{
	{in: "H", want: "H", unit: tahapan.Days},
	{in: "H-3", want: "H-3", n: -3, unit: tahapan.Days},
	{in: "H+35", want: "H+35", n: 35, unit: tahapan.Days},
	{in: "H - 20m", want: "H-20m", n: -20, unit: tahapan.Months},
	{in: "H+30hk", want: "H+30hk", n: 30, unit: tahapan.Workdays},
	{in: "masa-tenang.start - 21d", want: "masa-tenang.start - 21d", ref: "masa-tenang", n: -21, unit: tahapan.Days},
	{in: "phpu.end+30hk", want: "phpu.end + 30hk", ref: "phpu", refEnd: true, n: 30, unit: tahapan.Workdays},
	{in: "p2024.dct.start", want: "p2024.dct.start", ref: "p2024.dct", unit: tahapan.Days},
	{in: "x.start + 1", want: "x.start + 1d", ref: "x", n: 1, unit: tahapan.Days},
	{in: "H-", expect: `"H-" needs a number`},
	{in: "H+", expect: `"H+" needs a number`},
	{in: "H-3x", expect: `unknown unit "x"`},
	{in: "H-3 weeks", expect: `unknown unit "weeks"`},
	{in: "H-three", expect: "not a whole number"},
	{in: "x.middle + 1d", expect: "invalid rule"},
	{in: "Hari-3", expect: "invalid rule"},
	{in: "H-999999999999", expect: "out of range"},
}

func TestParseRule(t *testing.T) {
	for _, tt := range parseRuleTests {
		r, err := tahapan.ParseRule(tt.in)
		if tt.expect != "" {
			if err == nil || !contains(err.Error(), tt.expect) {
				t.Errorf("ParseRule(%q) error = %v, want one containing %q", tt.in, err, tt.expect)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseRule(%q): %v", tt.in, err)
			continue
		}
		if r.String() != tt.want || r.Ref != tt.ref || r.RefEnd != tt.refEnd || r.N != tt.n || r.Unit != tt.unit {
			t.Errorf("ParseRule(%q) = %s %+v, want %s", tt.in, r, r, tt.want)
		}
	}
}

// TestRules checks that Pemilu 2024's rules (UU 7/2017 Pasal 167(6), 276,
// 278(1) and the 35-day result) reproduce the dates in the regulation.
func TestRules(t *testing.T) {
	s, err := tahapan.LoadFile("testdata/valid/rules.yaml")
	if err != nil {
		for _, e := range tahapan.Errors(err) {
			t.Error(e)
		}
		t.FailNow()
	}
	tests := []struct {
		id         string
		start, end tahapan.Date
	}{
		{"perencanaan", d(2022, 6, 14), d(2024, 6, 14)},
		{"masa-kampanye", d(2023, 11, 28), d(2024, 2, 10)},
		{"rapat-umum-iklan", d(2024, 1, 21), d(2024, 2, 10)},
		{"masa-tenang", d(2024, 2, 11), d(2024, 2, 13)},
		{"hasil", d(2024, 3, 20), d(2024, 3, 20)},
		{"keliru", d(2024, 3, 19), d(2024, 3, 20)}, // the written date wins, with a warning
	}
	for _, tt := range tests {
		st, err := s.Stage(tt.id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Start != tt.start || st.End != tt.end {
			t.Errorf("%s = %v, want %v/%v", tt.id, st.Period, tt.start, tt.end)
		}
	}
	mt, _ := s.Stage("masa-tenang")
	if mt.StartRule == nil || mt.StartRule.String() != "H-3" || mt.StartRule.LegalBasis != "UU 7/2017 Pasal 278(1)" ||
		mt.EndRule.String() != "H-1" || mt.StartRule.Base != d(2024, 2, 14) {
		t.Errorf("masa-tenang rules = %+v, %+v", mt.StartRule, mt.EndRule)
	}
	if got, want := mt.StartRule.Describe("id"), "3 hari sebelum hari pemungutan suara (2024-02-14)"; got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
	if len(s.Warnings) != 1 || s.Warnings[0].Error() !=
		`testdata/valid/rules.yaml:33:12: stage "keliru": start: rule "H+35" gives 2024-03-20, but the date written is 2024-03-19; keeping 2024-03-19` {
		t.Errorf("Warnings = %v", s.Warnings)
	}
}

// addDays counts hari kerja as calendar days, enough to test the plumbing.
type addDays struct{ fakeWorkdays }

func TestWorkdayRule(t *testing.T) {
	const doc = `id: hk
name: HK
voting_day: 2024-02-14
stages:
  - id: a
    name: A
    start: 2024-04-23
    end: a.start + 30hk
`
	s, err := tahapan.Load(stringsReader(doc), "hk.yaml", tahapan.WithWorkdays(&addDays{}))
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := s.Stage("a"); a.End != d(2024, 5, 23) || a.EndRule.Unit != tahapan.Workdays {
		t.Errorf("a = %v %+v", a.Period, a.EndRule)
	}
}
