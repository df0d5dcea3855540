package tahapan_test

import (
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
)

// BenchmarkLoadEmbedded loads the embedded Pemilu 2024 schedule from YAML.
func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tahapan.LoadFS(schedules.FS, "pemilu-2024.yaml"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCountdown computes one countdown to voting day.
func BenchmarkCountdown(b *testing.B) {
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		b.Fatal(err)
	}
	wib, _ := tahapan.Zone("WIB")
	now := time.Date(2023, 7, 23, 9, 0, 0, 0, wib)
	b.ReportAllocs()
	for b.Loop() {
		if c := s.Countdown(now, wib); c.Days != 206 {
			b.Fatal(c.Days)
		}
	}
}
