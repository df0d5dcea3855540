package ical

import (
	"fmt"
	"time"

	ics "github.com/arran4/golang-ical"
)

// localLayout is a DATE-TIME in local ("floating") form, as used with TZID
// and in the DTSTART of a time zone observance.
const localLayout = "20060102T150405"

// vtimezone returns a VTIMEZONE for loc that is exact from the start of
// year first to the end of year last: one observance for the offset in
// force at the start, then one per change of offset or abbreviation. The
// changes are found by probing the zone day by day and then to the second,
// so any zone in the tz database works, not only the three Indonesian ones,
// which have had no change since 1964 and get a single STANDARD block:
//
//	BEGIN:VTIMEZONE
//	TZID:Asia/Jakarta
//	BEGIN:STANDARD
//	DTSTART:20240101T000000
//	TZOFFSETFROM:+0700
//	TZOFFSETTO:+0700
//	TZNAME:WIB
//	END:STANDARD
//	END:VTIMEZONE
func vtimezone(loc *time.Location, first, last int) *ics.VTimezone {
	tz := ics.NewTimezone(loc.String())
	start := time.Date(first, time.January, 1, 0, 0, 0, 0, loc)
	stop := time.Date(last+1, time.January, 1, 0, 0, 0, 0, loc)
	name, off := start.Zone()
	observance(tz, start.IsDST(), start.Format(localLayout), off, off, name)
	prev := start
	for t := start.Add(24 * time.Hour); t.Before(stop.Add(24 * time.Hour)); t = t.Add(24 * time.Hour) {
		n, o := t.Zone()
		if n == name && o == off {
			prev = t
			continue
		}
		// Binary search for the first second with the new zone.
		lo, hi := prev, t
		for hi.Sub(lo) > time.Second {
			mid := lo.Add(hi.Sub(lo) / 2).Truncate(time.Second)
			if mn, mo := mid.Zone(); mn == name && mo == off {
				lo = mid
			} else {
				hi = mid
			}
		}
		n, o = hi.Zone()
		// DTSTART is the wall time of the change in the old offset.
		wall := hi.In(time.FixedZone("", off)).Format(localLayout)
		observance(tz, hi.IsDST(), wall, off, o, n)
		name, off, prev = n, o, t
	}
	return tz
}

func observance(tz *ics.VTimezone, dst bool, start string, from, to int, name string) {
	var c *ics.ComponentBase
	if dst {
		d := &ics.Daylight{}
		tz.Components = append(tz.Components, d)
		c = &d.ComponentBase
	} else {
		c = &tz.AddStandard().ComponentBase
	}
	c.SetProperty(ics.ComponentPropertyDtStart, start)
	c.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), utcOffset(from))
	c.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), utcOffset(to))
	if name != "" {
		c.SetProperty(ics.ComponentProperty(ics.PropertyTzname), name)
	}
}

// utcOffset formats an offset in seconds east of UTC as RFC 5545's
// UTC-OFFSET: +0700, -0330, or +001512 when there are seconds.
func utcOffset(sec int) string {
	sign := '+'
	if sec < 0 {
		sign, sec = '-', -sec
	}
	h, m, s := sec/3600, sec%3600/60, sec%60
	if s != 0 {
		return fmt.Sprintf("%c%02d%02d%02d", sign, h, m, s)
	}
	return fmt.Sprintf("%c%02d%02d", sign, h, m)
}
