package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
)

func newSchedulesCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "schedules",
		Short: "List the embedded schedules",
		Args:  args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			all, err := schedules.All()
			if err != nil {
				return err
			}
			type row struct {
				ID        string        `json:"id"`
				Name      string        `json:"name"`
				NameEN    string        `json:"name_en"`
				Kind      string        `json:"kind"`
				Status    string        `json:"status"`
				VotingDay *tahapan.Date `json:"voting_day"` // null before KPU sets it
				Stages    int           `json:"stages"`
				Legal     string        `json:"legal_basis"`
			}
			var rows []row
			for _, s := range all {
				r := row{s.ID, s.Name, s.NameEN, s.Kind, s.Status, nil, len(s.All()), s.LegalBasis}
				if vd, set := s.VotingDay(); set {
					r.VotingDay = &vd
				}
				rows = append(rows, r)
			}
			w := cmd.OutOrStdout()
			if g.output == "json" {
				return writeJSON(w, rows)
			}
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\t"+tr(g.lang, "NAMA\tPEMUNGUTAN SUARA\tSTATUS\tTAHAPAN", "NAME\tVOTING DAY\tSTATUS\tSTAGES"))
			for _, r := range rows {
				name := r.Name
				if g.lang == "en" {
					name = r.NameEN
				}
				day := tr(g.lang, "belum ditetapkan", "not set yet")
				if r.VotingDay != nil {
					day = tahapan.FormatDate(*r.VotingDay, g.lang)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", r.ID, name, day, r.Status, r.Stages)
			}
			return tw.Flush()
		},
	}
}

func newValidateCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check schedule files and report every problem with file:line:col",
		Example: `  tahapan validate my-schedule.yaml
  tahapan validate schedules/*.yaml`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, files []string) error {
			type problem struct {
				File    string `json:"file"`
				Line    int    `json:"line"`
				Col     int    `json:"col"`
				Message string `json:"message"`
			}
			type result struct {
				File     string    `json:"file"`
				OK       bool      `json:"ok"`
				Stages   int       `json:"stages,omitempty"`
				Problems []problem `json:"problems,omitempty"`
			}
			var results []result
			var errs []error
			for _, f := range files {
				s, err := g.loadFile(f)
				r := result{File: f, OK: err == nil}
				if err == nil {
					r.Stages = len(s.All())
				}
				for _, e := range tahapan.Errors(err) {
					var pe *tahapan.PosError
					if errors.As(e, &pe) {
						r.Problems = append(r.Problems, problem{pe.File, pe.Line, pe.Col, pe.Msg})
					} else {
						r.Problems = append(r.Problems, problem{File: f, Message: e.Error()})
					}
					errs = append(errs, e)
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
						fmt.Fprintf(w, "%s: ok (%d stages)\n", r.File, r.Stages)
					}
				}
			}
			if len(errs) > 0 {
				return inputError{errors.Join(errs...)}
			}
			return nil
		},
	}
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of tahapan",
		Args:  args(cobra.NoArgs),
		Long: `Print the module version and, when the binary was built from a git
checkout, the commit, its date, and "modified" when the tree had changes.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(cmd.OutOrStdout(), versionText())
			return err
		},
	}
}

// versionText is the line of "tahapan version": the module version, then
// the VCS revision, its date and whether the tree was modified, as the
// build recorded them: "tahapan (devel) 7851d1b0c4a2 2026-11-29T11:20:41Z".
func versionText() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "tahapan (unknown: no build information)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	out := "tahapan " + v
	var rev, when, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		out += " " + rev
		if when != "" {
			out += " " + when
		}
		if modified == "true" {
			out += " modified"
		}
	} else if v == "(devel)" {
		out += " (no commit recorded: built outside a git checkout, or with -buildvcs=false)"
	}
	return out
}
