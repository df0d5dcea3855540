"""Parses iCalendar feeds with Python's icalendar package (Debian's
python3-icalendar) and prints what it read as a JSON list, one entry per
feed, for clients_test.go.

Usage: python3 pyical.py FEED.ics...
"""
import datetime
import json
import sys

import icalendar


def when(v):
    if isinstance(v, datetime.datetime):
        if v.tzinfo is None:
            raise SystemExit("floating time %s" % v)
        return v.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return v.isoformat()


def text(v):
    return "" if v is None else str(v)


def values(v):
    if v is None:
        return []
    if not isinstance(v, list):
        v = [v]
    out = []
    for p in v:
        cats = getattr(p, "cats", None)
        out.extend(str(c) for c in cats) if cats is not None else out.append(str(p))
    return out


def read(data):
    cal = icalendar.Calendar.from_ical(data)
    out = {
        "version": text(cal.get("VERSION")),
        "prodid": text(cal.get("PRODID")),
        "name": text(cal.get("NAME")),
        "calname": text(cal.get("X-WR-CALNAME")),
        "refresh": text(cal.get("REFRESH-INTERVAL")),
        "events": [],
    }
    for ev in cal.walk("VEVENT"):
        out["events"].append({
            "uid": text(ev.get("UID")),
            "summary": text(ev.get("SUMMARY")),
            "description": text(ev.get("DESCRIPTION")),
            "start": when(ev.decoded("DTSTART")),
            "end": when(ev.decoded("DTEND")),
            "status": text(ev.get("STATUS")),
            "sequence": int(ev.get("SEQUENCE", 0)),
            "categories": values(ev.get("CATEGORIES")),
            "url": text(ev.get("URL")),
            "alarms": [text(a.get("TRIGGER").to_ical().decode()) for a in ev.walk("VALARM")],
        })
    return out


results = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        results.append(read(f.read()))
json.dump(results, sys.stdout, ensure_ascii=False)
