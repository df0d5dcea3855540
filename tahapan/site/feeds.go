package site

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/ical"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

const (
	calendarType = "text/calendar; charset=utf-8"
	jsonType     = "application/json; charset=utf-8"
	htmlType     = "text/html; charset=utf-8"

	feedCache = "public, max-age=3600" // feeds change only with a new schedule
	dayCache  = "public, max-age=60"   // answers that change with the clock
)

// The feeds carry the configured BaseURL only, never one taken from a
// request's Host header: they are cached and shared by every client.

func (s *Site) stagesFeed(sp *scope, sc *tahapan.Schedule, q url.Values) (*response, error) {
	base := s.opt.BaseURL
	lang, err := langOf(q)
	if err != nil {
		return nil, err
	}
	loc, err := zoneOf(q, sc)
	if err != nil {
		return nil, err
	}
	tags, err := tagOf(q, sc)
	if err != nil {
		return nil, err
	}
	key, err := boolOf(q, "key")
	if err != nil {
		return nil, err
	}
	ck := strings.Join([]string{"ics", sp.prefix, sc.ID, lang.String(), loc.String(), strings.Join(tags, ","), strconv.FormatBool(key), base}, "|")
	return s.cache.get(ck, func() (*response, error) {
		var b bytes.Buffer
		err := ical.Encode(&b, sc, ical.Options{Lang: lang, Zone: loc, BaseURL: base, FileName: sp.file(sc.ID + feedExt(lang)),
			Tags: tags, KeyOnly: key})
		if err != nil {
			return nil, err
		}
		return s.feed(b.Bytes()), nil
	})
}

// countdownRange is the span of the daily countdown feed: from the first
// day of the schedule's first stage to voting day, or to its last known
// date when the voting day is not set yet.
func countdownRange(sc *tahapan.Schedule) tahapan.Period {
	vd, set := sc.VotingDay()
	var p tahapan.Period
	for i, st := range sc.All() {
		if i == 0 || st.Start.Before(p.Start) {
			p.Start = st.Start
		}
		if i == 0 || st.End.After(p.End) {
			p.End = st.End
		}
	}
	if set {
		p.End = vd
		if vd.Before(p.Start) || len(sc.All()) == 0 {
			p.Start = vd
		}
	}
	return p
}

func (s *Site) countdownFeed(sp *scope, sc *tahapan.Schedule, q url.Values) (*response, error) {
	base := s.opt.BaseURL
	lang, err := langOf(q)
	if err != nil {
		return nil, err
	}
	ck := strings.Join([]string{"countdown", sp.prefix, sc.ID, lang.String(), base}, "|")
	return s.cache.get(ck, func() (*response, error) {
		var b bytes.Buffer
		err := ical.EncodeCountdown(&b, sc, countdownRange(sc), ical.Options{Lang: lang, BaseURL: base,
			FileName: sp.file(sc.ID + "/countdown" + feedExt(lang))})
		if err != nil {
			return nil, err
		}
		return s.feed(b.Bytes()), nil
	})
}

func (s *Site) holidayFeed(yearText string, q url.Values) (*response, error) {
	base := s.opt.BaseURL
	year, err := strconv.Atoi(yearText)
	if err != nil || year < tahapan.MinYear || year > tahapan.MaxYear || strconv.Itoa(year) != yearText {
		return nil, errNotFound
	}
	lang, err := langOf(q)
	if err != nil {
		return nil, err
	}
	ck := strings.Join([]string{"libur", yearText, lang.String(), base}, "|")
	return s.cache.get(ck, func() (*response, error) {
		var b bytes.Buffer
		days := s.opt.Holidays.Holidays(tahapan.D(year, time.January, 1), tahapan.D(year, time.December, 31))
		err := ical.EncodeHolidays(&b, days, ical.Options{Lang: lang, BaseURL: base, FileName: "libur/" + yearText + feedExt(lang)})
		if err != nil {
			return nil, err
		}
		return s.feed(b.Bytes()), nil
	})
}

// feedExt is the ending of a feed's file name in lang: the English feeds
// are published beside the Indonesian ones as NAME.en.ics.
func feedExt(lang kata.Lang) string {
	if lang == kata.English {
		return ".en.ics"
	}
	return ".ics"
}

func (s *Site) feed(body []byte) *response {
	r := newResponse(body, calendarType, feedCache, s.opt.Now())
	r.cors = true
	return r
}

func (s *Site) apiCountdown(sp *scope, sc *tahapan.Schedule, q url.Values, now time.Time) (*response, error) {
	loc, err := zoneOf(q, sc)
	if err != nil {
		return nil, err
	}
	at, err := atOf(q, loc, now)
	if err != nil {
		return nil, err
	}
	// The answer counts seconds (until_seconds), so it is kept per second.
	ck := strings.Join([]string{"api-countdown", sp.prefix, sc.ID, loc.String(), strconv.FormatInt(at.Unix(), 10)}, "|")
	return s.cache.get(ck, func() (*response, error) {
		c := sc.Countdown(at, loc).CountWorkdays(s.opt.Holidays)
		return s.jsonResponse(c, dayCache, now)
	})
}

func (s *Site) apiStages(sp *scope, sc *tahapan.Schedule, q url.Values, now time.Time) (*response, error) {
	loc, err := zoneOf(q, sc)
	if err != nil {
		return nil, err
	}
	at, err := atOf(q, loc, now)
	if err != nil {
		return nil, err
	}
	day := tahapan.Today(at, loc)
	// The states change only with the day.
	ck := strings.Join([]string{"api-stages", sp.prefix, sc.ID, loc.String(), day.String()}, "|")
	return s.cache.get(ck, func() (*response, error) {
		states := []tahapan.StageState{}
		for _, st := range sc.All() {
			states = append(states, st.StateOn(day))
		}
		return s.jsonResponse(states, dayCache, now)
	})
}

func (s *Site) jsonResponse(v any, cacheControl string, now time.Time) (*response, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	r := newResponse(b.Bytes(), jsonType, cacheControl, now)
	r.cors = true
	return r, nil
}
