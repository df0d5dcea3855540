package hisab

import (
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// The Balinese Saka calendar is arithmetic, not astronomical. Its lunar days
// (tithi: penanggal 1–15 waxing, pangelong 1–15 waning, pangelong 15 being
// tilem, the new moon) are counted by the pangalantaka: one per civil day,
// except that every 63rd day (ngunaratri) holds two, so 64 tithis fit in 63
// days and 30 tithis make a month of 29.53125 days (the true mean is
// 29.53059). Its months (sasih) are Kasa, Karo, Katiga, Kapat, Kalima,
// Kanem, Kapitu, Kawolu, Kasanga, Kadasa, Desta and Sadha; the Saka year
// begins with Kadasa, and Nyepi is its first day, the day after Tilem
// Kasanga. Seven years in nineteen repeat a month (nampih sasih): Desta
// in Saka years ≡ 0, 6 or 11 (mod 19), Sadha in years ≡ 3, 8, 14 or 16.
//
// The constants follow the rules as I.B.S. Ardhana, Pokok-Pokok Wariga
// (Surabaya: Paramita, 2005), gives them and as peradnya/balinese-date-java-lib
// (https://github.com/peradnya/balinese-date-java-lib) implements them: the
// pangalantaka Eka Sungsang ke Paing in force since 2000, whose 63-day cycle
// starts on 2000-01-18, penanggal 12 of Kapitu, Saka 1921. The months are
// counted from one published date, Nyepi Saka 1941 = 2019-03-07 (SKB 3
// Menteri 617/2018, 262/2018, 16/2018).
var (
	pangalantakaEpoch = tahapan.D(2000, time.January, 18) // a ngunaratri day, penanggal 12
	nyepi1941         = tahapan.D(2019, time.March, 7)    // 1 Kadasa, Saka 1941
)

const pangalantakaTithi = 12 // the tithi count on pangalantakaEpoch

// tithiCount returns the number of the first tithi of civil day d, counted
// from the month of pangalantakaEpoch (tithi 1 to 30 is that month): one per
// day plus one for each ngunaratri day since the epoch.
func tithiCount(d tahapan.Date) int {
	n := d.DaysSince(pangalantakaEpoch)
	return pangalantakaTithi + n + ceilDiv(n, 63)
}

// sasihIndex returns the number of the Balinese month containing civil day
// d, counted from the month of pangalantakaEpoch (0). A day whose tithis
// straddle the end of a month (tilem on a ngunaratri day) belongs to the
// month that ends.
func sasihIndex(d tahapan.Date) int {
	return floorDiv(tithiCount(d)-1, 30)
}

// nampih reports whether Saka year s has an intercalary month.
func nampih(s int) bool {
	switch mod(s, 19) {
	case 0, 3, 6, 8, 11, 14, 16:
		return true
	}
	return false
}

// Nyepi returns Hari Suci Nyepi of the Gregorian year, the first day of Saka
// year year − 78: the day after Tilem Kasanga, computed by the arithmetic of
// the Balinese calendar described above. The rules are those in force since
// 2003 (Saka 1925), when the intercalation of the preceding decade ended;
// for earlier years the result follows today's rules and is not a
// historical record.
//
// Nyepi is not tied to the astronomical new moon: the pangalantaka's tilem
// falls up to two days before the day of the true new moon (in 2025 the
// new moon was on 29 March at 18:58 WITA, and Nyepi the same day). Its
// month is 57 seconds longer than the mean lunation, so it drifts later
// against the Moon by about a day a century, until the Balinese
// authorities reform it as they did in 2000; dates far ahead assume no
// reform.
func Nyepi(year int) tahapan.Date {
	// Count the months from Kadasa 1941 to Kadasa of the year: 235 in
	// each 19 years (12 each and 7 repeated), then year by year.
	saka := year - 78
	cycles := floorDiv(saka-1941, 19)
	month := sasihIndex(nyepi1941) + 235*cycles
	for s := 1941 + 19*cycles; s < saka; s++ {
		month += 12
		if nampih(s) {
			month++
		}
	}
	// The first day whose first tithi is in that month: estimate from the
	// mean rate of 64 tithis in 63 days, then step.
	want := 30*month + 1 // the first tithi of the month
	d := pangalantakaEpoch.AddDays((want - pangalantakaTithi) * 63 / 64)
	for tithiCount(d) >= want {
		d = d.AddDays(-1)
	}
	for tithiCount(d) < want {
		d = d.AddDays(1)
	}
	return d
}

func ceilDiv(a, b int) int { return -floorDiv(-a, b) }

func mod(a, b int) int { return a - b*floorDiv(a, b) }
