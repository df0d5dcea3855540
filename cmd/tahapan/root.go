package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // anything else
	exitInput = 2 // bad input: usage, a bad date, a bad schedule file
)

// inputError marks an error caused by what the user gave, which exits 2.
type inputError struct{ err error }

func (e inputError) Error() string { return e.err.Error() }
func (e inputError) Unwrap() error { return e.err }

func badInput(format string, args ...any) error {
	return inputError{fmt.Errorf(format, args...)}
}

// globals holds the flags every command shares, and the clock.
type globals struct {
	schedule string
	at       string
	tz       string
	lang     kata.Lang // --lang, parsed once here
	output   string
	holidays string         // a YAML file of extra non-working days
	outside  bool           // --allow-outside: a schedule file's extends may leave its folder
	atSet    bool           // --at was given, even if empty
	region   string         // --region: a kode wilayah or a region's name
	reg      wilayah.Region // the region of --region, once checked; zero when none

	now    func() time.Time // the real clock, replaced in tests
	stderr io.Writer
}

// runWithClock executes the CLI with args and returns the exit code, with
// the clock as a parameter for tests. Errors are printed once, on stderr,
// as one line each.
func runWithClock(args []string, stdout, stderr io.Writer, now func() time.Time) int {
	g := &globals{now: now, stderr: stderr}
	root := newRootCmd(g, args)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ie inputError
	var pe *tahapan.PosError
	var de *tahapan.DateError
	msg := err.Error()
	input := errors.As(err, &ie) || errors.As(err, &pe) || errors.As(err, &de) ||
		strings.HasPrefix(msg, "unknown command") || strings.HasPrefix(msg, "required flag") // cobra's usage errors
	if errors.As(err, &ie) {
		err = ie.err // print each joined problem on its own line
	}
	for _, e := range tahapan.Errors(shortCobraError(err)) {
		msg := e.Error()
		if pe := (*fs.PathError)(nil); errors.As(e, &pe) && shortPath(pe.Path) != pe.Path {
			// A path is a value a user gave too: quote only its start.
			msg = strings.ReplaceAll(msg, pe.Path, shortPath(pe.Path))
		}
		fmt.Fprintln(stderr, "tahapan: "+msg)
	}
	if input {
		return exitInput
	}
	return exitError
}

// newRootCmd builds the command tree for args: the root and, when args
// name a command first, only that command.
func newRootCmd(g *globals, args []string) *cobra.Command {
	root := &cobra.Command{
		Use:   "tahapan",
		Short: "Stages and countdowns of Indonesian elections",
		Long: `tahapan knows the stages (tahapan) of Indonesian elections, counts down to
voting day in calendar days and H-n notation, and lists what is in progress.

The schedules come from the KPU regulations (PKPU 3/2022 for Pemilu 2024,
PKPU 2/2024 for Pilkada 2024 and its 2025 re-votes, PKPU 19/2024 for the
2025 repeat elections, PKPU 7/2017 as amended for Pemilu 2019).
Pemilu 2029 is planned: KPU has not set its voting day yet, so it counts
down to the dates the law fixes or implies, and says so.

Without --schedule, tahapan picks the election whose stages are running
before its vote, else the next one (planned or official), else the latest
past one, and names its choice on stderr.
"Today" is the real clock unless --at gives a date or an instant.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			g.atSet = cmd.Flags().Changed("at")
			if cmd.Flags().Changed("tz") && g.tz == "" {
				return badInput("--tz: empty: want WIB, WITA, WIT or an IANA name")
			}
			if cmd.Flags().Changed("region") && strings.TrimSpace(g.region) == "" {
				return badInput(`--region: empty: want a kode wilayah such as 35.76 or a name such as "Kota Mojokerto"`)
			}
			if err := g.check(); err != nil {
				return err
			}
			return g.checkOutput(cmd)
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&g.schedule, "schedule", "", "embedded schedule id (e.g. pemilu-2024) or a YAML file; default: the election under way, else the next, else the latest")
	pf.StringVar(&g.at, "at", "", "the day or instant to count from: YYYY-MM-DD or RFC 3339 (default now)")
	pf.StringVar(&g.tz, "tz", "", "time zone: WIB, WITA, WIT or an IANA name (default: the schedule's own zone, WIB for the embedded ones)")
	g.lang = kata.Indonesian
	pf.Var((*langFlag)(&g.lang), "lang", "language of the output: id or en (or a tag such as en-GB)")
	pf.StringVarP(&g.output, "output", "o", "text", "output format: text or json")
	pf.BoolVar(&g.outside, "allow-outside", false, "let a schedule file's extends: name a file outside its folder (an absolute path, ..)")
	pf.StringVar(&g.region, "region", "", `a KPU office's region, by kode wilayah ("35.76") or name ("Kota Mojokerto"): sets the zone (unless --tz), the office's name on posts, and keeps only the events that concern the region`)
	pf.StringVar(&g.holidays, "holidays", "", "a YAML file of extra non-working days (next year's SKB, a revision, a regional holiday)")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return inputError{fmt.Errorf("%w (see '%s --help')", flagError(err), cmd.CommandPath())}
	})
	if build := commandFor(args); build != nil {
		root.AddCommand(build(g)) // the one command asked for: start-up builds nothing else
	} else {
		for _, c := range commands {
			root.AddCommand(c.build(g))
		}
	}
	if len(args) > 0 && (args[0] == cobra.ShellCompRequestCmd || args[0] == cobra.ShellCompNoDescRequestCmd) {
		registerCompletions(root, g) // only a completion request reads them
	}
	return root
}

// commands are tahapan's commands, found by name; help lists them in
// alphabetical order (cobra sorts them).
var commands = []struct {
	name  string
	build func(*globals) *cobra.Command
}{
	{"countdown", newCountdownCmd},
	{"stages", newStagesCmd},
	{"now", newNowCmd},
	{"schedules", newSchedulesCmd},
	{"validate", newValidateCmd},
	{"explain", newExplainCmd},
	{"holidays", newHolidaysCmd},
	{"workdays", newWorkdaysCmd},
	{"deadline", newDeadlineCmd},
	{"serve", newServeCmd},
	{"publish", newPublishCmd},
	{"draft", newDraftCmd},
	{"ics", newICSCmd},
	{"lint", newLintCmd},
	{"caption", newCaptionCmd},
	{"plan", newPlanCmd},
	{"card", newCardCmd},
	{"timeline", newTimelineCmd},
	{"sources", newSourcesCmd},
	{"regions", newRegionsCmd},
	{"version", newVersionCmd},
}

// commandFor returns the builder of the command args name first, such as
// countdown in "countdown --at 2024-01-01", or nil when args start with
// anything else (a flag, help, a completion request, a typo): then every
// command is built, for help, suggestions and completion to see.
func commandFor(args []string) func(*globals) *cobra.Command {
	if len(args) == 0 {
		return nil
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.build
		}
	}
	return nil
}

// checkBaseURL reports a bad --base-url or --url: it must be an absolute
// http or https address, since feeds and subscribe links are built on it.
func checkBaseURL(flag, v string) error {
	if v == "" {
		return nil
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return badInput("%s: invalid address %q: want an absolute http or https URL such as https://pemilu.example.org", flag, shortValue(v))
	}
	return nil
}

// args wraps a cobra positional-argument check so that its error exits 2.
func args(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		if err := check(cmd, a); err != nil {
			return inputError{fmt.Errorf("%s: %w", cmd.CommandPath(), shortCobraError(err))}
		}
		return nil
	}
}

func (g *globals) check() error {
	if g.region != "" {
		r, err := wilayah.Lookup(g.region)
		if err != nil {
			return inputError{fmt.Errorf("--region: %w", err)}
		}
		g.reg = r
		if g.tz == "" {
			g.tz = r.Zone
		}
	}
	if g.output == "table" {
		g.output = "text" // the text output of the listing commands is a table
	}
	if g.output != "text" && g.output != "json" {
		return badInput("invalid --output %q: want text or json", shortValue(g.output))
	}
	if len(g.tz) > maxZoneName {
		return badInput("--tz: unknown time zone %q: want WIB, WITA, WIT or an IANA name", shortValue(g.tz))
	}
	if _, err := tahapan.Zone(g.tz); g.tz != "" && err != nil {
		return inputError{fmt.Errorf("--tz: %w", err)}
	}
	_, err := g.instant()
	return err
}

// forRegion returns s as the office of --region sees it, or an error
// when the election did not take place in the region. Without --region it
// returns s.
func (g *globals) forRegion(s *tahapan.Schedule) (*tahapan.Schedule, error) {
	if g.reg.IsZero() {
		return s, nil
	}
	rs, ok := s.ForRegion(g.reg.Code)
	if !ok {
		return nil, badInput("%s (%s) did not take place in %s (%s): pick another with --schedule", s.ID, s.LocalName(g.lang), g.reg.Name, g.reg.Code)
	}
	return rs, nil
}

// regional returns the schedules of list that concern --region, as the
// region sees them; all of list without --region.
func (g *globals) regional(list []*tahapan.Schedule) []*tahapan.Schedule {
	var out []*tahapan.Schedule
	for _, s := range list {
		if rs, err := g.forRegion(s); err == nil {
			out = append(out, rs)
		}
	}
	return out
}

// Longest names: an IANA zone name is at most 30-odd bytes and an embedded
// schedule's id about 20; a longer value is refused before it is looked
// up, so that no message quotes all of it.
const (
	maxZoneName   = 64
	maxScheduleID = 64
)

// loc returns the zone of --tz.
func (g *globals) loc() *time.Location {
	loc, err := tahapan.Zone(g.tz)
	if err != nil {
		loc, _ = tahapan.Zone("WIB")
	}
	return loc
}

// instant returns the instant of --at, or the clock's now. A date is the
// start of that day in --tz; an instant with an offset is converted to it.
func (g *globals) instant() (time.Time, error) {
	if g.at == "" {
		if g.atSet {
			return time.Time{}, badInput("--at: empty: want YYYY-MM-DD or RFC 3339")
		}
		return g.now().In(g.loc()), nil
	}
	var t time.Time
	if d, err := tahapan.ParseDate(g.at); err == nil {
		t = d.In(g.loc())
	} else if len(g.at) == 10 {
		return time.Time{}, inputError{fmt.Errorf("--at: %w", err)}
	} else if t, err = time.Parse(time.RFC3339, g.at); err != nil {
		return time.Time{}, badInput("--at: invalid date or instant %q: want YYYY-MM-DD or RFC 3339 such as 2024-02-13T23:30:00+07:00", shortValue(g.at))
	}
	t = t.In(g.loc())
	if !tahapan.InRange(tahapan.DateOf(t)) {
		return time.Time{}, badInput("--at: %s is out of range: want a day from %d to %d", shortValue(g.at), tahapan.MinYear, tahapan.MaxYear)
	}
	return t, nil
}

// loadSchedule returns the schedule of --schedule: a file when the value
// names one (it ends in .yaml or .yml, or holds a path separator), else an
// embedded id. With no flag, it picks the embedded schedule that
// tahapan.Choose gives and says so on stderr.
func (g *globals) loadSchedule(now time.Time) (*tahapan.Schedule, error) {
	name := g.schedule
	switch {
	case name == "all":
		return nil, badInput("--schedule all works with stages, ics and serve only")
	case name == "":
		all, err := schedules.All()
		if err != nil {
			return nil, err
		}
		s := tahapan.Choose(g.regional(all), now)
		if s == nil {
			return nil, errors.New("no embedded schedules")
		}
		fmt.Fprintln(g.stderr, kata.Chosen(s.ID, s.LocalName(g.lang), chosenWhy(s, now), g.lang))
		return s, nil
	case strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml") || strings.ContainsRune(name, os.PathSeparator):
		s, err := g.loadFile(name)
		if err != nil && !errors.As(err, new(*tahapan.PosError)) {
			return nil, inputError{fmt.Errorf("--schedule: %w", err)}
		}
		return s, err
	case len(name) > maxScheduleID:
		return nil, badInput("--schedule: no embedded schedule %q: run 'tahapan schedules' for the list", shortValue(name))
	default:
		s, err := schedules.Load(name)
		if err != nil {
			return nil, inputError{fmt.Errorf("--schedule: %w", err)}
		}
		return s, nil
	}
}

// loadFile loads a schedule file with the working-day calendar of
// --holidays; "extends:" may name an embedded schedule.
func (g *globals) loadFile(name string) (*tahapan.Schedule, error) {
	cal, err := g.calendar(calendarOptions{})
	if err != nil {
		return nil, err
	}
	return schedules.LoadFile(name, tahapan.WithWorkdays(cal), tahapan.AllowOutside(g.outside))
}

// setupAll is setup for the commands that take --schedule all: every
// embedded schedule, in the order of their voting days.
func (g *globals) setupAll() (time.Time, []*tahapan.Schedule, error) {
	if g.schedule != "all" {
		now, s, err := g.setup()
		if err != nil {
			return now, nil, err
		}
		return now, []*tahapan.Schedule{s}, nil
	}
	now, err := g.instant()
	if err != nil {
		return now, nil, err
	}
	all, err := schedules.All()
	if err != nil {
		return now, nil, err
	}
	all = g.regional(all)
	// Planned schedules, with no voting day yet, come last.
	slices.SortStableFunc(all, func(a, b *tahapan.Schedule) int {
		da, sa := a.VotingDay()
		db, sb := b.VotingDay()
		switch {
		case sa && !sb:
			return -1
		case !sa && sb:
			return 1
		}
		return da.Compare(db)
	})
	return now, all, nil
}

// setup resolves the instant and the schedule, which most commands need.
// Without --tz, the schedule's own zone applies, and --at is read in it.
func (g *globals) setup() (time.Time, *tahapan.Schedule, error) { return g.setupFrom("") }

// setupFrom is setup for a command that covers days from the date from
// (--from of plan and card; "" for none): without --schedule, it chooses
// the election as of that day, not of today, so a batch of January 2024
// draws Pemilu 2024's cards even when run in 2026.
func (g *globals) setupFrom(from string) (time.Time, *tahapan.Schedule, error) {
	now, err := g.instant()
	if err != nil {
		return now, nil, err
	}
	choose := now
	if from != "" && g.schedule == "" {
		day, err := parseDateArg("--from", from)
		if err != nil {
			return now, nil, err
		}
		// Noon in WIB: the same civil date in all three zones.
		choose = time.Date(day.Year, day.Month, day.Day, 5, 0, 0, 0, time.UTC)
	}
	s, err := g.loadSchedule(choose)
	if err != nil {
		return now, s, err
	}
	if s, err = g.forRegion(s); err != nil {
		return now, nil, err
	}
	if g.tz == "" && s.TimeZone != "" {
		g.tz = s.TimeZone
		now, err = g.instant()
	}
	return now, s, err
}

// chosenWhy says why tahapan.Choose picked s at now: a kata.Chosen… reason.
func chosenWhy(s *tahapan.Schedule, now time.Time) int {
	today := tahapan.Today(now, s.Location())
	vd, set := s.VotingDay()
	switch {
	case !set:
		return kata.ChosenPlanned
	case !vd.Before(today) && len(s.InProgressOn(today)) > 0:
		return kata.ChosenRunning
	case !vd.Before(today):
		return kata.ChosenNext
	}
	return kata.ChosenLatest
}

// defaultEnd is the last day of a plan or batch when --to is not given:
// voting day, or 30 days from today when the voting day is not set yet.
func defaultEnd(s *tahapan.Schedule, today tahapan.Date) tahapan.Date {
	if vd, set := s.VotingDay(); set {
		return vd
	}
	return today.AddDays(29)
}

// textOnly are the commands that write no JSON: a server, files, images,
// feeds and YAML. --output json is refused there rather than ignored.
// (plan has its own --output: csv, json or ics.)
var textOnly = []string{"serve", "publish", "draft", "ics", "card", "timeline", "completion"}

// checkOutput refuses an --output that cmd cannot write.
func (g *globals) checkOutput(cmd *cobra.Command) error {
	if f := cmd.Flags().Lookup("output"); f == nil || f != cmd.Root().PersistentFlags().Lookup("output") {
		return nil // the command defines its own --output
	}
	for c := cmd; c != nil; c = c.Parent() {
		if slices.Contains(textOnly, c.Name()) && g.output != "text" {
			return badInput("%s writes no %s: --output takes text only here", cmd.CommandPath(), g.output)
		}
	}
	return nil
}
