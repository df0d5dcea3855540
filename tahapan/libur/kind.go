package libur

import "github.com/kalender-pemilu/tahapan/tahapan/kata"

// Local returns the kind in words in l, for people to read: "libur
// nasional", "cuti bersama", "libur pemilu (hari pemungutan suara)"; in
// English "national holiday", "collective leave (cuti bersama)" and
// "election-day holiday (voting day)". A kind other than the three is
// returned as it is. JSON and YAML keep the codes (libur_nasional, …).
func (k Kind) Local(l kata.Lang) string {
	switch k {
	case LiburNasional:
		return l.Pick("libur nasional", "national holiday")
	case CutiBersama:
		return l.Pick("cuti bersama", "collective leave (cuti bersama)")
	case LiburPemilu:
		return l.Pick("libur pemilu (hari pemungutan suara)", "election-day holiday (voting day)")
	}
	return string(k)
}
