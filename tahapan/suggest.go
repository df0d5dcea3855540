package tahapan

import (
	"slices"
	"strings"
)

// Suggest returns the candidates closest to name, for a "did you mean"
// line: those within an edit distance of a third of name's length (at
// least 2), closest first, at most three. Names over 64 bytes get no
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
		if d := editDistance(strings.ToLower(name), strings.ToLower(c)); d <= limit {
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

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
