package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

type countdownOptions struct {
	*globals
	end bool
}

func newCountdownCmd(g *globals) *cobra.Command {
	o := &countdownOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "countdown [STAGE-ID]",
		Short: "Count down to voting day, or to a stage's start or end",
		Long: `Count the days from --at (default today) to voting day, or to the start of
a stage (its end with --end), as election offices do: "H-206", months and
days, weeks, and the time left until polling stations open at 07:00.`,
		Example: `  tahapan countdown
  tahapan countdown --schedule pemilu-2024 --at 2023-07-23 --output json
  tahapan countdown masa-kampanye --end --at 2024-01-01`,
		Args: args(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			return o.run(cmd, a)
		},
	}
	cmd.Flags().BoolVar(&o.end, "end", false, "count to the stage's last day instead of its first")
	return cmd
}

func (o *countdownOptions) run(cmd *cobra.Command, a []string) error {
	now, s, err := o.setup()
	if err != nil {
		return err
	}
	loc := o.loc()
	var c tahapan.Countdown
	if len(a) == 0 {
		c = s.Countdown(now, loc)
	} else {
		st, err := s.Stage(a[0])
		if err != nil {
			return inputError{err}
		}
		c = s.CountdownStage(st, o.end, now, loc)
	}
	cal, err := o.calendar(calendarOptions{})
	if err != nil {
		return err
	}
	c = c.CountWorkdays(cal)
	w := cmd.OutOrStdout()
	if o.output == "json" {
		return writeJSON(w, c)
	}
	fmt.Fprintln(w, c.Text(o.lang))
	if c.Phase == tahapan.BeforePolls {
		fmt.Fprintf(w, o.lang.Pick("TPS dibuka %s pukul %s %s · %s\n", "Polls open %s at %s %s · %s\n"),
			tahapan.FormatDate(c.TargetDate, o.lang), kata.Clock(s.PollingHours.Open.Hour, s.PollingHours.Open.Minute, o.lang),
			tahapan.ZoneAbbrev(loc, c.PollsOpen),
			untilText(c.Until, o.lang))
	}
	writeOngoing(w, s.InProgressOn(c.At), c.At, o.lang)
	return nil
}
