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
// [Options.CutiIsWorkday]), and the [Estimate] of every year with no
// decree, as yearly holidays whose Except lists the decreed years (the
// lunar ones look their dates up in a cache, computed once per year).
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
	for i := range c.years {
		if !c.isDecreed[i] && c.extra[c.first+i] == nil {
			continue // an estimated year with no added days: nothing to build
		}
		for _, d := range c.year(i).days {
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
	// The lunar holidays, each kind twice: an Islamic holiday can fall
	// twice in a Gregorian year.
	for k := range numLunarKinds {
		for occ := range 2 {
			bc.AddHoliday(&cal.Holiday{
				Name: lunarCalNames[k][0], Description: lunarCalNames[k][1],
				Type: cal.ObservancePublic, Except: except, Func: calcLunar(k, occ),
			})
		}
	}
	return bc
}

// lunarCalNames name the lunar holidays of [Calendar.BusinessCalendar],
// without the year of their own calendar.
var lunarCalNames = [numLunarKinds][2]string{
	imlek:          {"Tahun Baru Imlek", "Chinese New Year"},
	nyepi:          {"Hari Suci Nyepi", "Nyepi, Day of Silence"},
	israMikraj:     {lunarNames[israMikraj][0], lunarNames[israMikraj][1]},
	idulFitri1:     {"Idulfitri", "Eid al-Fitr"},
	idulFitri2:     {"Idulfitri (hari kedua)", "Eid al-Fitr (second day)"},
	waisak:         {"Hari Raya Waisak", "Vesak Day"},
	idulAdha:       {"Idul Adha", "Eid al-Adha"},
	tahunBaruIslam: {"1 Muharam Tahun Baru Islam", "1 Muharram, Islamic New Year"},
	maulid:         {lunarNames[maulid][0], lunarNames[maulid][1]},
}

// calcLunar returns the HolidayFn of the occ-th (from 0) estimated day of
// kind k in a year, at 00:00 WIB, or the zero time when the year has no
// such day. It reads only the shared, immutable lunar days of lunarOf.
func calcLunar(k lunarKind, occ int) cal.HolidayFn {
	return func(_ *cal.Holiday, year int) time.Time {
		ly := lunarOf(year)
		seen := 0
		for i := range ly.n {
			if ly.days[i].kind != k {
				continue
			}
			if seen == occ {
				return ly.days[i].date.In(wib)
			}
			seen++
		}
		return time.Time{}
	}
}
