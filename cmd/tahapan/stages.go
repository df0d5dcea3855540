package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

type stagesOptions struct {
	*globals
	tag string
	key bool
}

func newStagesCmd(g *globals) *cobra.Command {
	o := &stagesOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "stages [--schedule all]",
		Short: "List every stage and sub-stage with its status and progress",
		Example: `  tahapan stages --schedule pemilu-2024 --at 2023-12-09
  tahapan stages --key --output json`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			now, list, err := o.setupAll()
			if err != nil {
				return err
			}
			day := tahapan.Today(now, o.loc())
			if cmd.Flags().Changed("tag") {
				if err := checkTags(list, []string{o.tag}); err != nil {
					return err
				}
			}
			var states []tahapan.StageState
			for _, s := range list {
				for _, st := range s.Filter(func(st *tahapan.Stage) bool {
					return (o.tag == "" || st.HasTag(o.tag)) && (!o.key || st.Key)
				}) {
					state := st.StateOn(day)
					if len(list) > 1 {
						state.Schedule = s.ID
					}
					states = append(states, state)
				}
			}
			w := cmd.OutOrStdout()
			if o.output == "json" {
				if states == nil {
					states = []tahapan.StageState{}
				}
				return writeJSON(w, states)
			}
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, o.lang.Pick("MULAI\tSELESAI\tSTATUS\tPROGRES\tTAHAPAN", "START\tEND\tSTATUS\tPROGRESS\tSTAGE"))
			for _, st := range states {
				status := st.Status.Local(o.lang)
				if st.Cancelled {
					status = o.lang.Pick("batal", "cancelled")
				}
				name := o.lang.Pick(st.Name, cmp.Or(st.NameEN, st.Name))
				id := st.ID
				if st.Schedule != "" {
					id = st.Schedule + "/" + st.ID
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%s%s [%s]\n", st.Start, st.End, status,
					st.Progress.Day, st.Progress.Total, indent(st.Depth), name, id)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&o.tag, "tag", "", "only stages with this tag")
	cmd.Flags().BoolVar(&o.key, "key", false, "only key dates")
	return cmd
}

// checkTags refuses a --tag that no stage of list has, and names the tags
// there are.
func checkTags(list []*tahapan.Schedule, want []string) error {
	var tags []string
	for _, s := range list {
		tags = append(tags, s.Tags()...)
	}
	for _, tag := range want {
		if !slices.Contains(tags, tag) {
			slices.Sort(tags)
			return badInput("--tag: no stage has tag %q (have %s)", shortValue(tag), strings.Join(slices.Compact(tags), ", "))
		}
	}
	return nil
}

func newNowCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "now",
		Short: "Show what is in progress at --at and what comes next",
		Args:  args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			now, s, err := g.setup()
			if err != nil {
				return err
			}
			loc := g.loc()
			c := s.Countdown(now, loc)
			ongoing := s.InProgressOn(c.At)
			next := s.NextOn(c.At)
			w := cmd.OutOrStdout()
			if g.output == "json" {
				out := struct {
					Schedule  string               `json:"schedule"`
					AtDate    tahapan.Date         `json:"at_date"`
					Countdown tahapan.Countdown    `json:"countdown"`
					Ongoing   []tahapan.StageState `json:"ongoing"`
					Next      *tahapan.StageState  `json:"next"`
					NextIn    *int                 `json:"next_in_days,omitempty"`
				}{Schedule: s.ID, AtDate: c.At, Countdown: c, Ongoing: []tahapan.StageState{}}
				for _, st := range ongoing {
					out.Ongoing = append(out.Ongoing, st.StateOn(c.At))
				}
				if next != nil {
					ns := next.StateOn(c.At)
					days := next.Start.DaysSince(c.At)
					out.Next, out.NextIn = &ns, &days
				}
				return writeJSON(w, out)
			}
			fmt.Fprintf(w, "%s (%s) · %s · %s\n", tahapan.FormatDate(c.At, g.lang), tahapan.ZoneAbbrev(loc, now),
				s.LocalName(g.lang), c.Headline(g.lang))
			writeOngoing(w, ongoing, c.At, g.lang)
			if next != nil {
				fmt.Fprintf(w, g.lang.Pick("Berikutnya: %s, mulai %s (%s)\n", "Next: %s, from %s (%s)\n"),
					next.LocalName(g.lang), tahapan.FormatDate(next.Start, g.lang), kata.ToGo(kata.Days(next.Start.DaysSince(c.At), g.lang), g.lang))
			}
			return nil
		},
	}
}
