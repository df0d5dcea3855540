package main

import (
	"cmp"
	"errors"
	"fmt"
	"runtime/debug"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
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
			fmt.Fprintln(tw, "ID\t"+g.lang.Pick("NAMA\tPEMUNGUTAN SUARA\tSTATUS\tTAHAPAN", "NAME\tVOTING DAY\tSTATUS\tSTAGES"))
			for _, r := range rows {
				name := g.lang.Pick(r.Name, cmp.Or(r.NameEN, r.Name))
				day := g.lang.Pick("belum ditetapkan", "not set yet")
				if r.VotingDay != nil {
					day = tahapan.FormatDate(*r.VotingDay, g.lang)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", r.ID, name, day, kata.Status(r.Status, g.lang), r.Stages)
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
						fmt.Fprintln(w, kata.ValidFile(r.File, r.Stages, g.lang))
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

func newVersionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of tahapan",
		Long: `Print the module version and, when the binary was built from a git
checkout, the commit, its date, and "modified" when the tree had changes.`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := buildVersion()
			if g.output == "json" {
				return writeJSON(cmd.OutOrStdout(), v)
			}
			_, err := fmt.Fprintln(cmd.OutOrStdout(), v.text())
			return err
		},
	}
}

// version is what the build recorded of itself.
type version struct {
	Version  string `json:"version"`            // the module version, "(devel)" from a checkout
	Revision string `json:"revision,omitempty"` // the VCS commit
	Time     string `json:"time,omitempty"`     // the commit's time, RFC 3339
	Modified bool   `json:"modified,omitempty"` // the tree had uncommitted changes
}

func buildVersion() version {
	var v version
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return version{Version: "(unknown)"}
	}
	v.Version = bi.Main.Version
	if v.Version == "" {
		v.Version = "(devel)"
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

// text is the line of "tahapan version": the module version, then the
// VCS revision, its date and whether the tree was modified:
// "tahapan (devel) 7851d1b0c4a2 2026-11-29T11:20:41Z".
func (v version) text() string {
	out := "tahapan " + v.Version
	switch {
	case v.Revision != "":
		out += " " + v.Revision[:min(12, len(v.Revision))]
		if v.Time != "" {
			out += " " + v.Time
		}
		if v.Modified {
			out += " modified"
		}
	case v.Version == "(devel)":
		out += " (no commit recorded: built outside a git checkout, or with -buildvcs=false)"
	}
	return out
}
