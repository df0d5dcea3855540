package main

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/ical"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed/card"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed/timeline"
)

// captionOptions holds the flags of "tahapan caption".
type captionOptions struct {
	*globals
	platforms    string
	templateFile string
	hashtags     []string
	showTemplate bool
}

func newCaptionCmd(g *globals) *cobra.Command {
	o := &captionOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "caption",
		Short: "Write the social-media caption of the day for each platform",
		Long: `Write the caption of the day at --at (default today): the H-label and the
countdown in words ("Sisa waktu kurang lebih tujuh bulan menuju hari
pemungutan suara"), the stages in progress ("hari ke-12 dari 75"), the next
key stage, a voter-education line and hashtags.

Each platform has a built-in template and a length limit (Instagram and
TikTok 2,200 characters, X 280 weighted characters, Facebook 63,206, YouTube
5,000 bytes). A caption never exceeds its limit: the least important parts
are left out first. --template replaces the built-in template with a Go
text/template file executed with the data documented in package
tahapan/sosmed (type Data); --show-template prints a built-in one to start
from.`,
		Example: `  tahapan caption --platform instagram --at 2023-07-23
  tahapan caption --platform x,tiktok --lang en
  tahapan caption --platform x --template kpu-kota.tmpl --hashtag KPUKotaContoh
  tahapan caption --platform instagram --show-template > instagram.tmpl`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd) },
	}
	f := cmd.Flags()
	f.StringVarP(&o.platforms, "platform", "p", "", "platforms, comma-separated: instagram, facebook, x, youtube, tiktok (default all)")
	f.StringVar(&o.templateFile, "template", "", "a Go text/template file that replaces the built-in template")
	f.StringArrayVar(&o.hashtags, "hashtag", nil, "a hashtag, instead of the defaults (repeatable)")
	f.BoolVar(&o.showTemplate, "show-template", false, "print the built-in template of the platform and exit")
	return cmd
}

func (o *captionOptions) run(cmd *cobra.Command) error {
	platforms, err := sosmed.ParsePlatforms(o.platforms)
	if err != nil {
		return inputError{fmt.Errorf("--platform: %w", err)}
	}
	w := cmd.OutOrStdout()
	if o.showTemplate {
		if len(platforms) != 1 {
			return badInput("--show-template: name one --platform")
		}
		_, err := io.WriteString(w, sosmed.BuiltinTemplate(platforms[0]))
		return err
	}
	opt, err := sosmedOptions(o.globals, o.templateFile, o.hashtags, platforms)
	if err != nil {
		return err
	}
	now, s, err := o.setup()
	if err != nil {
		return err
	}
	var caps []sosmed.Caption
	for _, p := range platforms {
		c, err := sosmed.NewCaption(s, p, now, opt)
		if err != nil {
			return templateError(err, o.templateFile)
		}
		caps = append(caps, c)
	}
	if o.output == "json" {
		return writeJSON(w, caps)
	}
	for i, c := range caps {
		if len(caps) > 1 {
			if i > 0 {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "── %s (%d/%d %s) ──\n", c.Platform.Name(), c.Length, c.Limit, c.Platform.Limit().Unit)
		}
		fmt.Fprintln(w, c.Text)
	}
	return nil
}

// sosmedOptions builds the caption options from the global flags, a
// template file for every platform and the hashtags.
func sosmedOptions(g *globals, templateFile string, hashtags []string, platforms []sosmed.Platform) (sosmed.Options, error) {
	opt := sosmed.Options{Lang: g.lang, Zone: g.loc()}
	if hashtags != nil {
		opt.Hashtags = hashtags
	}
	if templateFile != "" {
		src, err := os.ReadFile(templateFile)
		if err != nil {
			return opt, inputError{fmt.Errorf("--template: %w", err)}
		}
		t, err := sosmed.ParseTemplate(templateFile, string(src))
		if err != nil {
			return opt, inputError{fmt.Errorf("--template: %w", err)}
		}
		opt.Templates = map[sosmed.Platform]*sosmed.Template{}
		for _, p := range platforms {
			opt.Templates[p] = t
		}
	}
	return opt, nil
}

// templateError marks an error from executing a custom template as bad
// input: the template names a field that does not exist, for example.
func templateError(err error, templateFile string) error {
	if templateFile != "" {
		return inputError{err}
	}
	return err
}

// planOptions holds the flags of "tahapan plan".
type planOptions struct {
	*globals
	from, to     string
	platforms    string
	format       string
	bom          bool
	templateFile string
	hashtags     []string
}

func newPlanCmd(g *globals) *cobra.Command {
	o := &planOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "plan",
		Short: "Write a posting plan: what to post on each platform, day by day",
		Long: `Write a posting calendar from --from to --to (both included): a countdown
post every day, a post when each key stage starts and one when it ends, and
reminders at H-30, H-14, H-7, H-3, H-1 and on voting day. Each row holds the
date, the platform, the kind of post, the stage and the caption.

--output csv (the default) writes RFC 4180 CSV with a UTF-8 byte order mark,
so that Microsoft Excel reads the Indonesian text and emoji as UTF-8; pass
--bom=false for programs that do not expect one. --output json writes an
array of posts. --output ics writes an iCalendar feed with one all-day
event per post, whose UIDs stay the same from one run to the next, so the
team can subscribe to its own plan.

--from defaults to today (--at), --to to voting day.`,
		Example: `  tahapan plan --from 2024-01-01 --to 2024-02-14 > rencana.csv
  tahapan plan --from 2023-11-28 --to 2023-12-31 --platforms instagram,x --output json`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd) },
	}
	f := cmd.Flags()
	f.StringVar(&o.from, "from", "", "first day of the plan, YYYY-MM-DD (default today)")
	f.StringVar(&o.to, "to", "", "last day of the plan, YYYY-MM-DD (default voting day)")
	f.StringVar(&o.platforms, "platforms", "", "platforms, comma-separated (default all five)")
	// This --output shadows the global one, whose values are text and json.
	f.StringVarP(&o.format, "output", "o", "csv", "output format: csv, json or ics")
	f.BoolVar(&o.bom, "bom", true, "start CSV output with a UTF-8 byte order mark (for Excel)")
	f.StringVar(&o.templateFile, "template", "", "a Go text/template file that replaces the built-in templates")
	f.StringArrayVar(&o.hashtags, "hashtag", nil, "a hashtag, instead of the defaults (repeatable)")
	return cmd
}

func (o *planOptions) run(cmd *cobra.Command) error {
	if o.format != "csv" && o.format != "json" && o.format != "ics" {
		return badInput("invalid --output %q: want csv, json or ics", o.format)
	}
	platforms, err := sosmed.ParsePlatforms(o.platforms)
	if err != nil {
		return inputError{fmt.Errorf("--platforms: %w", err)}
	}
	opt, err := sosmedOptions(o.globals, o.templateFile, o.hashtags, platforms)
	if err != nil {
		return err
	}
	now, s, err := o.setup()
	if err != nil {
		return err
	}
	p, err := period(o.from, o.to, tahapan.Today(now, o.loc()), s.VotingDay)
	if err != nil {
		return err
	}
	if p.Days() > sosmed.MaxPlanDays {
		return badInput("--from %s --to %s: %d days is more than %d", p.Start, p.End, p.Days(), sosmed.MaxPlanDays)
	}
	posts, err := sosmed.Plan(s, p, platforms, opt)
	if err != nil {
		return templateError(err, o.templateFile)
	}
	w := cmd.OutOrStdout()
	switch o.format {
	case "json":
		if posts == nil {
			posts = []sosmed.Post{}
		}
		return writeJSON(w, posts)
	case "ics":
		return writePlanICS(w, s, posts, o.lang)
	}
	return sosmed.WriteCSV(w, posts, o.bom)
}

// period parses --from and --to; an empty one takes its default.
func period(from, to string, today, votingDay tahapan.Date) (tahapan.Period, error) {
	p := tahapan.Period{Start: today, End: votingDay}
	var err error
	if from != "" {
		if p.Start, err = tahapan.ParseDate(from); err != nil {
			return p, inputError{fmt.Errorf("--from: %w", err)}
		}
	}
	if to != "" {
		if p.End, err = tahapan.ParseDate(to); err != nil {
			return p, inputError{fmt.Errorf("--to: %w", err)}
		}
	}
	if p.End.Before(p.Start) {
		return p, badInput("--to %s is before --from %s", p.End, p.Start)
	}
	return p, nil
}

// cardOptions holds the flags of "tahapan card".
type cardOptions struct {
	*globals
	size                  string
	out, outDir           string
	from, to              string
	logo, theme           string
	bg, fg, accent, muted string
	workers               int
}

func newCardCmd(g *globals) *cobra.Command {
	o := &cardOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "card",
		Short: "Draw the countdown card of the day as a PNG",
		Long: `Draw the countdown card of --at (default today): the big H-label, "menuju
Pemungutan Suara", the election's name, voting day's date and the stage in
progress, in Indonesian. Sizes: square 1080×1080, portrait 1080×1350, story
1080×1920.

With --from and --to it draws one card a day into --out-dir, named
YYYY-MM-DD.png, using every processor; a progress bar goes to stderr when
stderr is a terminal.

Colours come from --theme (a JSON file such as {"background": "#0B3D91",
"accent": "#FFC107"}, keys background, foreground, accent, muted) and from
--bg, --fg, --accent and --muted, which win over the file.`,
		Example: `  tahapan card --at 2023-07-23 --out h-206.png
  tahapan card --size story --logo logo-kpu.png --bg "#0B3D91"
  tahapan card --from 2024-01-01 --to 2024-02-14 --out-dir kartu/`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd) },
	}
	f := cmd.Flags()
	f.StringVar(&o.size, "size", "square", "square (1080×1080), portrait (1080×1350) or story (1080×1920)")
	f.StringVar(&o.out, "out", "", `the PNG file to write, "-" for stdout (default YYYY-MM-DD.png)`)
	f.StringVar(&o.from, "from", "", "batch: first day, YYYY-MM-DD")
	f.StringVar(&o.to, "to", "", "batch: last day, YYYY-MM-DD")
	f.StringVar(&o.outDir, "out-dir", "", "batch: the folder to write one card a day into")
	f.IntVar(&o.workers, "workers", 0, "batch: cards drawn at once (default: one per processor)")
	f.StringVar(&o.logo, "logo", "", "a PNG logo for the top right corner")
	f.StringVar(&o.theme, "theme", "", "a JSON theme file")
	f.StringVar(&o.bg, "bg", "", "background colour, #RRGGBB")
	f.StringVar(&o.fg, "fg", "", "text colour, #RRGGBB")
	f.StringVar(&o.accent, "accent", "", "colour of the H-label, #RRGGBB")
	f.StringVar(&o.muted, "muted", "", "colour of secondary text, #RRGGBB")
	return cmd
}

func (o *cardOptions) options() (card.Options, error) {
	opt := card.Options{Lang: o.lang, Zone: o.loc()}
	size, err := card.ParseSize(o.size)
	if err != nil {
		return opt, inputError{fmt.Errorf("--size: %w", err)}
	}
	opt.Size = size
	th := card.DefaultTheme
	if o.theme != "" {
		f, err := os.Open(o.theme)
		if err != nil {
			return opt, inputError{fmt.Errorf("--theme: %w", err)}
		}
		th, err = card.LoadTheme(f, th)
		f.Close()
		if err != nil {
			return opt, inputError{fmt.Errorf("--theme %s: %w", o.theme, err)}
		}
	}
	for _, c := range []struct {
		flag, value string
		dst         *color.RGBA
	}{
		{"--bg", o.bg, &th.Background}, {"--fg", o.fg, &th.Foreground},
		{"--accent", o.accent, &th.Accent}, {"--muted", o.muted, &th.Muted},
	} {
		if c.value == "" {
			continue
		}
		v, err := card.ParseColor(c.value)
		if err != nil {
			return opt, inputError{fmt.Errorf("%s: %w", c.flag, err)}
		}
		*c.dst = v
	}
	opt.Theme = &th
	if o.logo != "" {
		f, err := os.Open(o.logo)
		if err != nil {
			return opt, inputError{fmt.Errorf("--logo: %w", err)}
		}
		defer f.Close()
		img, err := png.Decode(f)
		if err != nil {
			return opt, inputError{fmt.Errorf("--logo %s: %w", o.logo, err)}
		}
		opt.Logo = img
	}
	return opt, nil
}

func (o *cardOptions) run(cmd *cobra.Command) error {
	opt, err := o.options()
	if err != nil {
		return err
	}
	now, s, err := o.setup()
	if err != nil {
		return err
	}
	w := cmd.OutOrStdout()
	if o.from != "" || o.to != "" || o.outDir != "" {
		if o.from == "" || o.to == "" || o.outDir == "" {
			return badInput("a batch of cards needs --from, --to and --out-dir")
		}
		if o.out != "" {
			return badInput("--out names one card; a batch writes into --out-dir")
		}
		p, err := period(o.from, o.to, tahapan.Today(now, o.loc()), s.VotingDay)
		if err != nil {
			return err
		}
		if p.Days() > card.MaxBatchDays {
			return badInput("--from %s --to %s: %d days is more than %d", p.Start, p.End, p.Days(), card.MaxBatchDays)
		}
		if err := os.MkdirAll(o.outDir, 0o755); err != nil {
			return err
		}
		bar := newProgressBar(o.stderr)
		start := time.Now()
		paths, err := card.Batch(s, p, o.outDir, card.BatchOptions{Options: opt, Workers: o.workers, Progress: bar.update})
		bar.finish()
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%d cards in %s (%.0f/s)\n", len(paths), o.outDir, float64(len(paths))/time.Since(start).Seconds())
		return nil
	}
	day := tahapan.Today(now, o.loc())
	var buf bytes.Buffer
	if err := card.Render(&buf, s, now, opt); err != nil {
		return err
	}
	if o.out == "-" {
		_, err := w.Write(buf.Bytes())
		return err
	}
	out := o.out
	if out == "" {
		out = card.FileName(day)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintln(w, out)
	return nil
}

// progressBar draws "[#####     ] 12/600" on stderr, only when stderr is
// a terminal; otherwise it does nothing.
type progressBar struct {
	w       io.Writer
	enabled bool
	last    int
}

func newProgressBar(w io.Writer) *progressBar {
	f, ok := w.(*os.File)
	if !ok {
		return &progressBar{}
	}
	fi, err := f.Stat()
	return &progressBar{w: w, enabled: err == nil && fi.Mode()&os.ModeCharDevice != 0, last: -1}
}

func (b *progressBar) update(done, total int) {
	if !b.enabled {
		return
	}
	const width = 30
	filled := done * width / total
	if filled == b.last && done != total {
		return
	}
	b.last = filled
	fmt.Fprintf(b.w, "\r[%s%s] %d/%d", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), done, total)
}

func (b *progressBar) finish() {
	if b.enabled && b.last >= 0 {
		fmt.Fprintln(b.w)
	}
}

// timelineOptions holds the flags of "tahapan timeline".
type timelineOptions struct {
	*globals
	out       string
	depth     int
	all       bool
	key       bool
	cancelled bool
	width     int
	noToday   bool
}

func newTimelineCmd(g *globals) *cobra.Command {
	o := &timelineOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "timeline",
		Short: "Draw the stages as a Gantt chart in SVG",
		Long: `Draw every stage as a bar on a time axis, sub-stages nested under their
stage, with month gridlines, the key dates labelled and a "hari ini" line at
--at (default today). The SVG scales to its container and stays readable at
phone width.`,
		Example: `  tahapan timeline --out tahapan.svg
  tahapan timeline --at 2023-12-09 --depth 2 --out kampanye.svg`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd) },
	}
	f := cmd.Flags()
	f.StringVar(&o.out, "out", "", "the SVG file to write (default stdout)")
	f.IntVar(&o.depth, "depth", 1, "levels of sub-stages to draw: 0 draws the tahapan only")
	f.BoolVar(&o.all, "all", false, "draw every level of sub-stages")
	f.BoolVar(&o.key, "key", false, "draw key stages only")
	f.BoolVar(&o.cancelled, "cancelled", false, "also draw cancelled stages")
	f.IntVar(&o.width, "width", 640, "width in SVG units")
	f.BoolVar(&o.noToday, "no-today", false, `leave out the "hari ini" line`)
	return cmd
}

func (o *timelineOptions) run(cmd *cobra.Command) error {
	if o.depth < 0 {
		return badInput("invalid --depth %d: want 0 or more", o.depth)
	}
	now, s, err := o.setup()
	if err != nil {
		return err
	}
	opt := timeline.Options{Lang: o.lang, Width: o.width, MaxDepth: o.depth, AllDepths: o.all, KeyOnly: o.key,
		Cancelled: o.cancelled}
	if o.depth == 0 {
		opt.MaxDepth = -1
	}
	if !o.noToday {
		opt.Today = tahapan.Today(now, o.loc())
	}
	var buf bytes.Buffer
	if err := timeline.Render(&buf, s, opt); err != nil {
		if strings.Contains(err.Error(), "width") || strings.Contains(err.Error(), "no stage") {
			return inputError{err}
		}
		return err
	}
	if o.out == "" {
		_, err := cmd.OutOrStdout().Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintln(cmd.OutOrStdout(), o.out)
	return nil
}

// writePlanICS writes the posting plan as an iCalendar feed.
// Each post is an all-day event whose UID stays the same from one run to
// the next, so the team can subscribe to the plan and see it update.
func writePlanICS(w io.Writer, s *tahapan.Schedule, posts []sosmed.Post, lang string) error {
	var events []ical.Event
	for _, p := range posts {
		id := fmt.Sprintf("%s/plan/%s/%s/%s", s.ID, p.Date, p.Platform, p.Kind)
		if p.Stage != "" {
			id += "/" + p.Stage
		}
		events = append(events, ical.Event{
			ID:          id,
			Summary:     fmt.Sprintf("[%s] %s", p.Platform.Name(), firstLine(p.Caption)),
			Description: p.Caption,
			Period:      tahapan.Period{Start: p.Date, End: p.Date},
			Categories:  []string{string(p.Platform), string(p.Kind)},
		})
	}
	name := tr(lang, "Rencana unggahan ", "Posting plan: ") + s.LocalName(lang)
	desc := tr(lang, "Satu acara per unggahan: tanggal, platform, jenis dan teksnya.",
		"One event per post: the date, platform, kind and text.")
	return ical.EncodeEvents(w, name, desc, ical.LatestRevision(s), events, ical.Options{})
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	if r := []rune(line); len(r) > 80 {
		line = string(r[:79]) + "…"
	}
	return line
}
