package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
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

// writeOngoing lists the stages in progress on day with their progress.
func writeOngoing(w io.Writer, list []*tahapan.Stage, day tahapan.Date, lang kata.Lang) {
	if len(list) == 0 {
		fmt.Fprintln(w, lang.Pick("Tidak ada tahapan yang berlangsung.", "No stage in progress."))
		return
	}
	fmt.Fprintln(w, lang.Pick("Tahapan berlangsung:", "In progress:"))
	for _, st := range list {
		fmt.Fprintf(w, "  %s• %s (%s, %s)\n", indent(st.Depth()), st.LocalName(lang),
			st.ProgressOn(day).Text(lang), st.Period.Text(lang))
	}
}

// indent is two spaces a level.
func indent(depth int) string { return strings.Repeat("  ", depth) }

// untilText writes how long until (or since) an instant: "206 hari 7 jam
// 0 menit lagi", "206 days 7 hours 0 minutes to go".
func untilText(d time.Duration, lang kata.Lang) string {
	s := kata.Duration(d.Round(time.Minute), lang)
	if d < 0 {
		return kata.Ago(s, lang)
	}
	return kata.ToGo(s, lang)
}
