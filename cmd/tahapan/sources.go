package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

type sourcesOptions struct {
	*globals
	stage string
}

// hostRow is one line of the host table: a host, its class, and how many
// stages (and main stages) cite it.
type hostRow struct {
	Host       string              `json:"host"`
	Class      tahapan.SourceClass `json:"class"`
	Stages     int                 `json:"stages"`
	MainStages int                 `json:"main_stages"`
}

// sourceRef is one cited URL with its class.
type sourceRef struct {
	URL   string              `json:"url"`
	Host  string              `json:"host"`
	Class tahapan.SourceClass `json:"class"`
}

// sourcesSummary is the provenance of one schedule.
type sourcesSummary struct {
	Schedule    string      `json:"schedule"`
	Name        string      `json:"name"`
	Stages      int         `json:"stages"`
	Main        int         `json:"main_stages"`
	MainStrong  int         `json:"main_stages_with_strong_source"`
	MainWithout []string    `json:"main_stages_without_strong_source"`
	Hosts       []hostRow   `json:"hosts"`
	FileSources []sourceRef `json:"file_sources"`
}

func newSourcesCmd(g *globals) *cobra.Command {
	o := &sourcesOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "sources [--schedule S] [--stage ID]",
		Short: "Show where the dates come from: the hosts cited and how strong they are",
		Long: `sources lists, for each host cited by a schedule's stages, how many stages cite it
and whether it is primary (a go.id government page such as JDIH KPU or a KPU
office, or mkri.id), major (a national outlet: Antara, CNN Indonesia, detik,
Kompas, kumparan, Liputan6, Republika, Tempo, Tirto, Tribun) or other. It also
counts the main stages (tahapan) that cite a primary page or a major outlet.

With --stage, it gives that stage's sources, each with its class, its
confidence and its note (in --lang; JSON carries note and note_en). With --schedule all, one table per schedule (JSON: a
list).`,
		Example: `  tahapan sources --schedule pemilu-2024
  tahapan sources --schedule pemilu-2024 --stage perencanaan
  tahapan sources --schedule all -o json`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.stage != "" && o.schedule == "all" {
				return badInput("--stage needs one schedule, not --schedule all")
			}
			_, list, err := o.setupAll()
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if o.stage != "" {
				st, err := list[0].Stage(o.stage)
				if err != nil {
					return inputError{fmt.Errorf("--stage: %w", err)}
				}
				return o.writeStage(w, list[0], st)
			}
			var all []sourcesSummary
			for _, s := range list {
				all = append(all, summarizeSources(s, o.lang))
			}
			if o.output == "json" {
				if len(all) == 1 {
					return writeJSON(w, all[0])
				}
				return writeJSON(w, all)
			}
			for i, sum := range all {
				if i > 0 {
					fmt.Fprintln(w)
				}
				if err := o.writeSummary(w, sum); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.stage, "stage", "", "a stage id: show its sources, confidence and note")
	return cmd
}

// summarizeSources counts, per host, the stages of s that cite it. A stage
// citing a host twice counts once.
func summarizeSources(s *tahapan.Schedule, lang kata.Lang) sourcesSummary {
	sum := sourcesSummary{Schedule: s.ID, Name: s.LocalName(lang), MainWithout: []string{}, FileSources: []sourceRef{}}
	rows := map[string]*hostRow{}
	for _, st := range s.All() {
		sum.Stages++
		if st.Main() {
			sum.Main++
			if len(st.StrongSources()) > 0 {
				sum.MainStrong++
			} else {
				sum.MainWithout = append(sum.MainWithout, st.ID)
			}
		}
		seen := map[string]bool{}
		for _, u := range st.Sources {
			h := tahapan.SourceHost(u)
			if h == "" {
				h = u // not a URL; shown as written, classed other
			}
			if seen[h] {
				continue
			}
			seen[h] = true
			r := rows[h]
			if r == nil {
				r = &hostRow{Host: h, Class: tahapan.ClassifySource(u)}
				rows[h] = r
			}
			r.Stages++
			if st.Main() {
				r.MainStages++
			}
		}
	}
	for _, r := range rows {
		sum.Hosts = append(sum.Hosts, *r)
	}
	slices.SortFunc(sum.Hosts, func(a, b hostRow) int {
		return cmp.Or(cmp.Compare(b.Stages, a.Stages), cmp.Compare(a.Host, b.Host))
	})
	if sum.Hosts == nil {
		sum.Hosts = []hostRow{}
	}
	for _, u := range s.Sources {
		sum.FileSources = append(sum.FileSources, sourceRef{u, tahapan.SourceHost(u), tahapan.ClassifySource(u)})
	}
	return sum
}

func (o *sourcesOptions) writeSummary(w io.Writer, sum sourcesSummary) error {
	fmt.Fprintf(w, "%s (%s): %d %s, %d %s\n", sum.Name, sum.Schedule,
		sum.Stages, o.lang.Pick("tahapan dan kegiatan", "stages and sub-stages"),
		sum.Main, o.lang.Pick("tahapan utama", "main stages"))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, o.lang.Pick("HOST\tKELAS\tTAHAPAN\tUTAMA", "HOST\tCLASS\tSTAGES\tMAIN"))
	for _, r := range sum.Hosts {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\n", r.Host, r.Class.Local(o.lang), r.Stages, r.MainStages)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	pct := 0
	if sum.Main > 0 {
		pct = 100 * sum.MainStrong / sum.Main
	}
	fmt.Fprintf(w, o.lang.Pick("Tahapan utama dengan sumber primer atau media besar: %d dari %d (%d%%)\n",
		"Main stages citing a primary page or a major outlet: %d of %d (%d%%)\n"), sum.MainStrong, sum.Main, pct)
	if len(sum.MainWithout) > 0 {
		fmt.Fprintf(w, o.lang.Pick("Tanpa: %s\n", "Without: %s\n"), strings.Join(sum.MainWithout, ", "))
	}
	return nil
}

func (o *sourcesOptions) writeStage(w io.Writer, s *tahapan.Schedule, st *tahapan.Stage) error {
	var refs []sourceRef
	for _, u := range st.Sources {
		refs = append(refs, sourceRef{u, tahapan.SourceHost(u), tahapan.ClassifySource(u)})
	}
	if refs == nil {
		refs = []sourceRef{}
	}
	if o.output == "json" {
		return writeJSON(w, struct {
			Schedule   string             `json:"schedule"`
			ID         string             `json:"id"`
			Name       string             `json:"name"`
			Start      tahapan.Date       `json:"start"`
			End        tahapan.Date       `json:"end"`
			Main       bool               `json:"main"`
			Confidence tahapan.Confidence `json:"confidence"`
			Sources    []sourceRef        `json:"sources"`
			Note       string             `json:"note"`
			NoteEN     string             `json:"note_en,omitempty"`
		}{s.ID, st.ID, st.LocalName(o.lang), st.Start, st.End, st.Main(), st.Confidence, refs, st.Note, st.NoteEN})
	}
	fmt.Fprintf(w, "%s [%s] · %s\n", st.LocalName(o.lang), st.ID, st.Period.Text(o.lang))
	if st.Main() {
		fmt.Fprintln(w, o.lang.Pick("  tahapan utama", "  main stage"))
	}
	fmt.Fprintf(w, "  %s: %s\n", o.lang.Pick("keyakinan", "confidence"), kata.Confidence(string(st.Confidence), o.lang))
	fmt.Fprintf(w, "  %s:\n", o.lang.Pick("sumber", "sources"))
	if len(refs) == 0 {
		fmt.Fprintln(w, o.lang.Pick("    (tidak ada)", "    (none)"))
	}
	for _, r := range refs {
		fmt.Fprintf(w, "    [%s] %s\n", r.Class.Local(o.lang), r.URL)
	}
	if note := st.LocalNote(o.lang); note != "" {
		fmt.Fprintf(w, "  %s: %s\n", o.lang.Pick("catatan", "note"), note)
	}
	return nil
}
