// Package card draws countdown cards for social media: a PNG with the big
// H-label ("H-206"), "menuju Pemungutan Suara", the election's name, voting
// day's date and the stage in progress, in Indonesian.
//
// Cards come in the three sizes that Instagram, Facebook and TikTok show
// best ([Square], [Portrait], [Story]). The text is set in the Go fonts
// (golang.org/x/image/font/gofont), which are embedded in the program and
// cover Indonesian; the output depends only on the input, so the same day
// always gives the same bytes.
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
	"sync"

	"golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed"
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
	return "", fmt.Errorf("unknown card size %q: want square, portrait or story", s)
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

// ParseColor parses a colour written as #RRGGBB or #RGB.
func ParseColor(s string) (color.RGBA, error) {
	h := strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if len(h) != 6 || err != nil {
		return color.RGBA{}, fmt.Errorf("invalid colour %q: want #RRGGBB", s)
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xFF}, nil
}

// LoadTheme reads a theme file: a JSON object with any of the keys
// "background", "foreground", "accent" and "muted", each a #RRGGBB colour.
// Colours it leaves out are those of base.
//
//	{"background": "#0B3D91", "accent": "#FFC107"}
func LoadTheme(r io.Reader, base Theme) (Theme, error) {
	var raw map[string]string
	dec := json.NewDecoder(r)
	if err := dec.Decode(&raw); err != nil {
		return base, fmt.Errorf("theme: %w", err)
	}
	t := base
	for k, v := range raw {
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
			return base, fmt.Errorf("theme: unknown key %q: want background, foreground, accent or muted", k)
		}
		c, err := ParseColor(v)
		if err != nil {
			return base, fmt.Errorf("theme: %s: %w", k, err)
		}
		*dst = c
	}
	return t, nil
}

// Options controls a card. The zero value is a square card in
// [DefaultTheme] without a logo.
type Options struct {
	Size  Size        // "" means Square
	Theme *Theme      // nil means DefaultTheme
	Logo  image.Image // drawn in the top right corner, scaled to fit; nil for none
}

func (o Options) theme() Theme {
	if o.Theme != nil {
		return *o.Theme
	}
	return DefaultTheme
}

// Content is the text of a card.
type Content struct {
	Label      string // "H-206"
	Target     string // "menuju Pemungutan Suara"
	Election   string // "Pemilu Serentak 2024"
	VotingDate string // "Rabu, 14 Februari 2024"
	Day        string // the day of the card: "Minggu, 23 Juli 2023"
	Stage      string // the stage in progress that matters most, or ""
	Progress   string // its progress: "hari ke-12 dari 75"
	// Fraction is how far the stage has run, from 0 to 1, for the bar.
	Fraction float64
}

// ContentOn returns the content of the card of schedule s for day.
func ContentOn(s *tahapan.Schedule, day tahapan.Date) Content {
	vd, set := s.VotingDay()
	days := vd.DaysSince(day)
	c := Content{
		Label:      tahapan.HLabel(days),
		Target:     "menuju Pemungutan Suara",
		Election:   s.Name,
		VotingDate: "Hari pemungutan suara belum ditetapkan",
		Day:        tahapan.FormatDate(day, "id"),
	}
	if set {
		c.VotingDate = tahapan.FormatDate(vd, "id")
	}
	switch {
	case !set:
		// No H-label before KPU sets the voting day: the days to the next
		// known date instead.
		cd := s.Countdown(day.In(s.Location()), s.Location())
		c.Label = fmt.Sprintf("%d hari", cd.Days)
		c.Target = "menuju " + cd.TargetName
		if cd.Days < 0 {
			c.Label, c.Target = fmt.Sprintf("%d hari", -cd.Days), "sejak "+cd.TargetName
		}
	case days == 0:
		c.Target = "hari ini Pemungutan Suara"
	case days < 0:
		c.Target = "setelah Pemungutan Suara"
	}
	if list := sosmed.StagesInProgress(s, day); len(list) > 0 {
		st := list[0]
		p := st.ProgressOn(day)
		c.Stage = st.Name
		c.Progress = p.Text("id")
		if p.Total == 1 {
			c.Progress = "hari ini"
		}
		c.Fraction = float64(p.Day) / float64(p.Total)
	}
	return c
}

// fonts are parsed once; an *opentype.Font is safe for concurrent use,
// the faces made from it are not.
var fonts = sync.OnceValues(func() (map[string]*opentype.Font, error) {
	m := map[string]*opentype.Font{}
	for name, ttf := range map[string][]byte{"regular": goregular.TTF, "bold": gobold.TTF} {
		f, err := opentype.Parse(ttf)
		if err != nil {
			return nil, err
		}
		m[name] = f
	}
	return m, nil
})

// A Renderer draws cards. It keeps font faces between cards, so reuse one
// for many cards. A Renderer is not safe for concurrent use; give each
// goroutine its own.
type Renderer struct {
	faces map[faceKey]font.Face
	enc   png.Encoder
}

type faceKey struct {
	font string
	size int
}

// NewRenderer returns a Renderer.
func NewRenderer() *Renderer {
	return &Renderer{faces: map[faceKey]font.Face{}, enc: png.Encoder{CompressionLevel: png.BestSpeed, BufferPool: &pool{}}}
}

func (r *Renderer) face(name string, size int) font.Face {
	k := faceKey{name, size}
	if f, ok := r.faces[k]; ok {
		return f
	}
	fs, err := fonts()
	if err != nil {
		panic(err) // the embedded Go fonts always parse
	}
	f, err := opentype.NewFace(fs[name], &opentype.FaceOptions{Size: float64(size), DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic(err)
	}
	r.faces[k] = f
	return f
}

// Draw draws the card of c on a new image.
func (r *Renderer) Draw(c Content, opt Options) *image.RGBA {
	return r.drawInto(nil, c, opt)
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

	// Header: the election's name and the card's day, beside the logo.
	headerW := inner
	if opt.Logo != nil {
		box := image.Rect(W-l.margin-l.logo, l.top, W-l.margin, l.top+l.logo)
		drawLogo(img, box, opt.Logo)
		headerW -= l.logo + 30
	}
	y := l.top
	name := r.fit("bold", strings.ToUpper(c.Election), l.election, headerW)
	y += ascent(name)
	r.text(img, name, strings.ToUpper(c.Election), l.margin, y, th.Accent)
	day := r.fit("regular", c.Day, l.day, headerW)
	y += l.day*3/2 + 4
	r.text(img, day, c.Day, l.margin, y, th.Muted)
	headerBottom := max(y+descent(day), l.top+l.logoHeight(opt.Logo != nil))

	// Footer: the stage in progress, from the bottom up.
	footerTop := H - l.top
	if c.Stage != "" {
		stageFace := r.face("regular", l.stage)
		lines := r.wrap(stageFace, c.Stage, inner, l.stageLines)
		progFace := r.face("regular", l.progress)
		labelFace := r.face("bold", l.caption)
		block := ascent(labelFace) + 24 + len(lines)*lineHeight(stageFace) + 20 + 14 + 22 + ascent(progFace) + descent(progFace)
		yy := H - l.top - block
		footerTop = yy - 40
		drawRect(img, image.Rect(l.margin, footerTop, W-l.margin, footerTop+3), th.Muted)
		yy += ascent(labelFace)
		r.text(img, labelFace, "TAHAPAN BERLANGSUNG", l.margin, yy, th.Muted)
		yy += 24
		for _, line := range lines {
			yy += ascent(stageFace)
			r.text(img, stageFace, line, l.margin, yy, th.Foreground)
			yy += lineHeight(stageFace) - ascent(stageFace)
		}
		yy += 20
		bar := image.Rect(l.margin, yy, W-l.margin, yy+14)
		drawRect(img, bar, mix(th.Background, th.Muted, 0.35))
		fill := bar
		fill.Max.X = bar.Min.X + int(float64(bar.Dx())*min(max(c.Fraction, 0), 1)+0.5)
		drawRect(img, fill, th.Accent)
		yy += 14 + 22 + ascent(progFace)
		r.text(img, progFace, c.Progress, l.margin, yy, th.Muted)
	}

	// Centre: the H-label, what it counts to, and the date, in the space
	// left between header and footer.
	top, bottom := headerBottom+l.gap, footerTop-l.gap
	labelFace := r.fit("bold", c.Label, min(l.label, (bottom-top)*55/100), inner)
	targetFace := r.fit("regular", c.Target, l.target, inner)
	dateFace := r.fit("bold", c.VotingDate, l.date, inner)
	labelH := ascent(labelFace)
	block := labelH + 30 + lineHeight(targetFace) + 12 + lineHeight(dateFace)
	yy := top + max(0, (bottom-top-block)/2) + labelH
	r.text(img, labelFace, c.Label, l.margin-3, yy, th.Accent)
	yy += 30 + ascent(targetFace)
	r.text(img, targetFace, c.Target, l.margin, yy, th.Foreground)
	yy += descent(targetFace) + 12 + ascent(dateFace)
	r.text(img, dateFace, c.VotingDate, l.margin, yy, th.Foreground)
	return img
}

// layout holds the measures of a card size, in pixels.
type layout struct {
	margin, top, gap         int // margin: left and right; top: top and bottom
	logo                     int
	election, day            int // header font sizes
	label, target, date      int // centre font sizes
	caption, stage, progress int // footer font sizes
	stageLines               int
}

func (l layout) logoHeight(has bool) int {
	if has {
		return l.logo
	}
	return 0
}

func layoutFor(s Size) layout {
	l := layout{margin: 80, top: 80, gap: 40, logo: 140, election: 44, day: 36, label: 330, target: 60, date: 54,
		caption: 30, stage: 42, progress: 34, stageLines: 2}
	switch s {
	case Portrait:
		l.label, l.gap, l.stageLines = 360, 60, 3
	case Story:
		// Stories are cut at the top and bottom by the app's own controls:
		// keep 250 px clear at each end.
		l.top, l.label, l.gap, l.target, l.date, l.stage, l.stageLines = 250, 420, 80, 66, 58, 46, 3
	}
	return l
}

// fit returns the face of the named font at size, smaller if needed so
// that s is at most width wide.
func (r *Renderer) fit(name, s string, size, width int) font.Face {
	for size > 12 {
		f := r.face(name, size)
		if font.MeasureString(f, s).Ceil() <= width {
			return f
		}
		size = size * 95 / 100
	}
	return r.face(name, size)
}

// wrap breaks s into at most n lines of at most width, with an ellipsis
// on the last line when the text does not fit.
func (r *Renderer) wrap(f font.Face, s string, width, n int) []string {
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for i, w := range words {
		try := strings.TrimSpace(cur + " " + w)
		if font.MeasureString(f, try).Ceil() <= width || cur == "" {
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
	if font.MeasureString(f, s).Ceil() <= width {
		return s
	}
	words := strings.Fields(s)
	for len(words) > 1 {
		words = words[:len(words)-1]
		t := strings.TrimRight(strings.Join(words, " "), ",;:") + "…"
		if font.MeasureString(f, t).Ceil() <= width {
			return t
		}
	}
	return "…"
}

func (r *Renderer) text(img *image.RGBA, f font.Face, s string, x, y int, c color.RGBA) {
	d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: f, Dot: fixed.P(x, y)}
	d.DrawString(s)
}

func ascent(f font.Face) int     { return f.Metrics().Ascent.Ceil() }
func descent(f font.Face) int    { return f.Metrics().Descent.Ceil() }
func lineHeight(f font.Face) int { return f.Metrics().Height.Ceil() }

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
		h = lb.Dy() * w / lb.Dx()
	} else {
		w = lb.Dx() * h / lb.Dy()
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
// encoder's settings (fastest compression) are fixed.
func (r *Renderer) Encode(w io.Writer, img image.Image) error {
	return r.enc.Encode(w, img)
}

// Render writes the card of schedule s for day as a PNG to w.
func Render(w io.Writer, s *tahapan.Schedule, day tahapan.Date, opt Options) error {
	if s == nil {
		return errors.New("card: nil schedule")
	}
	r := NewRenderer()
	var buf bytes.Buffer
	if err := r.Encode(&buf, r.Draw(ContentOn(s, day), opt)); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
