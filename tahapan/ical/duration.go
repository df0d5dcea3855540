package ical

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// FormatDuration returns d in the DURATION form of RFC 5545 (section
// 3.3.6), as used by TRIGGER and REFRESH-INTERVAL: -24h is "-P1D", 90m is
// "PT1H30M", zero is "PT0S". Whole days are written as days; fractions of
// a second are dropped.
func FormatDuration(d time.Duration) string {
	var b strings.Builder
	if d < 0 {
		b.WriteByte('-')
		d = -d
	}
	b.WriteByte('P')
	secs := int64(d / time.Second)
	days, secs := secs/86400, secs%86400
	if days > 0 {
		b.WriteString(strconv.FormatInt(days, 10))
		b.WriteByte('D')
	}
	if secs > 0 || days == 0 {
		b.WriteByte('T')
		h, m, s := secs/3600, secs%3600/60, secs%60
		if h > 0 {
			b.WriteString(strconv.FormatInt(h, 10) + "H")
		}
		if m > 0 {
			b.WriteString(strconv.FormatInt(m, 10) + "M")
		}
		if s > 0 || h == 0 && m == 0 {
			b.WriteString(strconv.FormatInt(s, 10) + "S")
		}
	}
	return b.String()
}

// ParseDuration parses an RFC 5545 DURATION such as "-P1D", "PT15M",
// "P1W" or "-P1DT12H". Lower case is accepted. A day is 24 hours, which is
// exact in Indonesia, where clocks have not changed since 1964.
func ParseDuration(s string) (time.Duration, error) {
	bad := func(msg string) (time.Duration, error) {
		return 0, fmt.Errorf("invalid duration %q: %s", s, msg)
	}
	u := strings.ToUpper(s)
	neg := false
	switch {
	case strings.HasPrefix(u, "-"):
		neg, u = true, u[1:]
	case strings.HasPrefix(u, "+"):
		u = u[1:]
	}
	if !strings.HasPrefix(u, "P") {
		return bad(`want the form [-]P[nW][nD][T[nH][nM][nS]], such as "-P1D" or "-PT30M"`)
	}
	u = u[1:]
	var total time.Duration
	inTime, seen := false, false
	order := "WDHMS"
	last := -1
	for len(u) > 0 {
		if u[0] == 'T' {
			if inTime {
				return bad("T given twice")
			}
			inTime, u = true, u[1:]
			if u == "" {
				return bad("nothing after T")
			}
			continue
		}
		i := 0
		for i < len(u) && '0' <= u[i] && u[i] <= '9' {
			i++
		}
		if i == 0 || i == len(u) {
			return bad(`want a number followed by W, D, H, M or S`)
		}
		n, err := strconv.ParseInt(u[:i], 10, 64)
		if err != nil || n > 1<<31 {
			return bad("number out of range")
		}
		unit := u[i]
		pos := strings.IndexByte(order, unit)
		switch {
		case pos < 0:
			return bad(fmt.Sprintf("unknown unit %q", unit))
		case (pos >= 2) != inTime:
			return bad(fmt.Sprintf("unit %q on the wrong side of T", unit))
		case pos <= last:
			return bad("units out of order or repeated")
		}
		last = pos
		per := [...]time.Duration{7 * 24 * time.Hour, 24 * time.Hour, time.Hour, time.Minute, time.Second}[pos]
		// Alarms and refresh intervals are days or weeks: 10 years is
		// plenty, and keeps the sum far from overflowing a Duration.
		const limit = 10 * 366 * 24 * time.Hour
		if time.Duration(n) > limit/per || total+time.Duration(n)*per > limit {
			return bad("longer than 10 years")
		}
		total += time.Duration(n) * per
		seen = true
		u = u[i+1:]
	}
	if !seen {
		return bad("no value")
	}
	if neg {
		total = -total
	}
	return total, nil
}
