package main

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	_ "image/jpeg" // --logo may be a JPEG
	_ "image/png"  // or a PNG
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/ical"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed/card"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed/timeline"
)

// captionOptions holds the flags of "tahapan caption".
type captionOptions struct {
	*globals
	brand
	platforms    string
	templateFile string
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
from.

--office names the office in the caption; each --hashtag is the office's
own, put before the election's (#Pemilu2024) and, like it, never dropped
to fit a limit. A hashtag holds letters, digits and _ after an optional
#. --config reads them from a YAML file (see tahapan card --help).`,
		Example: `  tahapan caption --platform instagram --at 2023-07-23
  tahapan caption --platform x,tiktok --lang en
  tahapan caption --platform x --office "KPU Kota Mojokerto" --hashtag KPUKotaMojokerto
  tahapan caption --config tahapan.yaml --platform instagram
  tahapan caption --platform instagram --show-template > instagram.tmpl`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd) },
	}
	f := cmd.Flags()
	f.StringVarP(&o.platforms, "platform", "p", "", "platforms, comma-separated: instagram, facebook, x, youtube, tiktok (default all)")
	f.StringVar(&o.templateFile, "template", "", "a Go text/template file that replaces the built-in template")
	o.brand.flags(cmd, false)
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
	if err := o.brand.load(o.globals); err != nil {
		return err
	}
	opt, err := sosmedOptions(o.globals, o.templateFile, o.brand, platforms)
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
			fmt.Fprintf(w, "── %s (%d/%d %s) ──\n", c.Platform.Name(), c.Length, c.Limit, c.Platform.Limit().Unit.Local(o.lang))
		}
		fmt.Fprintln(w, c.Text)
	}
	return nil
}

// sosmedOptions builds the caption options from the global flags, a
// template file for every platform, and the office's name and hashtags.
func sosmedOptions(g *globals, templateFile string, b brand, platforms []sosmed.Platform) (sosmed.Options, error) {
	opt := sosmed.Options{Lang: g.lang, Zone: g.loc(), Office: b.office, Hashtags: b.hashtags}
	if templateFile != "" {
		src, err := readRegular("--template", templateFile, maxTemplateBytes, "a template")
		if err != nil {
			return opt, err
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
	brand
	from, to     string
	platforms    string
	format       string
	bom          bool
	templateFile string
}

func newPlanCmd(g *globals) *cobra.Command {
	o := &planOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "plan",
		Short: "Write a posting plan: what to post on each platform, day by day",
		Long: `Write a posting calendar from --from to --to (both included): one post a
day on each platform. It is the countdown of the day, headed by a line for
each event of the day: a reminder at H-30, H-14, H-7, H-3, H-1 and on voting
day, and each key stage that starts or ends. Each row holds the date, the
platform, the kind of post (reminder, stage-start, stage-end or countdown),
the stages of the day's events and the caption.

--output csv (the default) writes RFC 4180 CSV with a UTF-8 byte order mark,
so that Microsoft Excel reads the Indonesian text and emoji as UTF-8; pass
--bom=false for programs that do not expect one. --output json writes an
array of posts. --output ics writes an iCalendar feed with one all-day
event per post, whose UIDs stay the same from one run to the next, so the
team can subscribe to its own plan.

--from defaults to today (--at), --to to voting day.`,
		Example: `  tahapan plan --from 2024-01-01 --to 2024-02-14 > rencana.csv
  tahapan plan --from 2023-11-28 --to 2023-12-31 --platform instagram,x --output json
  tahapan plan --platform x --hashtag KPUKotaMojokerto --office "KPU Kota Mojokerto"`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd) },
	}
	f := cmd.Flags()
	f.StringVar(&o.from, "from", "", "first day of the plan, YYYY-MM-DD (default today)")
	f.StringVar(&o.to, "to", "", "last day of the plan, YYYY-MM-DD (default voting day)")
	f.StringVarP(&o.platforms, "platform", "p", "", "platforms, comma-separated: instagram, facebook, x, youtube, tiktok (default all five)")
	f.StringVar(&o.platforms, "platforms", "", "platforms, comma-separated (default all five)")
	_ = f.MarkDeprecated("platforms", "use --platform")
	// pflag prints the deprecation notice to the flag set's output, which
	// cobra points at a buffer it then prints to stdout, into the CSV.
	f.SetOutput(g.stderr)
	// This --output shadows the global one, whose values are text and json.
	f.StringVarP(&o.format, "output", "o", "csv", "output format: csv, json or ics")
	f.BoolVar(&o.bom, "bom", true, "start CSV output with a UTF-8 byte order mark (for Excel)")
	f.StringVar(&o.templateFile, "template", "", "a Go text/template file that replaces the built-in templates")
	o.brand.flags(cmd, false)
	return cmd
}

func (o *planOptions) run(cmd *cobra.Command) error {
	if o.format != "csv" && o.format != "json" && o.format != "ics" {
		return badInput("invalid --output %q: want csv, json or ics", shortValue(o.format))
	}
	platforms, err := sosmed.ParsePlatforms(o.platforms)
	if err != nil {
		return inputError{fmt.Errorf("--platform: %w", err)}
	}
	if err := o.brand.load(o.globals); err != nil {
		return err
	}
	opt, err := sosmedOptions(o.globals, o.templateFile, o.brand, platforms)
	if err != nil {
		return err
	}
	now, s, err := o.setupFrom(o.from)
	if err != nil {
		return err
	}
	p, err := period(o.from, o.to, tahapan.Today(now, o.loc()), defaultEnd(s, tahapan.Today(now, o.loc())))
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
		if p.Start, err = parseDateArg("--from", from); err != nil {
			return p, err
		}
	}
	if to != "" {
		if p.End, err = parseDateArg("--to", to); err != nil {
			return p, err
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
	brand
	size                  string
	out, outDir           string
	from, to              string
	theme                 string
	bg, fg, accent, muted string
	workers               int
	force                 bool
}

func newCardCmd(g *globals) *cobra.Command {
	o := &cardOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "card",
		Short: "Draw the countdown card of the day as a PNG",
		Long: `Draw the countdown card of --at (default today): the big H-label, "menuju
Pemungutan Suara", the election's name, voting day's date and the stage in
progress, in --lang (id or en), with the office's name (--office) and logo
(--logo, a PNG or JPEG of at most 5 MB and 4096×4096 pixels, scaled into a
box at the top right). Sizes: square 1080×1080, portrait 1080×1350, story
1080×1920, each laid out for its shape. Text is set in DejaVu Sans, which is
embedded in the program.

An existing file is not replaced unless --force is given; files are written
through a temporary file and a rename.

With --from and --to it draws one card a day into --out-dir, named
YYYY-MM-DD.png, using every processor; a progress bar goes to stderr when
stderr is a terminal.

Colours come from --theme (a JSON file such as {"background": "#0B3D91",
"accent": "#FFC107"}, keys background, foreground, accent, muted) and from
--bg, --fg, --accent and --muted, which win over the file.

--config names a small YAML file that a team writes once:

  office: KPU Kota Mojokerto
  logo: logo-kpu.png          # relative to the file's folder
  hashtags: [KPUKotaMojokerto]

caption, plan, card and timeline read it; flags given win over it.`,
		Example: `  tahapan card --at 2023-07-23 --out h-206.png
  tahapan card --size story --office "KPU Kota Mojokerto" --logo logo-kpu.png --bg "#0B3D91"
  tahapan card --config tahapan.yaml --lang en --size portrait
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
	f.BoolVar(&o.force, "force", false, "replace files that exist")
	o.brand.flags(cmd, true)
	f.StringVar(&o.theme, "theme", "", "a JSON theme file")
	f.StringVar(&o.bg, "bg", "", "background colour, #RRGGBB")
	f.StringVar(&o.fg, "fg", "", "text colour, #RRGGBB")
	f.StringVar(&o.accent, "accent", "", "colour of the H-label, #RRGGBB")
	f.StringVar(&o.muted, "muted", "", "colour of secondary text, #RRGGBB")
	return cmd
}

func (o *cardOptions) options() (card.Options, error) {
	opt := card.Options{Lang: o.lang, Zone: o.loc(), Office: o.office}
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
		th, err = card.LoadTheme(f, o.theme, th)
		f.Close()
		if err != nil {
			return opt, inputError{fmt.Errorf("--theme: %w", err)}
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
		img, err := loadLogo(o.logo)
		if err != nil {
			return opt, err
		}
		opt.Logo = img
	}
	return opt, nil
}

func (o *cardOptions) run(cmd *cobra.Command) error {
	if err := o.brand.load(o.globals); err != nil {
		return err
	}
	opt, err := o.options()
	if err != nil {
		return err
	}
	now, s, err := o.setupFrom(o.from)
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
		p, err := period(o.from, o.to, tahapan.Today(now, o.loc()), defaultEnd(s, tahapan.Today(now, o.loc())))
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
		paths, err := card.Batch(s, p, o.outDir, card.BatchOptions{Options: opt, Workers: o.workers, Progress: bar.update, Overwrite: o.force})
		bar.finish()
		if err != nil {
			if errors.Is(err, card.ErrExists) {
				return badInput("%v: not replacing it without --force", err)
			}
			return err
		}
		fmt.Fprintln(w, kata.CardsWritten(len(paths), o.outDir, float64(len(paths))/time.Since(start).Seconds(), o.lang))
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
	if err := writeOut(out, buf.Bytes(), o.force); err != nil {
		return err
	}
	fmt.Fprintln(w, out)
	return nil
}

// writeOut writes an output file with writeFileAtomic: through a
// temporary file and a rename, replacing a file only with --force. A file
// in the way is the user's input: exit 2.
func writeOut(path string, data []byte, force bool) error {
	err := writeFileAtomic(path, data, force)
	if errors.Is(err, errExists) {
		return inputError{err}
	}
	return err
}

// Limits of a --logo file.
const (
	maxLogoBytes  = 5 << 20
	maxLogoPixels = 4096
)

// loadLogo reads a PNG or JPEG logo of at most maxLogoBytes and
// maxLogoPixels on a side.
func loadLogo(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, inputError{fmt.Errorf("--logo: %w", err)}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, inputError{fmt.Errorf("--logo: %w", err)}
	}
	if !fi.Mode().IsRegular() {
		return nil, badInput("--logo %s: not a regular file", path)
	}
	if fi.Size() > maxLogoBytes {
		return nil, badInput("--logo %s: %d bytes is more than %d (5 MB)", path, fi.Size(), maxLogoBytes)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxLogoBytes+1))
	if err != nil {
		return nil, inputError{fmt.Errorf("--logo: %w", err)}
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || (format != "png" && format != "jpeg") {
		return nil, badInput("--logo %s: not a PNG or JPEG image", path)
	}
	if cfg.Width > maxLogoPixels || cfg.Height > maxLogoPixels || cfg.Width == 0 || cfg.Height == 0 {
		return nil, badInput("--logo %s: %d×%d pixels; want 1 to %d on each side", path, cfg.Width, cfg.Height, maxLogoPixels)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, badInput("--logo %s: %v", path, err)
	}
	return img, nil
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
	brand
	force     bool
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
		Short: "Draw the stages as a Gantt chart in SVG or PNG",
		Long: `Draw every stage as a bar on a time axis, sub-stages nested under their
stage, with month gridlines, the key dates labelled and a "hari ini" line at
--at (default today). The SVG scales to its container and stays readable at
phone width; its text is measured with DejaVu Sans, which it names first.

--out FILE.png draws a PNG to post, with the card's engine and typeface:
the key stages by default (--depth or --all draw more), 1080 pixels wide
and at most 1920 tall. An existing file is replaced only with --force.`,
		Example: `  tahapan timeline --out tahapan.svg
  tahapan timeline --key --out tahapan.png --office "KPU Kota Mojokerto"
  tahapan timeline --at 2023-12-09 --depth 2 --out kampanye.svg`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd) },
	}
	f := cmd.Flags()
	f.StringVar(&o.out, "out", "", "the file to write, .svg or .png (default: SVG on stdout)")
	f.BoolVar(&o.force, "force", false, "replace a file that exists")
	f.StringVar(&o.office, "office", "", `the office's name, such as "KPU Kota Mojokerto"`)
	f.StringVar(&o.config, "config", "", "a YAML file with the office's office: (and logo:, hashtags:, unused here)")
	o.brand.cmd = cmd
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
	if err := o.brand.load(o.globals); err != nil {
		return err
	}
	isPNG := strings.HasSuffix(strings.ToLower(o.out), ".png")
	if o.out != "" && !isPNG && !strings.HasSuffix(strings.ToLower(o.out), ".svg") {
		return badInput("--out %s: want a .svg or .png file", shortValue(o.out))
	}
	now, s, err := o.setup()
	if err != nil {
		return err
	}
	opt := timeline.Options{Lang: o.lang, Width: o.width, MaxDepth: o.depth, AllDepths: o.all, KeyOnly: o.key,
		Cancelled: o.cancelled, Office: o.office}
	if o.depth == 0 {
		opt.MaxDepth = -1
	}
	if !o.noToday {
		opt.Today = tahapan.Today(now, o.loc())
	}
	f := cmd.Flags()
	if isPNG && !f.Changed("depth") && !f.Changed("all") && len(s.Filter(func(st *tahapan.Stage) bool { return st.Key && !st.Cancelled })) >= minKeyRows {
		opt.KeyOnly = true // a posted chart shows the key stages, when there are enough to chart
	}
	render := timeline.Render
	if isPNG {
		render = timeline.RenderPNG
	}
	var buf bytes.Buffer
	if err := render(&buf, s, opt); err != nil {
		if strings.Contains(err.Error(), "width") || strings.Contains(err.Error(), "no stage") || strings.Contains(err.Error(), "do not fit") {
			return inputError{err}
		}
		return err
	}
	if o.out == "" {
		_, err := cmd.OutOrStdout().Write(buf.Bytes())
		return err
	}
	if err := writeOut(o.out, buf.Bytes(), o.force); err != nil {
		return err
	}
	fmt.Fprintln(cmd.OutOrStdout(), o.out)
	return nil
}

// minKeyRows is the fewest key stages a PNG timeline draws alone; a
// schedule with fewer (a planned one) draws its tahapan and sub-stages.
const minKeyRows = 5

// writePlanICS writes the posting plan as an iCalendar feed.
// Each post is an all-day event whose UID (schedule, day, platform) stays
// the same from one run to the next, so the team can subscribe to the
// plan and see it update.
func writePlanICS(w io.Writer, s *tahapan.Schedule, posts []sosmed.Post, lang kata.Lang) error {
	var events []ical.Event
	for _, p := range posts {
		// One post a day per platform: its UID is the day and platform, so
		// it stays the same when the day's events change.
		id := fmt.Sprintf("%s/plan/%s/%s", s.ID, p.Date, p.Platform)
		events = append(events, ical.Event{
			ID:          id,
			Summary:     fmt.Sprintf("[%s] %s", p.Platform.Name(), firstLine(p.Caption)),
			Description: p.Caption,
			Period:      tahapan.Period{Start: p.Date, End: p.Date},
			Categories:  []string{string(p.Platform), string(p.Kind)},
		})
	}
	name := lang.Pick("Rencana unggahan ", "Posting plan: ") + s.LocalName(lang)
	desc := lang.Pick("Satu acara per unggahan: tanggal, platform, jenis dan teksnya.",
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

// brand is the office's branding of posts: its name, logo and hashtags,
// from --config and from flags, which win over the file.
type brand struct {
	config   string
	office   string
	logo     string
	hashtags []string
	cmd      *cobra.Command
}

func (b *brand) flags(cmd *cobra.Command, logo bool) {
	f := cmd.Flags()
	f.StringVar(&b.config, "config", "", "a YAML file with the office's office:, logo: and hashtags:, so a team sets them once (flags win)")
	f.StringVar(&b.office, "office", "", `the office's name, such as "KPU Kota Mojokerto"`)
	f.StringArrayVar(&b.hashtags, "hashtag", nil, "the office's hashtag, put before the election's and never dropped (repeatable)")
	if logo {
		f.StringVar(&b.logo, "logo", "", "the office's logo, a PNG or JPEG, scaled into the top right corner")
	}
	b.cmd = cmd
}

// load merges --config into the flags that were not given, then takes the
// office's name from --region when neither gives one, and checks the
// hashtags.
func (b *brand) load(g *globals) error {
	if b.config != "" {
		cfg, err := loadConfig(b.config)
		if err != nil {
			return err
		}
		f := b.cmd.Flags()
		if !f.Changed("office") {
			b.office = cfg.Office
		}
		if !f.Changed("hashtag") {
			b.hashtags = cfg.Hashtags
		}
		if f.Lookup("logo") != nil && !f.Changed("logo") && cfg.Logo != "" {
			b.logo = cfg.Logo
		}
	}
	if b.office == "" && !g.reg.IsZero() {
		b.office = g.reg.Office()
	}
	for _, h := range b.hashtags {
		if err := sosmed.CheckHashtag(h); err != nil {
			return badInput("--hashtag: %v", err)
		}
	}
	return nil
}

// maxTemplateBytes bounds a --template file: 64 KB, a hundred times a
// built-in template.
const maxTemplateBytes = 64 << 10

// loadConfig reads a --config file with sosmed.LoadConfig, and resolves a
// relative logo: against the file's folder.
func loadConfig(path string) (sosmed.Config, error) {
	f, err := openRegular("--config", path)
	if err != nil {
		return sosmed.Config{}, err
	}
	defer f.Close()
	cfg, err := sosmed.LoadConfig(f, path)
	if errors.Is(err, sosmed.ErrConfigTooLarge) {
		return cfg, badInput("--config %v", err)
	}
	if err != nil {
		return cfg, inputError{err}
	}
	if cfg.Logo != "" && !filepath.IsAbs(cfg.Logo) {
		cfg.Logo = filepath.Join(filepath.Dir(path), cfg.Logo)
	}
	return cfg, nil
}
