package kata

import "fmt"

// FindOffice is the title of the index of the election offices and the
// link to it: "Cari KPU daerah Anda", "Find your election office".
func FindOffice(l Lang) string {
	return l.Pick("Cari KPU daerah Anda", "Find your election office")
}

// NationalSchedule is the link from an office's page to the national one:
// "Jadwal nasional", "National schedule".
func NationalSchedule(l Lang) string { return l.Pick("Jadwal nasional", "National schedule") }

// Offices counts the offices of an index: "552 kantor: 38 provinsi dan 514
// kabupaten/kota", "552 offices: 38 provinces and 514 kabupaten/kota". The
// kabupaten/kota keep their Indonesian name in English, as the decree's.
func Offices(provinces, locals int, l Lang) string {
	total := provinces + locals
	if l == English {
		return fmt.Sprintf("%d %s: %d %s and %d kabupaten/kota", total, plural(total, "office", "offices"),
			provinces, plural(provinces, "province", "provinces"), locals)
	}
	return fmt.Sprintf("%d kantor: %d provinsi dan %d kabupaten/kota", total, provinces, locals)
}

// plural picks the English singular for 1 (and -1) and the plural
// otherwise.
func plural(n int, one, many string) string {
	if n == 1 || n == -1 {
		return one
	}
	return many
}

// NotHeldIn says that an election did not take place in a region:
// "pilkada-ulang-2025 (Pemilihan Ulang 2025 …) tidak diselenggarakan di
// Kota Mojokerto (35.76)".
func NotHeldIn(id, name, region string, l Lang) string {
	return l.Pick(fmt.Sprintf("%s (%s) tidak diselenggarakan di %s", id, name, region),
		fmt.Sprintf("%s (%s) did not take place in %s", id, name, region))
}
