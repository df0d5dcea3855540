package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

// calendarOptions are the flags of the working-day commands.
type calendarOptions struct {
	noCuti  bool // cuti bersama count as working days
	sixDay  bool
	explain bool
}

func (o *calendarOptions) flags(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&o.noCuti, "no-cuti", false, "count cuti bersama as working days (private-sector calendar)")
	cmd.Flags().BoolVar(&o.sixDay, "six-day", false, "a six-day working week, Monday to Saturday")
	cmd.Flags().BoolVar(&o.explain, "explain", false, "list every day skipped, with its reason and decree")
}

// calendar builds the working-day calendar from the built-in data, the
// --holidays file and the flags.
func (g *globals) calendar(o calendarOptions) (*libur.Calendar, error) {
	opt := libur.Options{CutiIsWorkday: o.noCuti, SixDayWeek: o.sixDay}
	if g.holidays != "" {
		years, err := libur.LoadFile(g.holidays)
		if err != nil {
			return nil, inputError{err}
		}
		opt.Extra = years
	}
	c, err := libur.New(opt)
	if err != nil {
		return nil, inputError{err}
	}
	return c, nil
}

// parseDateArg parses a date a user gave as name (--from, FROM), from
// tahapan.MinYear to tahapan.MaxYear, the years the holiday calendar
// covers: a span of millennia would take seconds and much memory. A value
// longer than a date is refused before it is parsed, so that the message
// quotes only a short prefix of it.
func parseDateArg(name, s string) (tahapan.Date, error) {
	if len(s) > len("YYYY-MM-DD") {
		return tahapan.Date{}, badInput("%s: invalid date %q: want YYYY-MM-DD", name, shortValue(s))
	}
	d, err := tahapan.ParseDate(s)
	if err != nil {
		return d, inputError{fmt.Errorf("%s: %w", name, err)}
	}
	if !tahapan.InRange(d) {
		return d, badInput("%s: %s is out of range: want a day from %d to %d", name, d, tahapan.MinYear, tahapan.MaxYear)
	}
	return d, nil
}

type holidaysOptions struct {
	*globals
	year     int
	from, to string
	kind     string
	estimate bool // estimates only, ignoring the decrees
}

func newHolidaysCmd(g *globals) *cobra.Command {
	o := &holidaysOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "holidays [--year Y | --from D --to D] [--kind KIND]",
		Short: "List Indonesia's official non-working days: libur nasional, cuti bersama, election days",
		Long: `List the official non-working days of the SKB 3 Menteri (in their final state
after every revision) and the Keppres voting-day holidays. Years with no
decree yet show their national holidays as estimates, each with the method
that computed it: fixed dates, Easter, hisab (MABIMS criterion) for the
Islamic holidays, the Chinese and Balinese calendars for Imlek and Nyepi,
published dates or the full moon for Waisak. Their cuti bersama cannot be
estimated. Add days with --holidays FILE.

With --estimate every year is estimated, decreed or not, so the estimates
can be compared with the official dates.`,
		Example: `  tahapan holidays --year 2024
  tahapan holidays --year 2027
  tahapan holidays --year 2024 --estimate
  tahapan holidays --from 2024-04-01 --to 2024-04-30 --kind cuti_bersama --output json`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			from, to, err := o.span()
			if err != nil {
				return err
			}
			if o.kind != "" && o.kind != string(libur.LiburNasional) && o.kind != string(libur.CutiBersama) && o.kind != string(libur.LiburPemilu) {
				return badInput("invalid --kind %q: want libur_nasional, cuti_bersama or libur_pemilu", shortValue(o.kind))
			}
			var all []libur.Day
			var note string
			if o.estimate {
				all = libur.EstimateRange(from, to)
				note = o.lang.Pick(estimateOnlyNote, estimateOnlyNoteEN)
			} else {
				c, err := o.calendar(calendarOptions{})
				if err != nil {
					return err
				}
				all = c.Holidays(from, to)
				if c.Estimated(from, to) {
					note = o.lang.Pick(libur.EstimatedNote, libur.EstimatedNoteEN)
				}
			}
			days := []libur.Day{}
			for _, d := range all {
				if o.kind == "" || string(d.Kind) == o.kind {
					days = append(days, d)
				}
			}
			w := cmd.OutOrStdout()
			if o.output == "json" {
				return writeJSON(w, days)
			}
			return writeHolidays(w, days, note, o.lang)
		},
	}
	cmd.Flags().Var((*yearFlag)(&o.year), "year", "a calendar year, 1900 to 2200 (default: the year of --at)")
	cmd.Flags().StringVar(&o.from, "from", "", "first day, YYYY-MM-DD (with --to)")
	cmd.Flags().StringVar(&o.to, "to", "", "last day, YYYY-MM-DD (with --from)")
	cmd.Flags().StringVar(&o.kind, "kind", "", "only days of this kind: libur_nasional, cuti_bersama or libur_pemilu")
	cmd.Flags().BoolVar(&o.estimate, "estimate", false, "estimate every year, ignoring the decrees and --holidays (to score the estimates)")
	return cmd
}

// The note of holidays --estimate.
const (
	estimateOnlyNote = "Hanya perkiraan (--estimate): tanggal dihitung tanpa SKB 3 Menteri, " +
		"untuk dibandingkan dengan tanggal resmi; metode tiap hari tercantum. " +
		"Cuti bersama tidak bisa diperkirakan dan tidak dicantumkan."
	estimateOnlyNoteEN = "Estimates only (--estimate): the dates are computed without the SKB 3 Menteri, " +
		"to compare with the official ones; each day names its method. " +
		"Cuti bersama cannot be estimated and are not listed."
)

// span returns the range of --year or --from/--to.
func (o *holidaysOptions) span() (tahapan.Date, tahapan.Date, error) {
	switch {
	case o.from != "" || o.to != "":
		if o.year != 0 {
			return tahapan.Date{}, tahapan.Date{}, badInput("give --year or --from/--to, not both")
		}
		if o.from == "" || o.to == "" {
			return tahapan.Date{}, tahapan.Date{}, badInput("--from and --to go together")
		}
		from, err := parseDateArg("--from", o.from)
		if err != nil {
			return from, from, err
		}
		to, err := parseDateArg("--to", o.to)
		if err != nil {
			return from, to, err
		}
		if to.Before(from) {
			return from, to, badInput("--to %s is before --from %s", to, from)
		}
		return from, to, nil
	case o.year != 0: // yearFlag.Set refused a year out of range
		return tahapan.D(o.year, time.January, 1), tahapan.D(o.year, time.December, 31), nil
	}
	now, err := o.instant()
	if err != nil {
		return tahapan.Date{}, tahapan.Date{}, err
	}
	y := tahapan.Today(now, o.loc()).Year
	return tahapan.D(y, time.January, 1), tahapan.D(y, time.December, 31), nil
}

// writeHolidays writes days as a table, then note unless it is empty.
func writeHolidays(w io.Writer, days []libur.Day, note string, lang kata.Lang) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, d := range days {
		name := d.LocalName(lang)
		src := d.Decree
		if d.Estimated {
			src = lang.Pick("perkiraan: ", "estimate: ") + d.LocalMethod(lang)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", d.Date, tahapan.WeekdayName(d.Date.Weekday(), lang), d.Kind.Local(lang), name, src)
	}
	fmt.Fprintf(tw, lang.Pick("%d hari\n", "%d days\n"), len(days))
	if err := tw.Flush(); err != nil {
		return err
	}
	// What may still change (2027: single-source cuti bersama, Diktum
	// KEDUA), each sentence of the notes once, with the days it concerns.
	var notes []string
	on := map[string][]string{}
	for _, d := range days {
		for _, n := range strings.SplitAfter(lang.Pick(d.Note, d.NoteEN), ". ") {
			if n = strings.TrimSpace(n); n == "" {
				continue
			}
			if on[n] == nil {
				notes = append(notes, n)
			}
			on[n] = append(on[n], d.Date.String())
		}
	}
	for _, n := range notes {
		fmt.Fprintf(w, "* %s: %s\n", strings.Join(on[n], ", "), n)
	}
	if note != "" {
		fmt.Fprintln(w, note)
	}
	return nil
}

type workdaysOptions struct {
	*globals
	calendarOptions
}

func newWorkdaysCmd(g *globals) *cobra.Command {
	o := &workdaysOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "workdays FROM TO [--explain] [--no-cuti] [--six-day]",
		Short: "Count the working days (hari kerja) from FROM to TO, both included",
		Example: `  tahapan workdays 2024-04-01 2024-04-30 --explain
  tahapan workdays 2023-07-24 2024-02-13 --output json`,
		Args: args(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, a []string) error {
			from, err := parseDateArg("FROM", a[0])
			if err != nil {
				return err
			}
			to, err := parseDateArg("TO", a[1])
			if err != nil {
				return err
			}
			if to.Before(from) {
				return badInput("TO %s is before FROM %s", to, from)
			}
			c, err := o.calendar(o.calendarOptions)
			if err != nil {
				return err
			}
			ex := c.Explain(from, to)
			w := cmd.OutOrStdout()
			if o.output == "json" {
				out := map[string]any{"from": ex.From, "to": ex.To, "workdays": ex.Workdays, "estimated": ex.Estimated}
				if o.explain {
					out["skipped"] = ex.Skipped
					if notes := ex.Notes(o.lang); len(notes) > 0 {
						out["notes"] = notes
					}
				}
				if ex.Estimated {
					out["note"] = o.lang.Pick(libur.EstimatedNote, libur.EstimatedNoteEN)
				}
				return writeJSON(w, out)
			}
			fmt.Fprintf(w, o.lang.Pick("%s dari %s sampai %s (kedua ujung dihitung)\n",
				"%s from %s to %s (both ends counted)\n"), kata.Workdays(ex.Workdays, o.lang),
				tahapan.FormatDate(from, o.lang), tahapan.FormatDate(to, o.lang))
			writeExplanation(w, ex, o.explain, o.lang)
			return nil
		},
	}
	o.flags(cmd)
	return cmd
}

func writeExplanation(w io.Writer, ex libur.Explanation, skipped bool, lang kata.Lang) {
	if skipped {
		fmt.Fprintln(w, lang.Pick(kata.Days(len(ex.Skipped), kata.Indonesian)+" dilewati:", kata.Days(len(ex.Skipped), kata.English)+" skipped:"))
		for _, s := range ex.Skipped {
			fmt.Fprintln(w, "  "+s.Text(lang))
		}
		for _, n := range ex.Notes(lang) {
			fmt.Fprintln(w, lang.Pick("Catatan: ", "Note: ")+n)
		}
	}
	if ex.Estimated {
		fmt.Fprintln(w, lang.Pick(libur.EstimatedNote, libur.EstimatedNoteEN))
	}
}

type deadlineOptions struct {
	*globals
	calendarOptions
}

func newDeadlineCmd(g *globals) *cobra.Command {
	o := &deadlineOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "deadline FROM N [--explain]",
		Short: "The N-th working day after FROM (\"N hari kerja setelah\"); negative N counts back",
		Example: `  tahapan deadline 2024-03-20 3 --explain
  tahapan deadline 2024-04-23 -- -5`,
		Args: args(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, a []string) error {
			from, err := parseDateArg("FROM", a[0])
			if err != nil {
				return err
			}
			n, err := strconv.Atoi(a[1])
			if err != nil || n > 100000 || n < -100000 {
				return badInput("invalid N %q: want a whole number of working days from -100000 to 100000", shortValue(a[1]))
			}
			c, err := o.calendar(o.calendarOptions)
			if err != nil {
				return err
			}
			due, ex := c.Deadline(from, n)
			w := cmd.OutOrStdout()
			if o.output == "json" {
				out := map[string]any{"from": from, "n": n, "date": due, "estimated": ex.Estimated}
				if o.explain {
					out["skipped"] = ex.Skipped
					if notes := ex.Notes(o.lang); len(notes) > 0 {
						out["notes"] = notes
					}
				}
				return writeJSON(w, out)
			}
			count, dir := kata.Workdays(n, o.lang), o.lang.Pick("setelah", "after")
			if n < 0 {
				count, dir = kata.Workdays(-n, o.lang), o.lang.Pick("sebelum", "before")
			}
			fmt.Fprintf(w, "%s %s %s: %s\n", count, dir, tahapan.FormatDate(from, o.lang), tahapan.FormatDate(due, o.lang))
			writeExplanation(w, ex, o.explain, o.lang)
			return nil
		},
	}
	o.flags(cmd)
	return cmd
}
