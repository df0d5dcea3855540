package tahapan

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// Indonesia's three time zones. None has had daylight saving time since 1964.
const (
	WIB  = "Asia/Jakarta"  // Waktu Indonesia Barat, UTC+7
	WITA = "Asia/Makassar" // Waktu Indonesia Tengah, UTC+8
	WIT  = "Asia/Jayapura" // Waktu Indonesia Timur, UTC+9
)

var zones sync.Map // name -> *time.Location

// Zone returns the location for name: "WIB", "WITA" or "WIT" (any case), or
// any IANA name such as "Asia/Makassar". The empty name is WIB; "Local" is
// refused, since the package never uses the machine's zone. Each name is loaded once and the
// same *time.Location is returned on every call, so locations can be
// compared by pointer, as rickar/cal does.
//
// Zone needs the time zone database: a program that may run where there is
// none should import [time/tzdata] in its main package.
func Zone(name string) (*time.Location, error) {
	switch strings.ToUpper(name) {
	case "WIB", "":
		name = WIB
	case "WITA":
		name = WITA
	case "WIT":
		name = WIT
	}
	if name == "Local" {
		// time.LoadLocation("Local") is the machine's own zone: never a
		// schedule's, and not to be reached from a query string.
		return nil, fmt.Errorf("unknown time zone %q: want WIB, WITA, WIT or an IANA name", name)
	}
	if loc, ok := zones.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("unknown time zone %q: want WIB, WITA, WIT or an IANA name", name)
	}
	actual, _ := zones.LoadOrStore(name, loc)
	return actual.(*time.Location), nil
}

func mustZone(name string) *time.Location {
	loc, err := Zone(name)
	if err != nil {
		// Without a tz database, fall back to the fixed offsets, which are
		// exact for Indonesia since 1964.
		off := map[string]int{"WIB": 7, "WITA": 8, "WIT": 9}[name]
		return time.FixedZone(name, off*3600)
	}
	return loc
}

// ZoneAbbrev returns "WIB", "WITA" or "WIT" for Indonesia's zones, and the
// zone's own abbreviation at t for any other location.
func ZoneAbbrev(loc *time.Location, t time.Time) string {
	switch loc.String() {
	case WIB:
		return "WIB"
	case WITA:
		return "WITA"
	case WIT:
		return "WIT"
	}
	abbr, _ := t.In(loc).Zone()
	return abbr
}
