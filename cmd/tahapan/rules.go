package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func newExplainCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "explain STAGE-ID",
		Short: "Show how a stage's dates were obtained: the rule, its legal basis, or the fixed date",
		Example: `  tahapan explain masa-tenang --schedule pemilu-2024
  tahapan explain rapat-umum-iklan --schedule pemilu-2024 --lang en`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			l := g.lang
			_, s, err := g.setup()
			if err != nil {
				return err
			}
			st, err := s.Stage(a[0])
			if err != nil {
				return inputError{err}
			}
			type part struct {
				Field      string       `json:"field"`
				Date       tahapan.Date `json:"date"`
				Label      string       `json:"label"`
				Rule       string       `json:"rule,omitempty"`
				Base       string       `json:"base,omitempty"`
				LegalBasis string       `json:"legal_basis"`
				Text       string       `json:"text"`
			}
			explain := func(field string, date tahapan.Date, r *tahapan.Rule) part {
				p := part{Field: field, Date: date, LegalBasis: st.LegalBasis}
				if vd, set := s.VotingDay(); set {
					p.Label = tahapan.HLabel(vd.DaysSince(date))
				}
				if r == nil {
					p.Text = kata.FixedDate(l)
					return p
				}
				p.Rule, p.Base, p.Text = r.String(), r.Base.String(), r.Describe(g.lang)
				if r.LegalBasis != "" {
					p.LegalBasis = r.LegalBasis
				}
				return p
			}
			parts := []part{explain("start", st.Start, st.StartRule), explain("end", st.End, st.EndRule)}
			w := cmd.OutOrStdout()
			if g.output == "json" {
				return writeJSON(w, struct {
					Schedule string `json:"schedule"`
					ID       string `json:"id"`
					Name     string `json:"name"`
					Parts    []part `json:"dates"`
				}{s.ID, st.ID, st.LocalName(g.lang), parts})
			}
			fmt.Fprintf(w, "%s [%s] · %s · %s\n", st.LocalName(g.lang), st.ID, st.Period.Text(g.lang),
				kata.Days(st.Days(), l))
			field := map[string]string{"start": l.Pick("mulai", "start"), "end": l.Pick("selesai", "end")}
			for _, p := range parts {
				fmt.Fprintf(w, "  %-7s %s  %-5s %s", field[p.Field], p.Date, p.Label, p.Text)
				if p.Rule != "" {
					fmt.Fprintf(w, " [%s]", p.Rule)
				}
				if p.LegalBasis != "" {
					fmt.Fprintf(w, " · %s", p.LegalBasis)
				}
				fmt.Fprintln(w)
			}
			if note := st.LocalNote(g.lang); note != "" {
				label := kata.Note(l)
				if l.Pick(st.Note, st.NoteEN) == "" {
					label += kata.InOther(l)
				}
				fmt.Fprintf(w, "  %s: %s\n", label, note)
			}
			return nil
		},
	}
}

type draftOptions struct {
	*globals
	from, votingDay, out string
	force                bool
}

func newDraftCmd(g *globals) *cobra.Command {
	o := &draftOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "draft --from SCHEDULE --voting-day DATE [--out FILE]",
		Short: "Draft a new election's schedule from an old one (not an official schedule)",
		Long: `Draft writes a schedule for a new voting day from an existing one. Dates
given by a rule (masa tenang is H-3 to H-1, …) are derived again from the new
voting day; every other date is moved by the same number of calendar days
and its note says "draft: shifted, no rule". The file's status is draft and
its header says plainly that it is not an official schedule.

--out writes the file whole or not at all (through a temporary file), and
refuses to replace an existing file unless --force is given, even when the
draft is not valid.`,
		Example: `  tahapan draft --from pemilu-2024 --voting-day 2029-02-14 --out pemilu-2029.yaml`,
		Args:    args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			vd, err := parseDateArg("--voting-day", o.votingDay)
			if err != nil {
				return err
			}
			o.schedule = o.from
			if o.from == "" {
				return badInput("draft needs --from, the schedule to draft from (one of %s)", strings.Join(schedules.Names(), ", "))
			}
			_, s, err := o.setup()
			if err != nil {
				return err
			}
			_, data, err := tahapan.Draft(s, vd, nil)
			if data == nil {
				return err
			}
			if err != nil {
				// Keep the draft for editing, and report its problems.
				if o.out == "" || o.out == "-" {
					return fmt.Errorf("the draft is not valid; write it with --out to edit it: %w", err)
				}
				if werr := writeFileAtomic(o.out, data, o.force); werr != nil {
					return werr
				}
				_, err = tahapan.LoadFile(o.out)
				return err
			}
			if o.out == "" || o.out == "-" {
				_, err = cmd.OutOrStdout().Write(data)
				return err
			}
			return writeFileAtomic(o.out, data, o.force)
		},
	}
	cmd.Flags().StringVar(&o.from, "from", "", "the schedule to draft from: an embedded id or a YAML file")
	cmd.Flags().StringVar(&o.votingDay, "voting-day", "", "the new voting day, YYYY-MM-DD")
	cmd.Flags().StringVar(&o.out, "out", "", "write the draft to FILE instead of stdout")
	cmd.Flags().BoolVar(&o.force, "force", false, "replace FILE if it exists")
	_ = cmd.MarkFlagRequired("voting-day")
	return cmd
}
