package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/tahapan/ical"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func newLintCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "lint FILE.ics...",
		Short: "Check iCalendar feeds for what breaks calendar clients, with line numbers",
		Long: `Check iCalendar files and print each problem as FILE:LINE: message: lines
not ending in CRLF or longer than 75 octets, folding that splits a UTF-8
character, a missing VERSION, PRODID, UID or DTSTAMP, duplicate UIDs, DTSTART
and DTEND of different types or in the wrong order, a TZID with no
VTIMEZONE, and REFRESH-INTERVAL without VALUE=DURATION. "-" reads stdin.
The exit code is 1 when a problem is found.

A file larger than 10 MB is refused (exit 2). At most 1000 problems are
listed per file, then a line saying how many more there are.`,
		Example: `  tahapan lint pemilu-2024.ics
  tahapan ics --key | tahapan lint -`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, files []string) error {
			type problem struct {
				Line    int    `json:"line"`
				Message string `json:"message"`
			}
			type result struct {
				File     string    `json:"file"`
				OK       bool      `json:"ok"`
				Problems []problem `json:"problems,omitempty"`
			}
			var results []result
			total := 0
			for _, f := range files {
				probs, err := lintFile(cmd, f)
				if err != nil {
					return inputError{err}
				}
				r := result{File: f, OK: len(probs) == 0}
				for _, p := range probs {
					r.Problems = append(r.Problems, problem{p.Line, p.Msg})
				}
				total += len(probs)
				if n := len(probs); n > 0 && probs[n-1].Line == 0 {
					total += probs[n-1].More - 1 // "… and N more problems" stands for N
				}
				results = append(results, r)
			}
			w := cmd.OutOrStdout()
			if g.output == "json" {
				if err := writeJSON(w, results); err != nil {
					return err
				}
			} else {
				for _, r := range results {
					if r.OK {
						fmt.Fprintf(w, "%s: ok\n", r.File)
					}
					for _, p := range r.Problems {
						if p.Line == 0 { // "… and N more problems"
							fmt.Fprintf(w, "%s: %s\n", r.File, p.Message)
							continue
						}
						fmt.Fprintf(w, "%s:%d: %s\n", r.File, p.Line, p.Message)
					}
				}
			}
			if total > 0 {
				// An error, so in English whatever --lang says.
				return fmt.Errorf("%s in %s", kata.Count(total, "masalah", "problem", kata.English),
					kata.Count(len(files), "berkas", "file", kata.English))
			}
			return nil
		},
	}
}

func lintFile(cmd *cobra.Command, name string) ([]ical.Problem, error) {
	var r io.Reader = cmd.InOrStdin()
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	probs, err := ical.Lint(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return probs, nil
}
