// Package editdist measures how far apart two short strings are, for the
// "did you mean" lines of tahapan's errors: a stage id, a YAML field name,
// a region's name.
package editdist

// Distance returns the edit distance between a and b in runes: the fewest
// insertions, deletions, substitutions and swaps of two neighbours that
// turn a into b (the optimal string alignment distance). It stops as soon
// as the distance must exceed limit and then returns limit+1, so a caller
// that only wants near matches pays little for far ones. It takes time
// proportional to len(a)*len(b); callers cap the lengths.
func Distance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	w := len(rb) + 1
	rows := make([]int, 3*w)
	prev2, prev, cur := rows[:w], rows[w:2*w], rows[2*w:]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], limit+1)
}
