package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed"
)

// registerCompletions teaches shell completion the values tahapan knows:
// schedule ids for --schedule, stage ids of the chosen schedule for the
// commands that take one and for --stage, platforms, zones and languages.
func registerCompletions(root *cobra.Command, g *globals) {
	fixed := func(values ...string) cobra.CompletionFunc {
		return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
	}
	_ = root.RegisterFlagCompletionFunc("schedule", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		// A file is welcome too, so files stay in the list.
		return append(schedules.Names(), "all"), cobra.ShellCompDirectiveDefault
	})
	_ = root.RegisterFlagCompletionFunc("tz", fixed("WIB", "WITA", "WIT", tahapan.WIB, tahapan.WITA, tahapan.WIT))
	_ = root.RegisterFlagCompletionFunc("lang", fixed("id", "en"))
	var platforms []string
	for _, p := range sosmed.Platforms() {
		platforms = append(platforms, string(p))
	}
	stageIDs := func(cmd *cobra.Command, _ []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return completeStages(g, prefix), cobra.ShellCompDirectiveNoFileComp
	}
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		switch c.Name() {
		case "countdown", "explain":
			c.ValidArgsFunction = func(cmd *cobra.Command, args []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
				if len(args) > 0 {
					return nil, cobra.ShellCompDirectiveNoFileComp
				}
				return stageIDs(cmd, args, prefix)
			}
		}
		for _, name := range []string{"platform", "platforms"} {
			if c.LocalFlags().Lookup(name) != nil {
				_ = c.RegisterFlagCompletionFunc(name, fixed(platforms...))
			}
		}
		if c.LocalFlags().Lookup("stage") != nil {
			_ = c.RegisterFlagCompletionFunc("stage", stageIDs)
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// completeStages returns the stage ids of the schedule the command line
// names (or would choose) that start with prefix.
func completeStages(g *globals, prefix string) []string {
	var s *tahapan.Schedule
	var err error
	if g.schedule == "" || g.schedule == "all" {
		now, err := g.instant()
		if err != nil {
			return nil
		}
		all, _ := schedules.All()
		s = tahapan.Choose(all, now)
	} else if !strings.HasSuffix(g.schedule, ".yaml") && !strings.HasSuffix(g.schedule, ".yml") {
		s, err = schedules.Load(g.schedule)
	} else {
		s, err = schedules.LoadFile(g.schedule)
	}
	if err != nil || s == nil {
		return nil
	}
	var out []string
	for _, id := range s.IDs() {
		if strings.HasPrefix(id, prefix) {
			out = append(out, id)
		}
	}
	return out
}
