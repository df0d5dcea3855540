// Command countdown prints how far an election is from a given day, using
// only the public API of tahapan: the H-n label, the stages in progress and
// the next one, in Indonesian.
//
//	go run ./examples/countdown 2023-07-23
package main

import (
	"fmt"
	"os"
	"time"

	_ "time/tzdata"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "countdown:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	s, err := schedules.Load("pemilu-2024")
	if err != nil {
		return err
	}
	wib, err := tahapan.Zone("WIB")
	if err != nil {
		return err
	}
	now := time.Now()
	if len(args) > 0 {
		d, err := tahapan.ParseDate(args[0])
		if err != nil {
			return err
		}
		now = d.At(tahapan.Clock{Hour: 9}, wib)
	}
	fmt.Println(s.Countdown(now, wib).Text("id"))
	for _, st := range s.InProgress(now, wib) {
		if st.Key {
			fmt.Printf("  berlangsung: %s (%s)\n", st.Name, st.Progress(now, wib).Text("id"))
		}
	}
	if next := s.Next(now, wib); next != nil {
		fmt.Printf("  berikutnya: %s, %s\n", next.Name, tahapan.FormatDate(next.Start, "id"))
	}
	return nil
}
