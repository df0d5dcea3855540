package tahapan

import (
	"slices"
	"strings"

	"github.com/kalender-pemilu/tahapan/tahapan/internal/editdist"
)

// Suggest returns the candidates closest to name, for a "did you mean"
// line: those within a third of name's length (at least 2) of edits
// (insertions, deletions, substitutions and swaps of two neighbours, in
// runes, ignoring case), closest first, at most three. Names over 64 bytes get no
// suggestion, so the cost stays linear in the number of candidates.
func Suggest(name string, candidates []string) []string {
	if len(name) == 0 || len(name) > 64 {
		return nil
	}
	limit := max(2, len(name)/3)
	type hit struct {
		s string
		d int
	}
	var hits []hit
	for _, c := range candidates {
		if len(c) > 64 {
			continue
		}
		if d := editdist.Distance(strings.ToLower(name), strings.ToLower(c), limit); d <= limit {
			hits = append(hits, hit{c, d})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.d - b.d })
	var out []string
	for _, h := range hits[:min(3, len(hits))] {
		out = append(out, h.s)
	}
	return out
}
