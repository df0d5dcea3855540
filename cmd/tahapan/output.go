package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// tr picks the Indonesian or the English text.
//
// Deprecated: a shim for the files that still call it; use
// kata.Lang(lang).Pick.
func tr(lang, id, en string) string { return kata.Lang(lang).Pick(id, en) }

// writeOngoing lists the stages in progress on day with their progress.
func writeOngoing(w io.Writer, list []*tahapan.Stage, day tahapan.Date, lang string) {
	if len(list) == 0 {
		fmt.Fprintln(w, kata.Lang(lang).Pick("Tidak ada tahapan yang berlangsung.", "No stage in progress."))
		return
	}
	fmt.Fprintln(w, kata.Lang(lang).Pick("Tahapan berlangsung:", "In progress:"))
	for _, st := range list {
		fmt.Fprintf(w, "  %s• %s (%s, %s)\n", indent(st.Depth()), st.LocalName(lang),
			st.ProgressOn(day).Text(lang), st.Period.Text(lang))
	}
}

func indent(depth int) string {
	b := make([]byte, 2*depth)
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}

// untilText writes how long until (or since) an instant: "206 hari 7 jam
// 0 menit lagi", "206 days 7 hours 0 minutes to go".
func untilText(d time.Duration, lang string) string {
	l := kata.Lang(lang)
	s := kata.Duration(d.Round(time.Minute), l)
	if d < 0 {
		return kata.Ago(s, l)
	}
	return kata.ToGo(s, l)
}
