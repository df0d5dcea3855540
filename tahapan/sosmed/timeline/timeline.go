// Package timeline draws the stages of an election as a Gantt chart: one
// bar per stage with its sub-stages nested under it, month gridlines, a
// "hari ini" line and the key dates labelled. [Render] writes SVG;
// [RenderPNG] draws the same chart as a PNG to post, with the card's engine.
//
// The SVG is built to be embedded in an article and read on a phone: it is
// narrow (640 units by default) and scales to its container, each stage's
// name sits on its own lines above its bar, and the names are 20 units high
// or more: 11 pixels or more on a 360-pixel-wide phone. Its text is
// measured with the metrics of the kit's typeface (DejaVu Sans, package
// typeface), which it names first in font-family: Chromium, librsvg and
// Inkscape draw it with that font on Linux, and the fallbacks elsewhere
// are narrower, so no label is clipped. Each label sits on a backing in
// its row's colour, so gridlines never run through text. A web server can
// call [Render] per request: it only writes to w.
package timeline

import (
	"bufio"
	"errors"
	"fmt"
	"html"
	"io"
	"math"
	"strings"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed/typeface"
)

// Options controls a chart. The zero value draws the tahapan and their
// direct sub-stages in Indonesian, 640 units wide, without a "hari ini"
// line.
type Options struct {
	// Today draws the "hari ini" line on that day; the zero Date draws none.
	Today tahapan.Date
	// Lang is "id" (the default when empty) or "en".
	Lang kata.Lang
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
	// Office is the name of the office that publishes the chart, drawn
	// under the title; "" for none.
	Office string
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
func labelLines(st *tahapan.Stage, depth int, lang kata.Lang, x func(tahapan.Date) float64, x0, x1 int) label {
	text := st.LocalName(lang) + " · " + periodShort(st.Period, lang)
	if st.Cancelled {
		text += lang.Pick(" (batal)", " (cancelled)")
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
		// own, under the name on up to three lines.
		lines = append(wrap(st.LocalName(lang), x1-int(indent), size, bold, 3), periodShort(st.Period, lang))
	}
	return label{text: lines, x: indent, anchor: "start"}
}

// wrap breaks s into at most n lines of at most width, cutting the last
// with "…" when the text does not fit.
func wrap(s string, width, size int, bold bool, n int) []string {
	words := strings.Fields(strings.ReplaceAll(s, nb, "\x00")) // break at spaces, not inside dates
	for i := range words {
		words[i] = strings.ReplaceAll(words[i], "\x00", nb)
	}
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

// An item is one shape of a chart, in chart units; the SVG writer and the
// rasteriser draw the same items.
type item struct {
	kind       itemKind
	x, y, w, h float64 // rect: box; line: from (x, y) to (x, y+h); diamond: centre and radius w
	fill       string  // a #RRGGBB colour, or "none"
	stroke     string  // outline colour of a rect, or ""
	width      float64 // line width
	dash       bool
	size       int // text
	bold       bool
	anchor     string // "start", "middle" or "end"
	lines      []string
	lineH      float64
	tip        string // a group's tooltip
}

type itemKind int

const (
	rectItem itemKind = iota
	lineItem
	diamondItem
	textItem
	groupItem // starts a group with a tooltip
	endItem   // ends it
)

// A chart is a laid-out timeline.
type chart struct {
	W, H        int
	title, desc string
	items       []item
}

func (c *chart) add(it item) { c.items = append(c.items, it) }

// text adds a text with a backing rectangle of colour bg behind each line,
// so that no gridline runs through it.
func (c *chart) text(x, y float64, size int, bold bool, anchor, fill, bg string, lines ...string) {
	lh := float64(size) + 4
	w := typeface.Bold
	if !bold {
		w = typeface.Regular
	}
	if bg != "" {
		for i, l := range lines {
			tw := typeface.Measure(l, w, float64(size))
			bx := x
			switch anchor {
			case "middle":
				bx -= tw / 2
			case "end":
				bx -= tw
			}
			c.add(item{kind: rectItem, x: bx - 3, y: y + float64(i)*lh - float64(size) + 1, w: tw + 6, h: float64(size) + 5, fill: bg})
		}
	}
	for i := range lines {
		lines[i] = strings.ReplaceAll(lines[i], nb, " ")
	}
	c.add(item{kind: textItem, x: x, y: y, size: size, bold: bold, anchor: anchor, fill: fill, lines: lines, lineH: lh})
}

// Render writes the chart of schedule s as a standalone SVG document to w.
func Render(w io.Writer, s *tahapan.Schedule, opt Options) error {
	c, err := build(s, opt)
	if err != nil {
		return err
	}
	return c.svg(w)
}

// build checks opt and lays out the chart.
func build(s *tahapan.Schedule, opt Options) (*chart, error) {
	if s == nil {
		return nil, errors.New("timeline: nil schedule")
	}
	if err := opt.Lang.Check(); err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
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
		return nil, fmt.Errorf("timeline: width %d is less than %d", W, minWidth)
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

	// The stages drawn, depth first. With KeyOnly, a key stage under a
	// stage that is not key is drawn at its parent's place.
	var rows []row
	var walk func(list []*tahapan.Stage, depth, level int)
	walk = func(list []*tahapan.Stage, depth, level int) {
		for _, st := range list {
			if st.Cancelled && !opt.Cancelled {
				continue
			}
			d := depth
			if !opt.KeyOnly || st.Key {
				rows = append(rows, row{st: st, depth: depth})
				d = depth + 1
			}
			if level < maxDepth {
				walk(st.Stages, d, level+1)
			}
		}
	}
	walk(s.Stages, 0, 0)
	if len(rows) == 0 {
		return nil, errors.New("timeline: no stage to draw")
	}
	for i := range rows {
		rows[i].depth = min(rows[i].depth, 1) // two looks: tahapan and the rest
	}

	// The time axis runs from the first of the month of the earliest start
	// to the first of the month after the latest end.
	first, last := rows[0].st.Start, rows[0].st.End
	for _, r := range rows {
		first = minDate(first, r.st.Start)
		last = maxDate(last, r.st.End)
	}
	first = maxDate(first, tahapan.D(1, 1, 1))
	if !opt.Today.IsZero() && opt.Today.Before(first) {
		// An election ahead: the axis starts today, so the chart shows how
		// far off its stages are.
		first = opt.Today
	}
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
	// The title shrinks to fit, down to 22 units, then takes two lines.
	title := s.LocalName(lang)
	ts := titleSize
	for ts > 22 && textWidth(title, ts, true) > float64(x1-x0) {
		ts--
	}
	titleLines := []string{title}
	if textWidth(title, ts, true) > float64(x1-x0) {
		titleLines = wrap(title, x1-x0, ts, true, 2)
	}
	subY := titleY + 30 + (len(titleLines)-1)*(ts+4)
	officeY := subY
	if opt.Office != "" {
		subY += 26
	}
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

	c := &chart{W: W, H: H}
	c.title = s.LocalName(lang)
	c.desc = strings.ReplaceAll(lang.Pick("Tahapan dan jadwal", "Stages and schedule")+" · "+fmt.Sprintf("%s – %s", shortDate(first, lang), shortDate(last, lang)), nb, " ")
	c.add(item{kind: rectItem, w: float64(W), h: float64(H), fill: "#FFFFFF"})
	c.text(float64(x0), float64(titleY), ts, true, "start", colText, "", titleLines...)
	if opt.Office != "" {
		c.text(float64(x0), float64(officeY), subSize, true, "start", colKey, "", fit(opt.Office, x1-x0, subSize, true))
	}
	c.text(float64(x0), float64(subY), subSize, false, "start", colMuted, "", fit(c.desc, x1-x0, subSize, false))

	// Bands behind each tahapan and its sub-stages, alternating.
	bandOf := make([]string, len(rows))
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
		col := "#FFFFFF"
		if band%2 == 0 {
			col = colBand
			c.add(item{kind: rectItem, y: float64(r.y - 8), w: float64(W), h: float64(end - r.y), fill: colBand})
		}
		for j := i; j < len(rows) && (j == i || rows[j].depth != 0); j++ {
			bandOf[j] = col
		}
		band++
	}
	for i := range bandOf {
		if bandOf[i] == "" {
			bandOf[i] = "#FFFFFF"
		}
	}

	// Month gridlines, month initials and year labels.
	months := 0
	for m := axisStart; m.Before(axisEnd); m = m.AddMonths(1) {
		months++
	}
	// Label every month, or every third when months are narrow, or none
	// when even quarters would collide; draw every month's gridline, or
	// only January's when months are very narrow.
	monthW := float64(x1-x0) / float64(months)
	every := 1
	switch {
	case 3*monthW < textWidth("Agu", axisSize, false)+5:
		every = 0
	case monthW < 22:
		every = 3
	}
	yearW := textWidth("2024", axisSize, true) + 8
	lastYearX := math.Inf(-1)
	for m := axisStart; m.Before(axisEnd); m = m.AddMonths(1) {
		xm := x(m)
		col, wdt := colGrid, 1.0
		if m.Month == time.January {
			col, wdt = colYear, 1.5
		}
		// Gridlines start under the month labels, so none runs through one.
		if m.Month == time.January || monthW >= 8 {
			c.add(item{kind: lineItem, x: xm, y: float64(gridTop + 2), h: float64(gridBottom - gridTop - 2), fill: col, width: wdt})
		}
		if every == 1 {
			c.text((xm+x(m.AddMonths(1)))/2, float64(gridTop-4), axisSize, false, "middle", colMuted, "", monthLetter(m.Month, lang, false))
		} else if every == 3 && (int(m.Month)-1)%3 == 0 && xm+3+textWidth(monthLetter(m.Month, lang, true), axisSize, false) <= float64(W) {
			c.text(xm+3, float64(gridTop-4), axisSize, false, "start", colMuted, "", monthLetter(m.Month, lang, true))
		}
		if m.Month == time.January || m == axisStart {
			// A year label needs room before the next and inside the chart.
			next := x(tahapan.D(m.Year+1, 1, 1))
			if xm+3 >= lastYearX+yearW && (m.Month == time.January || next-xm >= yearW) && xm+3+yearW-8 <= float64(W) {
				c.text(xm+3, float64(axisTop+4), axisSize, true, "start", colText, "", fmt.Sprint(m.Year))
				lastYearX = xm + 3
			}
		}
	}

	// Voting day and today.
	vd, hasVD := s.VotingDay()
	vx := x(vd)
	showVD := hasVD && !vd.Before(axisStart) && vd.Before(axisEnd)
	if showVD {
		c.add(item{kind: lineItem, x: vx, y: float64(gridTop + 2), h: float64(gridBottom - gridTop - 2), fill: colVoting, width: 2.5})
	}
	showToday := !opt.Today.IsZero() && !opt.Today.Before(axisStart) && opt.Today.Before(axisEnd)
	if showToday {
		tx := x(opt.Today)
		// Under the axis labels, as the gridlines; its label is above them.
		c.add(item{kind: lineItem, x: tx, y: float64(gridTop + 2), h: float64(gridBottom - gridTop - 2), fill: colToday, width: 2.5, dash: true})
	}

	// Rows.
	for i, r := range rows {
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
		c.add(item{kind: groupItem, tip: strings.ReplaceAll(full, nb, " ") + " (" + dayCount(st.Days(), lang) + ")"})
		if st.Start == st.End {
			// A one-day stage: a diamond on the day.
			c.add(item{kind: diamondItem, x: (xs + xe) / 2, y: float64(barY) + float64(barH)/2, w: float64(barH)/2 + 4, fill: col})
		} else {
			fill := col
			if st.Cancelled {
				fill = "none"
			}
			c.add(item{kind: rectItem, x: xs, y: float64(barY), w: max(xe-xs, 3), h: float64(barH), fill: fill, stroke: col})
		}
		c.text(r.lines.x, float64(r.y+size-4), size, bold, r.lines.anchor, colText, bandOf[i], r.lines.text...)
		c.add(item{kind: endItem})
	}

	// Labels of the vertical lines, on top of everything.
	if showVD {
		text := lang.Pick("Pemungutan suara ", "Voting day ") + shortDate(vd, lang)
		c.lineLabel(text, vx, gridBottom+24, x0, x1, colVoting)
	}
	if showToday {
		text := lang.Pick("hari ini ", "today ") + shortDate(opt.Today, lang)
		c.lineLabel(text, x(opt.Today), todayY, x0, x1, colToday)
	}
	return c, nil
}

// lineLabel adds the label of a vertical line at x, kept inside x0..x1, on
// a white backing so that it stays legible over the bars.
func (c *chart) lineLabel(text string, x float64, y, x0, x1 int, col string) {
	const size = 19
	text = fit(text, x1-x0, size, true)
	w := typeface.Measure(text, typeface.Bold, size)
	anchor := "middle"
	switch {
	case x-w/2 < float64(x0):
		anchor = "start"
		x = max(x, float64(x0))
	case x+w/2 > float64(x1):
		anchor = "end"
	}
	if anchor == "start" && x+w > float64(x1) || anchor == "end" && x-w < float64(x0) {
		anchor, x = "start", float64(x0) // too wide for either side of the line
	}
	c.text(x, float64(y), size, true, anchor, col, "#FFFFFF", text)
}

// svg writes the chart as a standalone SVG document.
func (c *chart) svg(w io.Writer) error {
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="t d" font-family="%s" style="max-width:100%%;height:auto">`+"\n",
		c.W, c.H, c.W, c.H, esc(typeface.CSSFamily))
	p(`<title id="t">%s</title><desc id="d">%s</desc>`+"\n", esc(c.title), esc(c.desc))
	for _, it := range c.items {
		switch it.kind {
		case rectItem:
			stroke := ""
			if it.stroke != "" {
				stroke = fmt.Sprintf(` stroke="%s" rx="3"`, it.stroke)
			}
			p(`<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"%s/>`+"\n", it.x, it.y, it.w, it.h, it.fill, stroke)
		case lineItem:
			dash := ""
			if it.dash {
				dash = ` stroke-dasharray="6 4"`
			}
			p(`<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%.1f"%s/>`+"\n", it.x, it.y, it.x, it.y+it.h, it.fill, it.width, dash)
		case diamondItem:
			cx, cy, r := it.x, it.y, it.w
			p(`<path d="M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ" fill="%s"/>`+"\n", cx, cy-r, cx+r, cy, cx, cy+r, cx-r, cy, it.fill)
		case textItem:
			weight := ""
			if it.bold {
				weight = ` font-weight="700"`
			}
			p(`<text font-size="%d"%s fill="%s" text-anchor="%s">`, it.size, weight, it.fill, it.anchor)
			for i, l := range it.lines {
				p(`<tspan x="%.1f" y="%.1f">%s</tspan>`, it.x, it.y+float64(i)*it.lineH, esc(l))
			}
			p("</text>\n")
		case groupItem:
			p(`<g><title>%s</title>`+"\n", esc(it.tip))
		case endItem:
			p("</g>\n")
		}
	}
	p("</svg>\n")
	return b.Flush()
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

// textWidth returns the width of s at size units, with the typeface's
// metrics.
func textWidth(s string, size int, bold bool) float64 {
	w := typeface.Regular
	if bold {
		w = typeface.Bold
	}
	return typeface.Measure(s, w, float64(size))
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

func shortMonth(m time.Month, lang kata.Lang) string { return kata.MonthShort(m, lang) }

// monthLetter returns the label of a month column: its initial, or its
// short name when columns are labelled every third month.
func monthLetter(m time.Month, lang kata.Lang, short bool) string {
	s := shortMonth(m, lang)
	if short {
		return s
	}
	return s[:1]
}

// nb joins the parts of a date so that a label never wraps inside one;
// [chart.text] turns it back into a space.
const nb = "\u00a0"

// shortDate writes a date as kata's Short style does, "14 Feb 2024", its
// parts joined by nb.
func shortDate(d tahapan.Date, lang kata.Lang) string {
	return strings.ReplaceAll(kata.Date(kata.Day(d), kata.Short, lang), " ", nb)
}

// periodShort writes a period compactly, as [kata.Period] does in its
// Short style: "11–13 Feb 2024", "28 Nov 2023 – 10 Feb 2024". The parts of
// each end are joined by nb; a line may break only around the dash.
func periodShort(p tahapan.Period, lang kata.Lang) string {
	s := strings.ReplaceAll(kata.Period(kata.Day(p.Start), kata.Day(p.End), kata.Short, lang), " ", nb)
	return strings.ReplaceAll(s, nb+"–"+nb, " – ")
}

func dayCount(n int, lang kata.Lang) string { return kata.Days(n, lang) }

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
