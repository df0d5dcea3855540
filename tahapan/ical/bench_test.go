package ical_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/ical"
)

// BenchmarkEncode encodes the full Pemilu 2024 feed: every stage and
// sub-stage, the polling-hours event and its VTIMEZONE.
func BenchmarkEncode(b *testing.B) {
	s := pemilu(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := ical.Encode(io.Discard, s, ical.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLint lints the full Pemilu 2024 feed.
func BenchmarkLint(b *testing.B) {
	feed := encode(b, pemilu(b), ical.Options{})
	b.ReportAllocs()
	b.SetBytes(int64(len(feed)))
	for b.Loop() {
		if _, err := ical.Lint(bytes.NewReader(feed)); err != nil {
			b.Fatal(err)
		}
	}
}
