// Package timeline draws the stages of an election as a Gantt chart in
// SVG: one bar per stage with its sub-stages nested under it, month
// gridlines, a "hari ini" line and the key dates labelled.
//
// The chart is built to be embedded in an article and read on a phone: it
// is narrow (640 units by default) and scales to its container, each
// stage's name sits on its own lines above its bar, and the names are 20
// units high or more: 11 pixels or more on a 360-pixel-wide phone. A web server
// can call [Render] per request: it only writes to w.
package timeline

import (
	"bufio"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

// Options controls a chart. The zero value draws the tahapan and their
// direct sub-stages in Indonesian, 640 units wide, without a "hari ini"
// line.
type Options struct {
	// Today draws the "hari ini" line on that day; the zero Date draws none.
	Today tahapan.Date
	// Lang is "id" (the default when empty) or "en".
	Lang string
	// Width is the width of the chart in SVG units; 0 means 640. Below 480
	// the names no longer fit.
	Width int
	// MaxDepth is the deepest level of sub-stages drawn below the
	// tahapan: 0 means 1 (the tahapan and their direct sub-stages); a
	// negative value draws the tahapan only.
	MaxDepth int
	// AllDepths draws every level of sub-stages, ignoring MaxDepth.
	AllDepths bool
	// KeyOnly draws only key stages ([tahapan.Stage].Key).
	KeyOnly bool
	// Cancelled also draws cancelled stages, hatched.
	Cancelled bool
}

// Colours of the chart.
const (
	colKey      = "#8B1A1A" // key tahapan
	colStage    = "#C0605A" // other tahapan
	colSub      = "#E3A19B" // sub-stages
	colToday    = "#1565C0"
	colVoting   = "#C77800"
	colGrid     = "#E4E4E4"
	colYear     = "#B0B0B0"
	colText     = "#1F1F1F"
	colMuted    = "#5F5F5F"
	colBand     = "#FAF5F4"
	fontFamily  = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"
	minWidth    = 320
	defaultWide = 640
)

type row struct {
	st    *tahapan.Stage
	depth int
	y     int // top of the row
	lines label
}

// A label is the name and period of a stage as placed above its bar.
type label struct {
	text   []string // one or two lines
	x      float64
	anchor string // "start" or "end"
}

// labelLines places the label of st: on one line from the bar's start
// when it fits, else on one line ending at the bar's end, else wrapped on
// up to two lines from the row's indent; a name too long for that gets up
// to two lines of its own, cut with "…", and the period a third.
func labelLines(st *tahapan.Stage, depth int, lang string, x func(tahapan.Date) float64, x0, x1 int) label {
	text := st.LocalName(lang) + " · " + periodShort(st.Period, lang)
	if st.Cancelled {
		text += tr(lang, " (batal)", " (cancelled)")
	}
	size, bold := labelSize(depth), depth == 0
	xs, xe := x(st.Start), x(st.End.AddDays(1))
	indent := float64(x0 + 12*depth)
	tw := textWidth(text, size, bold)
	switch {
	case xs+tw <= float64(x1):
		return label{text: []string{text}, x: xs, anchor: "start"}
	case xe-tw >= indent:
		return label{text: []string{text}, x: xe, anchor: "end"}
	}
	lines := wrap(text, x1-int(indent), size, bold, 2)
	if strings.HasSuffix(lines[len(lines)-1], "…") {
		// Too long for two lines: keep the period whole on a line of its
		// own, under the name on up to two lines.
		lines = append(wrap(st.LocalName(lang), x1-int(indent), size, bold, 2), periodShort(st.Period, lang))
	}
	return label{text: lines, x: indent, anchor: "start"}
}

// wrap breaks s into at most n lines of at most width, cutting the last
// with "…" when the text does not fit.
func wrap(s string, width, size int, bold bool, n int) []string {
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for i, w := range words {
		try := strings.TrimSpace(cur + " " + w)
		if textWidth(try, size, bold) <= float64(width) || cur == "" {
			cur = try
			continue
		}
		lines = append(lines, cur)
		cur = w
		if len(lines) == n-1 {
			lines = append(lines, fit(strings.Join(words[i:], " "), width, size, bold))
			return lines
		}
	}
	return append(lines, fit(cur, width, size, bold))
}

// Render writes the chart of schedule s as a standalone SVG document to w.
func Render(w io.Writer, s *tahapan.Schedule, opt Options) error {
	if s == nil {
		return errors.New("timeline: nil schedule")
	}
	if opt.Lang != "" && opt.Lang != "id" && opt.Lang != "en" {
		return fmt.Errorf("timeline: invalid language %q: want id or en", opt.Lang)
	}
	lang := opt.Lang
	if lang == "" {
		lang = "id"
	}
	W := opt.Width
	if W == 0 {
		W = defaultWide
	}
	if W < minWidth {
		return fmt.Errorf("timeline: width %d is less than %d", W, minWidth)
	}
	maxDepth := opt.MaxDepth
	if maxDepth == 0 {
		maxDepth = 1
	}
	if opt.MaxDepth < 0 {
		maxDepth = 0
	}
	if opt.AllDepths {
		maxDepth = 1 << 30
	}

	// The stages drawn, depth first.
	var rows []row
	var walk func(list []*tahapan.Stage, depth int)
	walk = func(list []*tahapan.Stage, depth int) {
		for _, st := range list {
			if (st.Cancelled && !opt.Cancelled) || (opt.KeyOnly && !st.Key) {
				continue
			}
			rows = append(rows, row{st: st, depth: depth})
			if depth < maxDepth {
				walk(st.Stages, depth+1)
			}
		}
	}
	walk(s.Stages, 0)
	if len(rows) == 0 {
		return errors.New("timeline: no stage to draw")
	}

	// The time axis runs from the first of the month of the earliest start
	// to the first of the month after the latest end.
	first, last := rows[0].st.Start, rows[0].st.End
	for _, r := range rows {
		first = minDate(first, r.st.Start)
		last = maxDate(last, r.st.End)
	}
	first = maxDate(first, tahapan.D(1, 1, 1))
	axisStart := tahapan.D(first.Year, first.Month, 1)
	axisEnd := tahapan.D(last.Year, last.Month, 1).AddMonths(1)
	const pad = 20
	x0, x1 := pad, W-pad
	span := axisEnd.DaysSince(axisStart)
	x := func(d tahapan.Date) float64 {
		return float64(x0) + float64(x1-x0)*float64(d.DaysSince(axisStart))/float64(span)
	}

	// Vertical layout.
	const (
		titleSize = 30
		subSize   = 19
		axisSize  = 19
	)
	y := 16
	titleY := y + titleSize
	subY := titleY + 30
	todayY := subY + 32     // the "hari ini" label
	axisTop := todayY + 26  // year labels
	gridTop := axisTop + 46 // month letters above, rows below
	y = gridTop + 14
	for i := range rows {
		r := &rows[i]
		r.y = y
		r.lines = labelLines(r.st, r.depth, lang, x, x0, x1)
		y += len(r.lines.text)*lineHeight(r.depth) + 6 + barHeight(r.depth) + rowGap(r.depth)
	}
	gridBottom := y
	H := gridBottom + 40

	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	title := s.LocalName(lang)
	desc := tr(lang, "Tahapan dan jadwal", "Stages and schedule") + " · " + fmt.Sprintf("%s – %s", shortDate(first, lang), shortDate(last, lang))
	p(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="t d" font-family="%s" style="max-width:100%%;height:auto">`+"\n",
		W, H, W, H, esc(fontFamily))
	p(`<title id="t">%s</title><desc id="d">%s</desc>`+"\n", esc(title), esc(desc))
	p(`<rect width="%d" height="%d" fill="#FFFFFF"/>`+"\n", W, H)
	p(`<text x="%d" y="%d" font-size="%d" font-weight="700" fill="%s">%s</text>`+"\n", x0, titleY, titleSize, colText, esc(fit(title, x1-x0, titleSize, true)))
	p(`<text x="%d" y="%d" font-size="%d" fill="%s">%s</text>`+"\n", x0, subY, subSize, colMuted, esc(fit(desc, x1-x0, subSize, false)))

	// Bands behind each tahapan and its sub-stages, alternating.
	band := 0
	for i, r := range rows {
		if r.depth != 0 {
			continue
		}
		end := gridBottom
		for _, r2 := range rows[i+1:] {
			if r2.depth == 0 {
				end = r2.y
				break
			}
		}
		if band%2 == 0 {
			p(`<rect x="0" y="%d" width="%d" height="%d" fill="%s"/>`+"\n", r.y-8, W, end-r.y, colBand)
		}
		band++
	}

	// Month gridlines, month initials and year labels.
	p(`<g font-size="%d" fill="%s" text-anchor="middle">`+"\n", axisSize, colMuted)
	months := 0
	for m := axisStart; m.Before(axisEnd); m = m.AddMonths(1) {
		months++
	}
	every := 1 // label every month, or every third when months are narrow
	if float64(x1-x0)/float64(months) < 22 {
		every = 3
	}
	for m := axisStart; m.Before(axisEnd); m = m.AddMonths(1) {
		xm := x(m)
		col, wdt := colGrid, 1.0
		if m.Month == time.January {
			col, wdt = colYear, 1.5
		}
		p(`<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s" stroke-width="%.1f"/>`+"\n", xm, gridTop-20, xm, gridBottom, col, wdt)
		if (int(m.Month)-1)%every == 0 {
			mid := (xm + x(m.AddMonths(1))) / 2
			if every == 3 {
				mid = xm + 4
			}
			p(`<text x="%.1f" y="%d">%s</text>`+"\n", mid, gridTop-4, monthLetter(m.Month, lang, every == 3))
		}
		if m.Month == time.January || m == axisStart {
			p(`<text x="%.1f" y="%d" font-weight="700" text-anchor="start" fill="%s">%d</text>`+"\n", xm+3, axisTop+4, colText, m.Year)
		}
	}
	p("</g>\n")

	// Voting day and today.
	vd, set := s.VotingDay()
	vx := x(vd)
	if set && !vd.Before(axisStart) && vd.Before(axisEnd) {
		p(`<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s" stroke-width="2.5"/>`+"\n", vx, gridTop-20, vx, gridBottom, colVoting)
	}

	// Rows.
	for _, r := range rows {
		st := r.st
		size := labelSize(r.depth)
		bold := r.depth == 0
		barY := r.y + len(r.lines.text)*lineHeight(r.depth) + 6
		barH := barHeight(r.depth)
		xs, xe := x(st.Start), x(st.End.AddDays(1))
		col := colSub
		switch {
		case r.depth == 0 && st.Key:
			col = colKey
		case r.depth == 0:
			col = colStage
		case st.Key:
			col = colStage
		}
		full := st.LocalName(lang) + " · " + periodShort(st.Period, lang)
		p(`<g>`)
		p(`<title>%s</title>`, esc(full+" ("+dayCount(st.Days(), lang)+")"))
		if st.Start == st.End {
			// A one-day stage: a diamond on the day.
			cx, cy := (xs+xe)/2, float64(barY)+float64(barH)/2
			rr := float64(barH)/2 + 4
			p(`<path d="M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ" fill="%s"/>`, cx, cy-rr, cx+rr, cy, cx, cy+rr, cx-rr, cy, col)
		} else {
			wbar := max(xe-xs, 3)
			fill := col
			if st.Cancelled {
				fill = "none"
			}
			p(`<rect x="%.1f" y="%d" width="%.1f" height="%d" rx="%d" fill="%s" stroke="%s"/>`, xs, barY, wbar, barH, min(barH/2, 4), fill, col)
		}
		weight := ""
		if bold {
			weight = ` font-weight="700"`
		}
		// A white halo keeps the text legible over gridlines.
		p(`<text font-size="%d"%s fill="%s" text-anchor="%s" stroke="#FFFFFF" stroke-width="4" stroke-linejoin="round" paint-order="stroke">`,
			size, weight, colText, r.lines.anchor)
		for i, line := range r.lines.text {
			p(`<tspan x="%.1f" y="%d">%s</tspan>`, r.lines.x, r.y+size-4+i*lineHeight(r.depth), esc(line))
		}
		p(`</text>`)
		p("</g>\n")
	}

	// Labels of the vertical lines, on top of everything, at the bottom.
	if set && !vd.Before(axisStart) && vd.Before(axisEnd) {
		text := tr(lang, "Pemungutan suara ", "Voting day ") + shortDate(vd, lang)
		p(`%s`+"\n", lineLabel(text, vx, gridBottom+24, x0, x1, colVoting))
	}
	if !opt.Today.IsZero() && !opt.Today.Before(axisStart) && opt.Today.Before(axisEnd) {
		tx := x(opt.Today)
		p(`<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s" stroke-width="2.5" stroke-dasharray="6 4"/>`+"\n", tx, todayY+6, tx, gridBottom, colToday)
		text := tr(lang, "hari ini ", "today ") + shortDate(opt.Today, lang)
		p(`%s`+"\n", lineLabel(text, tx, todayY, x0, x1, colToday))
	}
	p("</svg>\n")
	return b.Flush()
}

// lineLabel writes the label of a vertical line at x, kept inside x0..x1,
// on a white backing so that it stays legible over the bars.
func lineLabel(text string, x float64, y, x0, x1 int, col string) string {
	const size = 19
	w := textWidth(text, size, true)
	anchor, bx := "middle", x-w/2
	switch {
	case x-w/2 < float64(x0):
		anchor, bx = "start", x
		if x < float64(x0) {
			x, bx = float64(x0), float64(x0)
		}
	case x+w/2 > float64(x1):
		anchor, bx = "end", x-w
	}
	return fmt.Sprintf(`<rect x="%.1f" y="%d" width="%.1f" height="%d" rx="3" fill="#FFFFFF" opacity="0.9"/>`+
		`<text x="%.1f" y="%d" font-size="%d" font-weight="700" fill="%s" text-anchor="%s">%s</text>`,
		bx-3, y-size+1, w+6, size+6, x, y, size, col, anchor, esc(text))
}

func lineHeight(depth int) int { return labelSize(depth) + 4 }

func labelSize(depth int) int {
	if depth == 0 {
		return 23
	}
	return 20
}

func barHeight(depth int) int {
	if depth == 0 {
		return 14
	}
	return 9
}

func rowGap(depth int) int {
	if depth == 0 {
		return 14
	}
	return 11
}

// textWidth estimates the width of s in a sans-serif font of size units,
// from typical advance widths; it errs wide, so that text fits.
func textWidth(s string, size int, bold bool) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case strings.ContainsRune("iljtfrI.,:;'|!()[]/ ", r):
			w += 0.32
		case r == 'm' || r == 'w' || r == 'M' || r == 'W':
			w += 0.86
		case r >= 'A' && r <= 'Z':
			w += 0.68
		case r >= '0' && r <= '9':
			w += 0.57
		case r == '–' || r == '—':
			w += 0.6
		default:
			w += 0.56
		}
	}
	if bold {
		w *= 1.07
	}
	return w * float64(size)
}

// fit cuts s with "…" so that it is at most width wide.
func fit(s string, width, size int, bold bool) string {
	if textWidth(s, size, bold) <= float64(width) {
		return s
	}
	rs := []rune(s)
	for len(rs) > 1 {
		rs = rs[:len(rs)-1]
		t := strings.TrimRight(string(rs), " ·,;:") + "…"
		if textWidth(t, size, bold) <= float64(width) {
			return t
		}
	}
	return "…"
}

func esc(s string) string { return html.EscapeString(s) }

func tr(lang, id, en string) string {
	if lang == "en" {
		return en
	}
	return id
}

var shortMonthsID = [...]string{"", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}

func shortMonth(m time.Month, lang string) string {
	if lang == "en" {
		return m.String()[:3]
	}
	return shortMonthsID[m]
}

// monthLetter returns the label of a month column: its initial, or its
// short name when columns are labelled every third month.
func monthLetter(m time.Month, lang string, short bool) string {
	s := shortMonth(m, lang)
	if short {
		return s
	}
	return s[:1]
}

func shortDate(d tahapan.Date, lang string) string {
	return fmt.Sprintf("%d %s %d", d.Day, shortMonth(d.Month, lang), d.Year)
}

// periodShort writes a period compactly: "11–13 Feb 2024",
// "28 Nov 2023 – 10 Feb 2024".
func periodShort(p tahapan.Period, lang string) string {
	a, b := p.Start, p.End
	switch {
	case a == b:
		return shortDate(a, lang)
	case a.Year == b.Year && a.Month == b.Month:
		return fmt.Sprintf("%d–%d %s %d", a.Day, b.Day, shortMonth(b.Month, lang), b.Year)
	case a.Year == b.Year:
		return fmt.Sprintf("%d %s – %d %s %d", a.Day, shortMonth(a.Month, lang), b.Day, shortMonth(b.Month, lang), b.Year)
	}
	return shortDate(a, lang) + " – " + shortDate(b, lang)
}

func dayCount(n int, lang string) string {
	if lang == "en" {
		if n == 1 {
			return "1 day"
		}
		return fmt.Sprintf("%d days", n)
	}
	return fmt.Sprintf("%d hari", n)
}

func minDate(a, b tahapan.Date) tahapan.Date {
	if a.Before(b) {
		return a
	}
	return b
}

func maxDate(a, b tahapan.Date) tahapan.Date {
	if a.After(b) {
		return a
	}
	return b
}
