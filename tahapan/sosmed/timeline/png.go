package timeline

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"strconv"

	"golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/vector"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed/typeface"
)

// The size of a PNG chart: as wide as a feed post, no taller than a story.
const (
	PNGWidth     = 1080
	PNGMaxHeight = 1920
)

// RenderPNG draws the chart of schedule s as a PNG, 1080 pixels wide and
// at most 1920 tall, with the card's typeface, and writes it to w. The
// chart is laid out at the narrowest width (540 units and up) whose height
// fits, then scaled to 1080 pixels, so that its text is as large as the
// height allows; opt.Width is ignored. A chart too tall even at 1080 units
// is an error: draw the key stages only ([Options].KeyOnly), as the CLI
// does by default.
func RenderPNG(w io.Writer, s *tahapan.Schedule, opt Options) error {
	img, err := DrawPNG(s, opt)
	if err != nil {
		return err
	}
	return (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(w, img)
}

// DrawPNG is [RenderPNG] without the encoding.
func DrawPNG(s *tahapan.Schedule, opt Options) (*image.RGBA, error) {
	var c *chart
	for width := PNGWidth / 2; ; width += 30 {
		width = min(width, PNGWidth)
		opt.Width = width
		var err error
		if c, err = build(s, opt); err != nil {
			return nil, err
		}
		if float64(c.H)*PNGWidth/float64(width) <= PNGMaxHeight {
			break
		}
		if width == PNGWidth {
			return nil, fmt.Errorf("timeline: %d stages do not fit in %d×%d pixels; draw the key stages only", countGroups(c), PNGWidth, PNGMaxHeight)
		}
	}
	return c.raster(float64(PNGWidth) / float64(c.W)), nil
}

func countGroups(c *chart) int {
	n := 0
	for _, it := range c.items {
		if it.kind == groupItem {
			n++
		}
	}
	return n
}

// raster draws the chart at scale pixels per unit.
func (c *chart) raster(scale float64) *image.RGBA {
	W, H := int(float64(c.W)*scale+0.5), int(float64(c.H)*scale+0.5)
	img := image.NewRGBA(image.Rect(0, 0, W, H))
	faces := map[[2]int]font.Face{}
	face := func(size int, bold bool) font.Face {
		k := [2]int{size, 0}
		w := typeface.Regular
		if bold {
			k[1], w = 1, typeface.Bold
		}
		f, ok := faces[k]
		if !ok {
			f = typeface.NewFace(w, float64(size)*scale)
			faces[k] = f
		}
		return f
	}
	px := func(v float64) int { return int(v*scale + 0.5) }
	fillRect := func(x, y, w, h float64, col color.RGBA) {
		r := image.Rect(px(x), px(y), px(x+w), px(y+h))
		if r.Dx() == 0 {
			r.Max.X++
		}
		draw.Draw(img, r, image.NewUniform(col), image.Point{}, draw.Over)
	}
	for _, it := range c.items {
		switch it.kind {
		case rectItem:
			if it.fill != "none" {
				fillRect(it.x, it.y, it.w, it.h, rgb(it.fill))
			} else if it.stroke != "" {
				col := rgb(it.stroke)
				fillRect(it.x, it.y, it.w, 1, col)
				fillRect(it.x, it.y+it.h-1, it.w, 1, col)
				fillRect(it.x, it.y, 1, it.h, col)
				fillRect(it.x+it.w-1, it.y, 1, it.h, col)
			}
		case lineItem:
			col := rgb(it.fill)
			if !it.dash {
				fillRect(it.x-it.width/2, it.y, it.width, it.h, col)
				continue
			}
			for y := it.y; y < it.y+it.h; y += 10 {
				fillRect(it.x-it.width/2, y, it.width, min(6, it.y+it.h-y), col)
			}
		case diamondItem:
			var z vector.Rasterizer
			z.Reset(W, H)
			cx, cy, r := float32(it.x*scale), float32(it.y*scale), float32(it.w*scale)
			z.MoveTo(cx, cy-r)
			z.LineTo(cx+r, cy)
			z.LineTo(cx, cy+r)
			z.LineTo(cx-r, cy)
			z.ClosePath()
			z.Draw(img, img.Bounds(), image.NewUniform(rgb(it.fill)), image.Point{})
		case textItem:
			f := face(it.size, it.bold)
			for i, l := range it.lines {
				x := px(it.x)
				switch it.anchor {
				case "middle":
					x -= typeface.Width(f, l) / 2
				case "end":
					x -= typeface.Width(f, l)
				}
				typeface.Draw(img, f, l, x, px(it.y+float64(i)*it.lineH), rgb(it.fill))
			}
		}
	}
	return img
}

// rgb parses a #RRGGBB colour of the chart's palette.
func rgb(s string) color.RGBA {
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if len(s) != 7 || err != nil {
		panic(errors.New("timeline: bad colour " + s)) // the palette is constant
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xFF}
}
