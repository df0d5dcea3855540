package card

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/kalender-pemilu/tahapan/internal/atomicfile"
	"github.com/kalender-pemilu/tahapan/tahapan"
)

// MaxBatchDays is the longest period [Batch] accepts: ten years.
const MaxBatchDays = 3653

// BatchOptions controls [Batch].
type BatchOptions struct {
	Options
	// Workers is the number of cards drawn at once; 0 means one per
	// processor (runtime.GOMAXPROCS).
	Workers int
	// Overwrite lets Batch replace cards already in the folder; without
	// it, Batch stops at the first file that exists (an error wrapping
	// [ErrExists]).
	Overwrite bool
	// Progress, when set, is called after each card with the number of
	// cards written and the total. Calls come from one goroutine at a
	// time, in order.
	Progress func(done, total int)
}

// FileName returns the name of the card of day in a batch:
// "2023-07-23.png".
func FileName(day tahapan.Date) string { return day.String() + ".png" }

// Batch writes the card of each day of p, both ends included, to dir as
// [FileName] and returns the paths written, in date order. The cards are
// drawn by a pool of workers; each file is the same as [Render] would
// write, whatever the number of workers. Batch stops at the first error.
func Batch(s *tahapan.Schedule, p tahapan.Period, dir string, opt BatchOptions) ([]string, error) {
	if s == nil {
		return nil, errors.New("card: nil schedule")
	}
	if err := opt.check(); err != nil {
		return nil, err
	}
	if p.End.Before(p.Start) {
		return nil, fmt.Errorf("card: period ends %s, before it starts %s", p.End, p.Start)
	}
	total := p.Days()
	if total > MaxBatchDays {
		return nil, fmt.Errorf("card: %d days is more than %d", total, MaxBatchDays)
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, total)

	paths := make([]string, total)
	jobs := make(chan int)
	var (
		mu       sync.Mutex
		firstErr error
		done     int
	)
	failed := func() bool { mu.Lock(); defer mu.Unlock(); return firstErr != nil }
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := NewRenderer()
			var buf bytes.Buffer
			var img *image.RGBA
			for i := range jobs {
				day := p.Start.AddDays(i)
				buf.Reset()
				path := filepath.Join(dir, FileName(day))
				img = r.drawInto(img, ContentOn(s, day, opt.Options), opt.Options)
				err := r.Encode(&buf, img)
				if err == nil {
					err = atomicfile.WriteFile(path, buf.Bytes(), opt.Overwrite)
				}
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
				}
				if err == nil {
					paths[i] = path
					done++
					if opt.Progress != nil {
						opt.Progress(done, total)
					}
				}
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < total && !failed(); i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	return paths, nil
}

// ErrExists is the error, wrapped, of [Batch] when a file exists and may
// not be replaced.
var ErrExists = atomicfile.ErrExists
