// Parses iCalendar feeds with Mozilla's ical.js (the parser of Thunderbird)
// and prints what it read as a JSON list, one entry per feed, for
// clients_test.go.
//
// Usage: node icaljs.mjs DIR FEED.ics...
// where DIR holds node_modules/ical.js.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = process.argv[2];
const ICAL = (await import(pathToFileURL(join(dir, "node_modules", "ical.js", "dist", "ical.js")).href)).default;

// when returns a DATE as YYYY-MM-DD and a DATE-TIME as a UTC instant. A
// time whose TZID did not resolve to the feed's VTIMEZONE is an error.
function when(t) {
  if (t.isDate) {
    return t.toString();
  }
  if (t.zone === ICAL.Timezone.localTimezone || t.zone == null) {
    throw new Error("floating or unresolved time " + t.toString());
  }
  return new Date(t.toUnixTime() * 1000).toISOString().replace(".000Z", "Z");
}

function str(v) {
  return v == null ? "" : String(v);
}

function read(text) {
  const cal = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const tz of cal.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(tz);
  }
  const out = {
    version: str(cal.getFirstPropertyValue("version")),
    prodid: str(cal.getFirstPropertyValue("prodid")),
    name: str(cal.getFirstPropertyValue("name")),
    calname: str(cal.getFirstPropertyValue("x-wr-calname")),
    refresh: str(cal.getFirstPropertyValue("refresh-interval")),
    events: [],
  };
  for (const v of cal.getAllSubcomponents("vevent")) {
    const e = new ICAL.Event(v);
    out.events.push({
      uid: e.uid,
      summary: str(e.summary),
      description: str(e.description),
      start: when(e.startDate),
      end: when(e.endDate),
      status: str(v.getFirstPropertyValue("status")),
      sequence: Number(v.getFirstPropertyValue("sequence") ?? 0),
      categories: v.getAllProperties("categories").flatMap((p) => p.getValues().map(String)),
      url: str(v.getFirstPropertyValue("url")),
      alarms: v.getAllSubcomponents("valarm").map((a) => str(a.getFirstPropertyValue("trigger"))),
    });
  }
  return out;
}

const feeds = process.argv.slice(3).map((f) => read(readFileSync(f, "utf8")));
process.stdout.write(JSON.stringify(feeds));
