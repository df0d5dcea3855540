package editdist

import "testing"

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"", "", 3, 0},
		{"masa-kampanye", "masa-kampanye", 3, 0},
		{"kampanye", "kampnye", 3, 1},      // a deletion
		{"kampanye", "kampanyee", 3, 1},    // an insertion
		{"kampanye", "kampenye", 3, 1},     // a substitution
		{"kampanye", "kmapanye", 3, 1},     // a swap of neighbours counts once
		{"voting_day", "votnig_day", 3, 1}, // likewise
		{"surabaya", "Surabaya", 3, 1},     // case is the caller's business
		{"jakarta", "jakarta utara", 3, 4}, // six insertions, cut at limit+1
		{"abc", "xyz", 3, 3},
		{"abc", "xyz", 2, 3},
		{"kepulauan riau", "kepulauan seribu", 2, 3},
		{"bekasi", "bekasí", 3, 1}, // runes, not bytes: one substitution
		{"ca", "abc", 3, 3},        // OSA, not Damerau: no edit inside a swapped pair
		// YAML field names, as yamlx suggests them:
		{"nmae", "name", 10, 1}, {"strat", "start", 10, 1}, {"nama", "name", 10, 1},
		{"decree", "decrees", 10, 1}, {"kind", "", 10, 4}, {"abc", "xyz", 10, 3},
	} {
		if got := Distance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
		if got := Distance(tt.b, tt.a, tt.limit); got != tt.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d (symmetric)", tt.b, tt.a, tt.limit, got, tt.want)
		}
	}
}

func BenchmarkDistance(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Distance("pengumuman-dct-dpr", "pengumuman-dcs-dprd", 6)
	}
}
