// Package card draws countdown cards for social media: a PNG with the big
// H-label ("H-206"), what it counts to ("menuju Pemungutan Suara"), the
// date, the stage in progress, and the office that posts it, in Indonesian
// or English.
//
// Cards come in the three sizes that Instagram, Facebook and TikTok show
// best ([Square], [Portrait], [Story]), each laid out for its shape: the
// story fills its height and keeps clear of the app's own controls at the
// top and bottom. The text is set in the kit's one typeface (package
// typeface: DejaVu Sans, embedded with its licence), whose figures are
// tabular and whose zero has no slash. The output depends only on the
// input, so the same card always gives the same bytes.
//
// [Batch] draws one card a day for a period with a pool of workers, one
// per processor.
package card

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/image/draw"
	"golang.org/x/image/font"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed/typeface"
)

// A Size is the shape of a card.
type Size string

// The card sizes, in pixels.
const (
	Square   Size = "square"   // 1080×1080, a feed post
	Portrait Size = "portrait" // 1080×1350, a 4:5 feed post
	Story    Size = "story"    // 1080×1920, a story, reel or TikTok
)

// ParseSize returns the size named s.
func ParseSize(s string) (Size, error) {
	switch Size(strings.ToLower(s)) {
	case Square, "":
		return Square, nil
	case Portrait:
		return Portrait, nil
	case Story:
		return Story, nil
	}
	return "", fmt.Errorf("unknown card size %q: want square, portrait or story", kata.Prefix(s, 40))
}

// Bounds returns the card's rectangle: 1080×1080, 1080×1350 or 1080×1920.
func (s Size) Bounds() image.Rectangle {
	switch s {
	case Portrait:
		return image.Rect(0, 0, 1080, 1350)
	case Story:
		return image.Rect(0, 0, 1080, 1920)
	}
	return image.Rect(0, 0, 1080, 1080)
}

// A Theme is the colours of a card.
type Theme struct {
	Background color.RGBA // the card
	Foreground color.RGBA // main text
	Accent     color.RGBA // the H-label, the election's name and the progress bar
	Muted      color.RGBA // secondary text and the divider
}

// DefaultTheme is white and amber on a deep red.
var DefaultTheme = Theme{
	Background: color.RGBA{0x8B, 0x1A, 0x1A, 0xFF},
	Foreground: color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
	Accent:     color.RGBA{0xFF, 0xD5, 0x4F, 0xFF},
	Muted:      color.RGBA{0xF3, 0xC9, 0xC9, 0xFF},
}

// ParseColor parses a colour written as #RRGGBB or #RGB. Its error quotes
// at most the first 40 bytes of s.
func ParseColor(s string) (color.RGBA, error) {
	h := strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if len(h) != 6 || err != nil {
		return color.RGBA{}, fmt.Errorf("invalid colour %q: want #RRGGBB", kata.Prefix(s, 40))
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xFF}, nil
}

// LoadTheme reads a theme file: a JSON object with any of the keys
// "background", "foreground", "accent" and "muted", each a #RRGGBB colour.
// Colours it leaves out are those of base. name is the file's name, used
// only in errors.
//
//	{"background": "#0B3D91", "accent": "#FFC107"}
//
// The object must be all the file holds, each key at most once. An error
// reads "name:line:col: message" and quotes at most a short prefix of a
// key or value.
func LoadTheme(r io.Reader, name string, base Theme) (Theme, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxTheme+1))
	if err != nil {
		return base, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxTheme {
		return base, fmt.Errorf("%s: a theme is at most %d KB", name, maxTheme>>10)
	}
	t, err := decodeTheme(data, base)
	if err != nil {
		var pe *themeError
		if errors.As(err, &pe) {
			line, col := position(data, pe.off)
			return base, fmt.Errorf("%s:%d:%d: %s", name, line, col, pe.msg)
		}
		return base, fmt.Errorf("%s: %w", name, err)
	}
	return t, nil
}

// maxTheme is the size of the largest theme file LoadTheme reads: four
// colours take under 200 bytes.
const maxTheme = 64 << 10

// themeError is an error at byte offset off of a theme file.
type themeError struct {
	off int64
	msg string
}

func (e *themeError) Error() string { return e.msg }

// decodeTheme reads a theme object from data token by token, so that it
// knows where each key and value starts and can refuse a key given twice
// and anything after the object.
func decodeTheme(data []byte, base Theme) (Theme, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return base, errors.New(`empty file: want a JSON object such as {"background": "#0B3D91"}`)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	// at is where the next token starts: past the blanks, commas and
	// colons after the last one read.
	at := func() int64 {
		off := dec.InputOffset()
		for off < int64(len(data)) && strings.IndexByte(" \t\r\n,:", data[off]) >= 0 {
			off++
		}
		return off
	}
	token := func() (json.Token, int64, error) {
		off := at()
		tok, err := dec.Token()
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se):
			return nil, 0, &themeError{se.Offset, "invalid JSON: " + se.Error()}
		case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
			return nil, 0, &themeError{int64(len(data)), "unexpected end of file: the object is not closed"}
		case err != nil:
			return nil, 0, &themeError{off, err.Error()}
		}
		return tok, off, nil
	}
	tok, off, err := token()
	if err != nil {
		return base, err
	}
	if tok != json.Delim('{') {
		return base, &themeError{off, "want a JSON object such as {\"background\": \"#0B3D91\"}, not " + jsonKind(tok)}
	}
	t := base
	seen := map[string]int64{}
	for dec.More() {
		tok, koff, err := token()
		if err != nil {
			return base, err
		}
		k, _ := tok.(string) // the decoder allows only strings as keys
		var dst *color.RGBA
		switch k {
		case "background":
			dst = &t.Background
		case "foreground":
			dst = &t.Foreground
		case "accent":
			dst = &t.Accent
		case "muted":
			dst = &t.Muted
		default:
			return base, &themeError{koff, fmt.Sprintf("unknown key %q: want background, foreground, accent or muted", kata.Prefix(k, 40))}
		}
		if first, dup := seen[k]; dup {
			line, _ := position(data, first)
			return base, &themeError{koff, fmt.Sprintf("key %q given twice (first on line %d)", k, line)}
		}
		seen[k] = koff
		tok, voff, err := token()
		if err != nil {
			return base, err
		}
		v, ok := tok.(string)
		if !ok {
			return base, &themeError{voff, fmt.Sprintf("%s: want a colour string such as \"#0B3D91\", not %s", k, jsonKind(tok))}
		}
		c, err := ParseColor(v)
		if err != nil {
			return base, &themeError{voff, fmt.Sprintf("%s: %v", k, err)}
		}
		*dst = c
	}
	if _, _, err := token(); err != nil { // the closing brace
		return base, err
	}
	if rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		return base, &themeError{int64(len(data) - len(rest)), "data after the theme object: a theme file holds one object"}
	}
	return t, nil
}

// jsonKind names the kind of a JSON token for an error.
func jsonKind(tok json.Token) string {
	switch tok := tok.(type) {
	case json.Delim:
		if tok == '[' {
			return "an array"
		}
		return "an object"
	case string:
		return "a string"
	case float64, json.Number:
		return "a number"
	case bool:
		return "a boolean"
	}
	return "null"
}

// position returns the line and column, both from 1, of byte offset off
// in data; the column counts runes.
func position(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line = 1 + bytes.Count(before, []byte("\n"))
	return line, 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
}

// Options controls a card. The zero value is a square Indonesian card in
// [DefaultTheme], in the schedule's zone, without an office or a logo.
type Options struct {
	Size  Size        // "" means Square
	Theme *Theme      // nil means DefaultTheme
	Logo  image.Image // drawn in a fixed box at the top right, scaled to fit; nil for none
	// Office is the name of the office that posts the card, such as "KPU
	// Kota Mojokerto", drawn at the top; "" for none.
	Office string
	// Lang is "id" (Indonesian, the default when empty) or "en".
	Lang kata.Lang
	// Zone is the zone "today" is taken in; nil means the schedule's.
	Zone *time.Location
}

func (o Options) theme() Theme {
	if o.Theme != nil {
		return *o.Theme
	}
	return DefaultTheme
}

func (o Options) lang() kata.Lang {
	if o.Lang == kata.English {
		return kata.English
	}
	return kata.Indonesian
}

func (o Options) check() error {
	if err := o.Lang.Check(); err != nil {
		return fmt.Errorf("card: %w", err)
	}
	return nil
}

// Content is the text of a card, in its language.
type Content struct {
	Office   string // "KPU Kota Mojokerto", or ""
	Election string // "Pemilu Serentak 2024"
	Day      string // the day of the card: "Minggu, 23 Juli 2023"
	Label    string // "H-206"; "" when a planned schedule has nothing ahead
	Target   string // "menuju Pemungutan Suara" (see [sosmed.Count])
	Date     string // the day counted to: "Rabu, 14 Februari 2024"
	// Note is the polls on voting day ("TPS buka sampai 13.00 WIB"), how
	// long ago the day was ("1 hari yang lalu"), or that voting day is not
	// set; "" on other days.
	Note string
	// StageHead heads the stage in progress: "TAHAPAN BERLANGSUNG".
	StageHead string
	Stage     string // the stage in progress that matters most, or ""
	Progress  string // its progress: "hari ke-12 dari 75"
	// Fraction is how far the stage has run, from 0 to 1, for the bar.
	Fraction float64
	// NextHead heads the next key stage: "BERIKUTNYA".
	NextHead string
	// Next is the next key stage and when it starts, or "". Only the
	// portrait and story sizes have room for it. Its date, and when it
	// starts ("29 hari lagi"), are each joined with no-break spaces, so
	// that neither is wrapped.
	Next string
}

// ContentOn returns the content of the card of schedule s for day, as at
// the start of that day.
func ContentOn(s *tahapan.Schedule, day tahapan.Date, opt Options) Content {
	loc := opt.Zone
	if loc == nil {
		loc = s.Location()
	}
	return ContentAt(s, day.In(loc), opt)
}

// ContentAt returns the content of the card of schedule s at the instant
// now, in the zone and language of opt.
func ContentAt(s *tahapan.Schedule, now time.Time, opt Options) Content {
	lang := opt.lang()
	loc := opt.Zone
	if loc == nil {
		loc = s.Location()
	}
	day := tahapan.Today(now, loc)
	cnt := sosmed.CountAt(s, now, loc, lang)
	c := Content{
		Office:    opt.Office,
		Election:  s.LocalName(lang),
		Day:       tahapan.FormatDate(day, lang),
		Label:     cnt.Label,
		Target:    cnt.Target,
		Date:      cnt.Date,
		Note:      cnt.Note,
		StageHead: lang.Pick("TAHAPAN BERLANGSUNG", "IN PROGRESS"),
		NextHead:  lang.Pick("BERIKUTNYA", "NEXT"),
	}
	if cnt.Ago != "" && c.Note == "" {
		c.Note = cnt.Ago // "1 hari yang lalu", on a line of its own
	}
	if list := sosmed.StagesInProgress(s, day); len(list) > 0 {
		st := list[0]
		p := st.ProgressOn(day)
		c.Stage = st.LocalName(lang)
		c.Progress = p.Text(lang)
		if p.Total == 1 {
			c.Progress = lang.Pick("hari ini", "today")
		}
		c.Fraction = float64(p.Day) / float64(p.Total)
	}
	after := day
	if cnt.Planned && cnt.Days > 0 {
		after = day.AddDays(cnt.Days) // the date counted to: the next one after it
	}
	if st := sosmed.NextKeyStage(s, after); st != nil {
		n := st.Start.DaysSince(day)
		when := fmt.Sprintf("%d hari lagi", n)
		if lang == kata.English {
			when = fmt.Sprintf("in %d days", n)
		}
		if n == 1 {
			when = lang.Pick("besok", "tomorrow")
		}
		// The date and the "(29 hari lagi)" are each wrapped whole.
		nb := func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }
		c.Next = fmt.Sprintf("%s, %s (%s)", st.LocalName(lang), nb(tahapan.FormatDate(st.Start, lang)), nb(when))
	}
	return c
}

// A Renderer draws cards. It keeps font faces between cards, so reuse one
// for many cards. A Renderer is not safe for concurrent use; give each
// goroutine its own.
type Renderer struct {
	faces map[faceKey]font.Face
	enc   png.Encoder
	fast  pngEncoder
}

type faceKey struct {
	w    typeface.Weight
	size int
}

// NewRenderer returns a Renderer.
func NewRenderer() *Renderer {
	return &Renderer{faces: map[faceKey]font.Face{}, enc: png.Encoder{CompressionLevel: png.BestSpeed, BufferPool: &pool{}}}
}

func (r *Renderer) face(w typeface.Weight, size int) font.Face {
	k := faceKey{w, size}
	if f, ok := r.faces[k]; ok {
		return f
	}
	f := typeface.NewFace(w, float64(size))
	r.faces[k] = f
	return f
}

// Draw draws the card of c on a new image.
func (r *Renderer) Draw(c Content, opt Options) *image.RGBA {
	return r.drawInto(nil, c, opt)
}

// layout holds the measures of a card size, in pixels; a font size of 0
// leaves its element out.
type layout struct {
	margin, top, bottom       int // margin: left and right; top, bottom: the clear areas
	logo                      int // the side of the logo's box
	office, election, day     int // header
	label, target, date, note int // the count
	next                      int // the next key stage
	caption, stage, progress  int // footer
	stageLines, nextLines     int
	targetLines               int
}

func layoutFor(s Size) layout {
	switch s {
	case Portrait:
		return layout{margin: 80, top: 80, bottom: 80, logo: 160, office: 36, election: 40, day: 32,
			label: 360, target: 60, date: 50, note: 42, next: 36, caption: 28, stage: 42, progress: 32,
			stageLines: 3, nextLines: 2, targetLines: 3}
	case Story:
		// Stories are covered at the top (progress bar, account) and the
		// bottom (reply field) by the app: keep about 220 and 260 px clear.
		return layout{margin: 80, top: 220, bottom: 260, logo: 190, office: 44, election: 48, day: 38,
			label: 440, target: 74, date: 60, note: 52, next: 44, caption: 34, stage: 52, progress: 40,
			stageLines: 3, nextLines: 3, targetLines: 3}
	}
	return layout{margin: 72, top: 64, bottom: 64, logo: 150, office: 34, election: 38, day: 30,
		label: 300, target: 54, date: 46, note: 38, caption: 26, stage: 38, progress: 30, stageLines: 2, targetLines: 2}
}

// drawInto draws the card of c on img when img has the card's size, so
// that a batch reuses one image, or on a new image.
func (r *Renderer) drawInto(img *image.RGBA, c Content, opt Options) *image.RGBA {
	size := opt.Size
	if size == "" {
		size = Square
	}
	th := opt.theme()
	b := size.Bounds()
	if img == nil || img.Bounds() != b {
		img = image.NewRGBA(b)
	}
	draw.Draw(img, b, image.NewUniform(th.Background), image.Point{}, draw.Src)
	l := layoutFor(size)
	W, H := b.Dx(), b.Dy()
	inner := W - 2*l.margin
	const bold, regular = typeface.Bold, typeface.Regular

	// Header: the office, the election and the card's day, beside the logo.
	headerW := inner
	headerBottom := l.top
	if opt.Logo != nil {
		box := image.Rect(W-l.margin-l.logo, l.top, W-l.margin, l.top+l.logo)
		drawLogo(img, box, opt.Logo)
		headerW -= l.logo + 32
		headerBottom = box.Max.Y
	}
	y := l.top
	if c.Office != "" {
		f := r.fit(bold, c.Office, l.office, headerW)
		y += capHeight(f)
		typeface.Draw(img, f, c.Office, l.margin, y, th.Foreground)
		y += l.office * 2 / 3
	}
	election := strings.ToUpper(c.Election)
	f := r.fit(bold, election, l.election, headerW)
	y += capHeight(f)
	typeface.Draw(img, f, election, l.margin, y, th.Accent)
	y += l.day
	f = r.fit(regular, c.Day, l.day, headerW)
	y += capHeight(f)
	typeface.Draw(img, f, c.Day, l.margin, y, th.Muted)
	headerBottom = max(headerBottom, y+descent(f))

	// Footer: the stage in progress, from the bottom up.
	footerTop := H - l.bottom
	if c.Stage != "" {
		stageFace := r.face(regular, l.stage)
		lines := wrap(stageFace, c.Stage, inner, l.stageLines)
		progFace := r.face(regular, l.progress)
		headFace := r.face(bold, l.caption)
		block := capHeight(headFace) + l.caption*3/4 + len(lines)*lineHeight(stageFace) + l.stage/2 + 14 + l.progress*2/3 + capHeight(progFace)
		yy := H - l.bottom - block
		footerTop = yy - l.caption*3/2
		drawRect(img, image.Rect(l.margin, footerTop, W-l.margin, footerTop+3), th.Muted)
		yy += capHeight(headFace)
		typeface.Draw(img, headFace, c.StageHead, l.margin, yy, th.Muted)
		yy += l.caption * 3 / 4
		for _, line := range lines {
			yy += ascent(stageFace)
			typeface.Draw(img, stageFace, line, l.margin, yy, th.Foreground)
			yy += lineHeight(stageFace) - ascent(stageFace)
		}
		yy += l.stage / 2
		bar := image.Rect(l.margin, yy, W-l.margin, yy+14)
		drawRect(img, bar, mix(th.Background, th.Muted, 0.35))
		fill := bar
		fill.Max.X = bar.Min.X + int(float64(bar.Dx())*min(max(c.Fraction, 0), 1)+0.5)
		drawRect(img, fill, th.Accent)
		yy += 14 + l.progress*2/3 + capHeight(progFace)
		typeface.Draw(img, progFace, c.Progress, l.margin, yy, th.Muted)
	}

	// The middle: the count and, where there is room, the next key stage,
	// spread over the space between header and footer.
	top, bottom := headerBottom, footerTop
	var nextLines []string
	var nextFace, nextHead font.Face
	nextH := 0
	if l.next > 0 && c.Next != "" {
		nextHead = r.face(bold, l.caption)
		nextFace, nextLines = r.wrapFit(regular, c.Next, l.next, inner, l.nextLines)
		nextH = capHeight(nextHead) + l.caption*3/4 + len(nextLines)*lineHeight(nextFace)
	}
	gaps := 2 // above and below the count
	if nextH > 0 {
		gaps = 3 // and between the count and the next stage
	}
	var labelFace font.Face
	labelH := 0
	if c.Label != "" {
		labelFace = r.fit(bold, c.Label, min(l.label, (bottom-top-nextH)*45/100), inner)
		labelH = capHeight(labelFace)
	}
	targetFace, targetLines := r.wrapFit(regular, c.Target, l.target, inner, l.targetLines)
	dateFace := r.fit(bold, c.Date, l.date, inner)
	var noteFace font.Face
	noteH := 0
	if c.Note != "" {
		noteFace = r.fit(bold, c.Note, l.note, inner)
		noteH = l.note*2/3 + lineHeight(noteFace)
	}
	countH := labelH + l.target*2/3 + len(targetLines)*lineHeight(targetFace) + l.date/4 + lineHeight(dateFace) + noteH
	gap := max(0, (bottom-top-countH-nextH)/gaps)
	if nextH == 0 {
		gap = max(0, (bottom-top-countH)/2)
	}
	yy := top + gap
	if labelFace != nil {
		yy += labelH
		typeface.Draw(img, labelFace, c.Label, l.margin-l.label/40, yy, th.Accent)
	}
	yy += l.target * 2 / 3
	for _, line := range targetLines {
		yy += ascent(targetFace)
		typeface.Draw(img, targetFace, line, l.margin, yy, th.Foreground)
		yy += lineHeight(targetFace) - ascent(targetFace)
	}
	yy += l.date/4 + ascent(dateFace)
	typeface.Draw(img, dateFace, c.Date, l.margin, yy, th.Foreground)
	yy += lineHeight(dateFace) - ascent(dateFace)
	if noteFace != nil {
		yy += l.note*2/3 + ascent(noteFace)
		typeface.Draw(img, noteFace, c.Note, l.margin, yy, th.Accent)
		yy += lineHeight(noteFace) - ascent(noteFace)
	}
	if nextH > 0 {
		yy += gap
		drawRect(img, image.Rect(l.margin, yy-l.caption, l.margin+inner/4, yy-l.caption+3), th.Muted)
		yy += capHeight(nextHead)
		typeface.Draw(img, nextHead, c.NextHead, l.margin, yy, th.Muted)
		yy += l.caption * 3 / 4
		for _, line := range nextLines {
			yy += ascent(nextFace)
			typeface.Draw(img, nextFace, line, l.margin, yy, th.Foreground)
			yy += lineHeight(nextFace) - ascent(nextFace)
		}
	}
	return img
}

// fit returns the face of weight w at size, smaller if needed so that s
// is at most width wide.
func (r *Renderer) fit(w typeface.Weight, s string, size, width int) font.Face {
	for size > 12 {
		f := r.face(w, size)
		if typeface.Width(f, s) <= width {
			return f
		}
		size = size * 95 / 100
	}
	return r.face(w, size)
}

// wrapFit wraps s into at most n lines of at most width at size, or at a
// smaller size, down to two thirds, where it would otherwise be cut.
func (r *Renderer) wrapFit(w typeface.Weight, s string, size, width, n int) (font.Face, []string) {
	for sz := size; ; sz = sz * 92 / 100 {
		f := r.face(w, sz)
		lines := wrap(f, s, width, n)
		if len(lines) == 0 || !strings.HasSuffix(lines[len(lines)-1], "…") || sz*92/100 < size*2/3 {
			return f, lines
		}
	}
}

// wrap breaks s into at most n lines of at most width, with an ellipsis
// on the last line when the text does not fit. It breaks at spaces only,
// not at no-break spaces.
func wrap(f font.Face, s string, width, n int) []string {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' })
	var lines []string
	cur := ""
	for i, w := range words {
		try := strings.TrimSpace(cur + " " + w)
		if typeface.Width(f, try) <= width || cur == "" {
			cur = try
			continue
		}
		lines = append(lines, cur)
		cur = w
		if len(lines) == n {
			rest := strings.Join(words[i:], " ")
			lines[n-1] = ellipsize(f, lines[n-1]+" "+rest, width)
			return lines
		}
	}
	if cur != "" {
		lines = append(lines, ellipsize(f, cur, width))
	}
	return lines
}

func ellipsize(f font.Face, s string, width int) string {
	if typeface.Width(f, s) <= width {
		return s
	}
	words := strings.Fields(s)
	for len(words) > 1 {
		words = words[:len(words)-1]
		t := strings.TrimRight(strings.Join(words, " "), ",;:") + "…"
		if typeface.Width(f, t) <= width {
			return t
		}
	}
	return "…"
}

func ascent(f font.Face) int     { return f.Metrics().Ascent.Ceil() }
func descent(f font.Face) int    { return f.Metrics().Descent.Ceil() }
func lineHeight(f font.Face) int { return f.Metrics().Height.Ceil() }

// capHeight returns the height of a capital letter above the baseline.
func capHeight(f font.Face) int {
	if b, _, ok := f.GlyphBounds('H'); ok {
		return (-b.Min.Y).Ceil()
	}
	return ascent(f) * 3 / 4
}

func drawRect(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Src)
}

func mix(a, b color.RGBA, t float64) color.RGBA {
	m := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 0xFF}
}

// drawLogo scales logo to fit box, keeping its aspect ratio, and draws it
// over the card, aligned to the box's top right.
func drawLogo(img *image.RGBA, box image.Rectangle, logo image.Image) {
	lb := logo.Bounds()
	if lb.Empty() {
		return
	}
	w, h := box.Dx(), box.Dy()
	if lb.Dx()*h > lb.Dy()*w {
		h = max(1, lb.Dy()*w/lb.Dx())
	} else {
		w = max(1, lb.Dx()*h/lb.Dy())
	}
	dst := image.Rect(box.Max.X-w, box.Min.Y, box.Max.X, box.Min.Y+h)
	draw.CatmullRom.Scale(img, dst, logo, lb, draw.Over, nil)
}

// pool keeps one encoder buffer; it serves one Renderer, which is not
// used concurrently.
type pool struct{ b *png.EncoderBuffer }

func (p *pool) Get() *png.EncoderBuffer  { b := p.b; p.b = nil; return b }
func (p *pool) Put(b *png.EncoderBuffer) { p.b = b }

// Encode writes img as a PNG to w. The output depends only on img: the
// encoder's settings are fixed. An opaque *image.RGBA, as [Renderer.Draw]
// returns, is written by a faster encoder of the kit's own (8-bit RGB,
// one filter for every row, fastest compression); other images by
// image/png.
func (r *Renderer) Encode(w io.Writer, img image.Image) error {
	if rgba, ok := img.(*image.RGBA); ok && rgba.Opaque() {
		return r.fast.encode(w, rgba)
	}
	return r.enc.Encode(w, img)
}

// Render writes the card of schedule s at the instant now as a PNG to w.
func Render(w io.Writer, s *tahapan.Schedule, now time.Time, opt Options) error {
	if s == nil {
		return errors.New("card: nil schedule")
	}
	if err := opt.check(); err != nil {
		return err
	}
	r := NewRenderer()
	var buf bytes.Buffer
	if err := r.Encode(&buf, r.Draw(ContentAt(s, now, opt), opt)); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
