package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// tr picks the Indonesian or the English text.
func tr(lang, id, en string) string {
	if lang == "en" {
		return en
	}
	return id
}

// writeOngoing lists the stages in progress on day with their progress.
func writeOngoing(w io.Writer, list []*tahapan.Stage, day tahapan.Date, lang string) {
	if len(list) == 0 {
		fmt.Fprintln(w, tr(lang, "Tidak ada tahapan yang berlangsung.", "No stage in progress."))
		return
	}
	fmt.Fprintln(w, tr(lang, "Tahapan berlangsung:", "In progress:"))
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

// untilText writes a duration as days, hours and minutes.
func untilText(d time.Duration, lang string) string {
	neg := d < 0
	if neg {
		d = -d
	}
	d = d.Round(time.Minute)
	days, hours, mins := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	s := fmt.Sprintf(tr(lang, "%d hari %d jam %d menit", "%dd %dh %dm"), days, hours, mins)
	if neg {
		return tr(lang, s+" yang lalu", s+" ago")
	}
	return tr(lang, s+" lagi", "in "+s)
}
