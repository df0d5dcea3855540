// Package ical writes iCalendar feeds (RFC 5545, with the calendar
// properties of RFC 7986) that people subscribe to in Google Calendar,
// Apple Calendar, Outlook and Thunderbird: the stages of an election
// ([Encode]), a daily countdown to voting day ([EncodeCountdown]) and the
// Indonesian non-working days ([EncodeHolidays]). [Lint] checks any feed
// for the mistakes that make clients drop, duplicate or shift events.
//
// The calendar tree is built with github.com/arran4/golang-ical; the bytes
// are written by this package (see "Line format" below).
//
// # Identity and updates
//
// A subscribed calendar is fetched again and again, and clients match the
// events of each fetch to the ones they hold by UID. A UID here is made of
// ids only, never of the run, the clock or the order of events:
//
//	pemilu-2024/masa-kampanye@tahapan.kalender-pemilu.id
//	pemilu-2024/polling-hours/asia-jakarta@tahapan.kalender-pemilu.id
//	pemilu-2024/countdown/2024-02-14@tahapan.kalender-pemilu.id
//	libur/2024-02-14/libur_pemilu@tahapan.kalender-pemilu.id
//
// The domain is [DefaultDomain] unless [Options.Domain] says otherwise;
// once a feed is published it must not change.
//
// A client shows an edit only when the event says it changed. SEQUENCE is
// the number of [tahapan.Revision] entries of the schedule that list the
// stage, and LAST-MODIFIED is the date of the latest of them (the
// schedule's first revision when none does). So a new revision in the
// schedule file that names the stages it moves is all it takes to update
// every subscriber. DTSTAMP is the date of the schedule's latest revision,
// not the time of the run: the same schedule and options always give a
// byte-identical feed, which can be cached, diffed and committed. A stage
// that is called off keeps its UID and gets STATUS:CANCELLED, so clients
// strike or remove it rather than keep a stale copy.
//
// # Dates and zones
//
// Stages are all-day events, except the timed events of a local agenda
// (start_time, end_time), which carry a TZID and a VTIMEZONE like the
// polling hours. For all-day events DTSTART;VALUE=DATE is the first day and
// DTEND;VALUE=DATE the day after the last, since RFC 5545 makes DTEND
// exclusive (the campaign, 28 November 2023 to 10 February 2024, has
// DTEND 20240211). All-day events float: they fall on the same dates in
// every zone. The polling-hours event, 07:00 to 13:00 local time, carries
// a TZID for [Options.Zone], and the feed a VTIMEZONE for it, placed
// before the events. Indonesia's zones get one STANDARD block, as they have
// had no daylight saving time since 1964; other zones get one observance
// per change of offset in the year of voting day.
//
// # Line format
//
// Measured on golang-ical v0.3.4, its serializer ends lines in LF unless
// told otherwise, leaves a bare CR in TEXT unescaped, escapes the commas
// of URI values, and writes REFRESH-INTERVAL's VALUE=DURATION as part of
// the property name. This package writes the tree itself instead: every
// line ends in CRLF; TEXT values escape backslash, semicolon, comma and
// line breaks (CR, LF and CRLF all become \n), and drop other control
// characters, so no name or note can start a new property or component;
// URI values percent-encode what a URI cannot hold; and lines are folded
// at 75 octets, never inside a UTF-8 sequence or an escape pair.
//
// # Clients
//
// Clients fetch a subscription again on their own schedule. REFRESH-INTERVAL
// (RFC 7986) and X-PUBLISHED-TTL, 12 hours here, are hints that some
// clients follow and others, Google Calendar among them, do not. Google
// Calendar and Outlook also ignore VALARM in subscribed feeds, so
// [Options.Alarms] reaches only users of clients such as Apple Calendar and
// Thunderbird; the others set their own notifications.
//
// The tests parse every kind of feed with Mozilla's ical.js (the parser of
// Thunderbird) and Python's icalendar, and compare what they read with the
// schedule. Two bugs of those parsers, not of the feeds, showed up: ical.js
// 2.2 returns NAME and X-WR-CALNAME still escaped (it does not know them),
// and Python icalendar 4.0.3 misreads a backslash before n, ',' or ';' and
// splits CATEGORIES on escaped commas.
package ical
