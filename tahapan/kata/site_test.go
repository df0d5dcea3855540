package kata_test

import (
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func TestSitePhrases(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{kata.Offices(38, 514, kata.Indonesian), "552 kantor: 38 provinsi dan 514 kabupaten/kota"},
		{kata.Offices(38, 514, kata.English), "552 offices: 38 provinces and 514 kabupaten/kota"},
		{kata.Offices(1, 0, kata.English), "1 office: 1 province and 0 kabupaten/kota"},
		{kata.NotHeldIn("pilkada-ulang-2025", "Pemilihan Ulang 2025", "Kota Mojokerto (35.76)", kata.Indonesian),
			"pilkada-ulang-2025 (Pemilihan Ulang 2025) tidak diselenggarakan di Kota Mojokerto (35.76)"},
		{kata.FindOffice(kata.English), "Find your election office"},
		{kata.NationalSchedule(kata.Indonesian), "Jadwal nasional"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
