package libur

import (
	"time"

	"github.com/rickar/cal/v2"
)

// wib is the one location of every holiday time this package gives
// rickar/cal. Asia/Jakarta has been UTC+7 since 1964; a fixed zone spares the
// library a tz database (only a main package should import time/tzdata),
// and a single pointer keeps rickar/cal's pointer comparisons of locations
// consistent.
var wib = time.FixedZone("WIB", 7*60*60)

// calType maps a Kind to rickar/cal's observance type.
func calType(k Kind) cal.ObservanceType {
	if k == CutiBersama {
		return cal.ObservanceOther
	}
	return cal.ObservancePublic
}

// calcOnDate is the HolidayFn of a one-off day: h.Month and h.Day of the
// year, at 00:00 WIB. Like every HolidayFn here it only reads h, so a
// Holiday can be shared between goroutines (rickar/cal's jp package writes
// through h and races).
func calcOnDate(h *cal.Holiday, year int) time.Time {
	return time.Date(year, h.Month, h.Day, 0, 0, 0, 0, wib)
}

// calcEaster is the HolidayFn of a day h.Offset days after Easter Sunday,
// at 00:00 WIB.
func calcEaster(h *cal.Holiday, year int) time.Time {
	return easter(year).AddDays(h.Offset).In(wib)
}

// CalHolidays returns days as rickar/cal holidays, one per Day: each
// applies only in its own year (StartYear == EndYear), has the Indonesian
// name as Name and the English one as Description, and is computed at 00:00
// WIB. The holidays are fresh values and safe for concurrent use.
func CalHolidays(days []Day) []*cal.Holiday {
	out := make([]*cal.Holiday, 0, len(days))
	for _, d := range days {
		out = append(out, &cal.Holiday{
			Name:        d.Name,
			Description: d.NameEN,
			Type:        calType(d.Kind),
			StartYear:   d.Date.Year,
			EndYear:     d.Date.Year,
			Month:       d.Date.Month,
			Day:         d.Date.Day,
			Func:        calcOnDate,
		})
	}
	return out
}

// BusinessCalendar returns a new rickar/cal business calendar with the same
// working days as c: the working week of the Options, every day of the
// decreed years and of [Options.Extra] (without cuti bersama when
// [Options.CutiIsWorkday]), and the [Estimate] rules for every year with no
// decree, as yearly holidays whose Except lists the decreed years.
//
// It is for code that already speaks rickar/cal. It is much slower than c:
// rickar/cal tries every holiday for each day it looks at.
//
// Its Locations is nil, so it applies to a time.Time in any location and
// matches the time's civil date there. rickar/cal compares locations by
// pointer, so a Locations list would silently ignore an equal zone loaded
// twice. Do not set Cacheable if it is shared: rickar/cal's cache has no
// lock.
func (c *Calendar) BusinessCalendar() *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	bc.Name = "ID"
	bc.Description = "Indonesia: hari libur nasional, libur pemilu dan cuti bersama (tahapan/libur)"
	if c.sixDayWeek {
		bc.SetWorkday(time.Saturday, true)
	}
	var days []Day
	for _, yd := range c.years {
		for _, d := range yd.days {
			if d.Kind != CutiBersama || !c.cutiIsWorkday {
				days = append(days, d)
			}
		}
	}
	bc.AddHoliday(CalHolidays(days)...)
	except := append([]int(nil), c.decreed...)
	for _, r := range estimateRules {
		h := &cal.Holiday{Name: r.name, Description: r.nameEN, Type: cal.ObservancePublic, Except: except}
		if r.month != 0 {
			h.Month, h.Day, h.Func = r.month, r.day, calcOnDate
		} else {
			h.Offset, h.Func = r.easter, calcEaster
		}
		if r.month == time.January {
			h.Name, h.Description = "Tahun Baru Masehi", "New Year's Day"
		}
		bc.AddHoliday(h)
	}
	return bc
}
