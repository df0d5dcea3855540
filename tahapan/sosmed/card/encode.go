package card

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
)

// pngEncoder writes opaque RGBA images as 8-bit RGB PNGs, faster than
// image/png: every row uses the Sub filter, which suits a card's flat
// colour, instead of trying all five filters on each row. It keeps its
// buffers between images; it is not safe for concurrent use.
type pngEncoder struct {
	zbuf bytes.Buffer
	zw   *zlib.Writer
	row  []byte
}

// encode writes img, which must be opaque, as a PNG to w.
func (e *pngEncoder) encode(w io.Writer, img *image.RGBA) error {
	b := img.Bounds()
	W, H := b.Dx(), b.Dy()
	e.zbuf.Reset()
	if e.zw == nil {
		zw, err := zlib.NewWriterLevel(&e.zbuf, zlib.BestSpeed)
		if err != nil {
			return err
		}
		e.zw = zw
	} else {
		e.zw.Reset(&e.zbuf)
	}
	if cap(e.row) < 1+3*W {
		e.row = make([]byte, 1+3*W)
	}
	row := e.row[:1+3*W]
	row[0] = 1 // the Sub filter: each byte less the one a pixel to its left
	for y := b.Min.Y; y < b.Max.Y; y++ {
		i := img.PixOffset(b.Min.X, y)
		pix := img.Pix[i : i+4*W]
		var pr, pg, pb byte
		for x, j := 0, 1; x < 4*W; x, j = x+4, j+3 {
			r, g, bl := pix[x], pix[x+1], pix[x+2]
			row[j], row[j+1], row[j+2] = r-pr, g-pg, bl-pb
			pr, pg, pb = r, g, bl
		}
		if _, err := e.zw.Write(row); err != nil {
			return err
		}
	}
	if err := e.zw.Close(); err != nil {
		return err
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(W))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(H))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits per sample, truecolour; deflate, adaptive filtering, no interlace
	if _, err := io.WriteString(w, "\x89PNG\r\n\x1a\n"); err != nil {
		return err
	}
	for _, c := range []struct {
		typ  string
		data []byte
	}{{"IHDR", ihdr[:]}, {"IDAT", e.zbuf.Bytes()}, {"IEND", nil}} {
		if err := writeChunk(w, c.typ, c.data); err != nil {
			return err
		}
	}
	return nil
}

func writeChunk(w io.Writer, typ string, data []byte) error {
	var hdr [8]byte
	binary.BigEndian.PutUint32(hdr[:4], uint32(len(data)))
	copy(hdr[4:], typ)
	crc := crc32.NewIEEE()
	crc.Write(hdr[4:])
	crc.Write(data)
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], crc.Sum32())
	for _, b := range [][]byte{hdr[:], data, sum[:]} {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}
