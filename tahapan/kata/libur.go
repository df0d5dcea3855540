package kata

import "strings"

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
