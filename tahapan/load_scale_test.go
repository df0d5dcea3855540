package tahapan_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/internal/scaletest"
)

// The hostile schedule shapes of issue #12, of about n bytes.
var loadShapes = []scaletest.Shape{
	// Every stage's start is a rule on the next one's, the last on the
	// first's: one cycle through every stage. Reporting it once took 14 s
	// for 40k stages, and the report was one 669 KB line.
	{Name: "rule cycle", Gen: func(n int) []byte {
		k := n / 80
		var b bytes.Buffer
		b.WriteString("id: cyc\nname: Cycle\nvoting_day: 2024-02-14\nstages:\n")
		for i := range k {
			fmt.Fprintf(&b, "  - id: s%d\n    name: S%d\n    start: s%d.start + 1d\n    end: 2024-01-01\n", i, i, (i+1)%k)
		}
		return b.Bytes()
	}},
	// A chain of rules, each stage starting the day after the next one:
	// no cycle, but resolving it goes as deep as the schedule is long.
	{Name: "rule chain", Gen: func(n int) []byte {
		k := n / 80
		var b bytes.Buffer
		b.WriteString("id: chain\nname: Chain\nvoting_day: 2024-02-14\nstages:\n")
		for i := range k {
			start := fmt.Sprintf("s%d.start + 0d", i+1)
			if i == k-1 {
				start = "H-1"
			}
			fmt.Fprintf(&b, "  - id: s%d\n    name: S%d\n    start: %s\n    end: 2024-02-14\n", i, i, start)
		}
		return b.Bytes()
	}},
	// A revision naming many stages, none of them known: each unknown id
	// used to run a "did you mean" over every stage, 35 s at 690 KB.
	{Name: "revision of unknown stages", Gen: func(n int) []byte {
		k := n / 40
		var b bytes.Buffer
		b.WriteString("id: rev\nname: Rev\nvoting_day: 2024-02-14\nstages:\n")
		for i := range k / 2 {
			fmt.Fprintf(&b, "  - {id: s%d, name: S, start: 2024-01-01, end: 2024-01-02}\n", i)
		}
		b.WriteString("revisions:\n  - date: 2024-01-01\n    legal_basis: X\n    stages:\n")
		for i := range k / 2 {
			fmt.Fprintf(&b, "      - t%d\n", i)
		}
		return b.Bytes()
	}},
	// Every stage wrong in two ways: many errors to sort and to cap.
	{Name: "many errors", Gen: func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("id: bad\nname: Bad\nvoting_day: 2024-02-14\nstages:\n")
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "  - id: s%d\n    name: S\n    start: 2024-02-30\n    end: 2023-01-01\n    bogus: 1\n", i)
		}
		return b.Bytes()
	}},
}

// raceEnabled is set when the race detector is on, which makes timings
// meaningless.
var raceEnabled bool

// TestLoadLinear checks that loading 16 times the input takes about 16
// times as long, not 256 times, for each shape at 64 KB and 1 MB.
func TestLoadLinear(t *testing.T) {
	scaletest.Linear(t, 64<<10, loadShapes, scaletest.Bytes, func(_ testing.TB, data []byte) {
		_, _ = tahapan.Load(bytes.NewReader(data), "x.yaml")
	})
}

// BenchmarkLoadHostile loads each hostile shape at 1 MB.
func BenchmarkLoadHostile(b *testing.B) {
	for _, sh := range loadShapes {
		data := sh.Gen(1 << 20)
		b.Run(sh.Name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_, _ = tahapan.Load(bytes.NewReader(data), "x.yaml")
			}
		})
	}
}

// TestListItemPositions checks that a bad item of a list is reported at its
// own line and column, named once, even after an item of the wrong type.
func TestListItemPositions(t *testing.T) {
	src := "id: x\nname: X\nvoting_day: 2024-02-14\nstages:\n" +
		"  - id: a\n    name: A\n    start: 2024-01-01\n    end: 2024-01-02\n" +
		"    regions: [\"35\", \"3\"]\n" + // line 9, "3" at column 21
		"revisions:\n  - date: 2024-01-01\n    legal_basis: X\n    stages:\n" +
		"      - {k: v}\n" + // line 14
		"      - a\n" +
		"      - nope\n" // line 16
	_, err := tahapan.Load(bytes.NewReader([]byte(src)), "x.yaml")
	var lines []string
	for _, e := range tahapan.Errors(err) {
		lines = append(lines, e.Error())
	}
	got := fmt.Sprint(lines)
	for _, want := range []string{
		`x.yaml:9:21: stage "a": regions: invalid kode wilayah "3": want NN for a province or NN.NN for a kabupaten/kota`,
		`x.yaml:16:9: revision 2024-01-01: unknown stage "nope"`,
	} {
		if !bytes.Contains([]byte(got), []byte(want)) {
			t.Errorf("errors lack %q; got %s", want, got)
		}
	}
	if bytes.Count([]byte(got), []byte("regions:")) != 1 {
		t.Errorf("the region is named more than once: %s", got)
	}
}
