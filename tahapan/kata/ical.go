package kata

// The words of stages and their rules, as the iCalendar feeds and the
// explain command write them.

// Confidence names how sure the data is of a stage's dates. c is the
// value of tahapan.Confidence: "confirmed", "single_source",
// "unconfirmed" or "conflict"; any other value is returned unchanged.
func Confidence(c string, l Lang) string {
	switch c {
	case "confirmed":
		return l.Pick("terkonfirmasi", "confirmed")
	case "single_source":
		return l.Pick("hanya satu sumber", "single source")
	case "unconfirmed":
		return l.Pick("belum terkonfirmasi", "unconfirmed")
	case "conflict":
		return l.Pick("sumber saling bertentangan", "sources conflict")
	}
	return c
}

// PeriodDays writes a period of whole days with its length: "Selasa, 28
// November 2023 – Sabtu, 10 Februari 2024 (75 hari)". A one-day period is
// its one date, without a count.
func PeriodDays(a, b Day, days int, l Lang) string {
	if a == b {
		return Date(a, Long, l)
	}
	return Period(a, b, Long, l) + " (" + Days(days, l) + ")"
}

// VotingDay is the day a rule "H-n" counts from: "hari pemungutan suara",
// "voting day".
func VotingDay(l Lang) string { return l.Pick("hari pemungutan suara", "voting day") }

// FirstDayOf names the first day of the stage with id ref: "hari pertama
// masa-kampanye", "the first day of masa-kampanye".
func FirstDayOf(ref string, l Lang) string {
	return l.Pick("hari pertama "+ref, "the first day of "+ref)
}

// LastDayOf names the last day of the stage with id ref: "hari terakhir
// masa-kampanye", "the last day of masa-kampanye".
func LastDayOf(ref string, l Lang) string {
	return l.Pick("hari terakhir "+ref, "the last day of "+ref)
}

// Offset writes a rule's offset from a base day: "3 hari sebelum hari
// pemungutan suara", "30 working days after the last day of …". unit is
// the unit of tahapan.Rule: "d" (days), "hk" (working days) or "m"
// (months). A zero n is the base itself.
func Offset(n int, unit, base string, l Lang) string {
	if n == 0 {
		return base
	}
	dir := l.Pick("setelah", "after")
	if n < 0 {
		n, dir = -n, l.Pick("sebelum", "before")
	}
	var count string
	switch unit {
	case "hk":
		count = Workdays(n, l)
	case "m":
		count = Span(0, n, 0, l)
	default:
		count = Days(n, l)
	}
	return count + " " + dir + " " + base
}

// Note is the label of a note: "catatan", "note".
func Note(l Lang) string { return l.Pick("catatan", "note") }

// FixedDate says a date is not derived by a rule: "tanggal tetap dalam
// jadwal", "a fixed date in the schedule".
func FixedDate(l Lang) string {
	return l.Pick("tanggal tetap dalam jadwal", "a fixed date in the schedule")
}

// InOther marks a text written in the other language, for a reader of l:
// " (dalam bahasa Inggris)", " (in Indonesian)". It follows a label, as in
// "Catatan (dalam bahasa Inggris): …", when the data has the text only in
// the other language.
func InOther(l Lang) string { return l.Pick(" (dalam bahasa Inggris)", " (in Indonesian)") }
