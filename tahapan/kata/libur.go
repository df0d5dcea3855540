package kata

import (
	"strconv"
	"strings"
)

// The words of non-working days, as the holiday feeds write them.

// CutiBersama names a cuti bersama (collective leave) day whose name is
// the holiday's own: "Cuti bersama: Idul Fitri 1448 H", "Collective leave:
// Eid al-Fitr 1448 AH". A name that says so already, in either language
// ("Cuti Bersama Hari Raya Natal", "Collective leave for Christmas"), is
// returned as it is.
func CutiBersama(name string, l Lang) string {
	low := strings.ToLower(name)
	if strings.Contains(low, "cuti bersama") || strings.Contains(low, "collective leave") {
		return name
	}
	return l.Pick("Cuti bersama: ", "Collective leave: ") + name
}

// hijriMonths are the names of the Hijri months: in Indonesian as Kemenag
// writes them, in English in a common transliteration.
var hijriMonths = [12][2]string{
	{"Muharam", "Muharram"}, {"Safar", "Safar"}, {"Rabiulawal", "Rabi' al-Awwal"}, {"Rabiulakhir", "Rabi' al-Thani"},
	{"Jumadilawal", "Jumada al-Awwal"}, {"Jumadilakhir", "Jumada al-Thani"}, {"Rajab", "Rajab"}, {"Syakban", "Sha'ban"},
	{"Ramadan", "Ramadan"}, {"Syawal", "Shawwal"}, {"Zulkaidah", "Dhu al-Qa'dah"}, {"Zulhijah", "Dhu al-Hijjah"},
}

// HijriMonth names Hijri month m (1 is Muharam) in l: "Syawal", "Shawwal".
// A month outside 1 to 12 is "".
func HijriMonth(m int, l Lang) string {
	if m < 1 || m > 12 {
		return ""
	}
	return l.Pick(hijriMonths[m-1][0], hijriMonths[m-1][1])
}

// HijriYear writes a year of the Hijri era: "1448 H", "1448 AH".
func HijriYear(y int, l Lang) string { return strconv.Itoa(y) + l.Pick(" H", " AH") }
