package main

import (
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/site"
	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

type serveOptions struct {
	*globals
	addr        string
	baseURL     string
	out         string
	quiet       bool
	precompress bool
	force       bool
	regions     []wilayah.Region // the offices with a sub-site at /{kode}/
	regionsFlag string
	outDir      string
}

// site builds the site of the schedules given: every embedded schedule
// (the next election first) by default or with --schedule all, or one
// schedule. --at freezes the clock.
func (o *serveOptions) site() (*site.Site, error) {
	if err := checkBaseURL("--base-url", o.baseURL); err != nil {
		return nil, err
	}
	now, err := o.instant()
	if err != nil {
		return nil, err
	}
	var list []*tahapan.Schedule
	if o.schedule == "" || o.schedule == "all" {
		all, err := schedules.All()
		if err != nil {
			return nil, err
		}
		first := tahapan.Choose(all, now)
		list = append(list, first)
		for _, s := range all {
			if s != first {
				list = append(list, s)
			}
		}
	} else {
		s, err := o.loadSchedule(now)
		if err != nil {
			return nil, err
		}
		list = append(list, s)
	}
	cal, err := o.calendar(calendarOptions{})
	if err != nil {
		return nil, err
	}
	clock := o.now
	if o.at != "" {
		clock = func() time.Time { return now }
	}
	var logger *slog.Logger
	if !o.quiet {
		logger = slog.New(slog.NewTextHandler(o.stderr, nil))
	}
	return site.New(site.Options{Schedules: list, BaseURL: o.baseURL, Now: clock, Frozen: o.at != "", Holidays: cal, Logger: logger,
		Regions: o.regions, Home: o.reg})
}

// parseRegions reads --regions: "all", "none", or a comma list of codes
// and names ("35.76,Kota Makassar"). A name that fits several regions is
// an error that lists them, as for --region.
func parseRegions(v string) ([]wilayah.Region, error) {
	switch strings.TrimSpace(v) {
	case "", "none":
		return nil, nil
	case "all":
		return wilayah.All(), nil
	}
	var out []wilayah.Region
	for _, part := range strings.Split(v, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		r, err := wilayah.Lookup(part)
		if err != nil {
			return nil, inputError{fmt.Errorf("--regions: %w", err)}
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil, badInput("--regions: no region in %q: want all, none or codes and names separated by commas", shortValue(v))
	}
	return out, nil
}

func newServeCmd(g *globals) *cobra.Command {
	o := &serveOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "serve [--addr HOST:PORT] [--base-url URL]",
		Short: "Serve the countdown page, the calendar feeds and the JSON API over HTTP",
		Long: `Serve the schedules over HTTP: a countdown page (/), an embeddable card
(/embed/ID/), calendar feeds to subscribe to (/ID.ics, /ID/countdown.ics,
/libur/YEAR.ics), the JSON API (/api/v1/ID/countdown, /api/v1/ID/stages) and
/healthz. --at freezes the server's clock for a demo or a test. SIGINT or
SIGTERM stops it gracefully, finishing the requests in flight.

Every answer is rendered once and then served from memory: the feeds per
option set, the pages and the stages API per day, the countdown API per
second. It is gzipped only for clients that ask. Links use --base-url, or
are relative to the page when it is not given; the Host a request names is
never written into an answer.

Every KPU office has its own site under its kode wilayah: /35.76/ (and
/35.76/en/), its feeds /35.76/pemilu-2024.ics, its card /35.76/embed/ID/, the
API /35.76/api/v1/ID/countdown and the day's captions
/35.76/api/v1/ID/captions, all in the region's own zone with its office's
name; an election that did not take place there is a 404 that says so.
/wilayah/ lists the offices by province and /api/v1/regions?q=NAME finds them.
With --region, the server is that one office's site: "/" is its page and
there are no other offices' sites.

One server is right for an office. For a national audience, write the same
files with "tahapan publish" and put them on a CDN or static host.`,
		Example: `  tahapan serve
  tahapan serve --addr :8080 --base-url https://pemilu.example.org
  tahapan serve --schedule pemilu-2024 --at 2023-07-23
  tahapan serve --region 35.76 --base-url https://jadwal.kpu-mojokertokota.example`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.reg.IsZero() {
				regions, err := parseRegions(o.regionsFlag)
				if err != nil {
					return err
				}
				o.regions = regions
			}
			st, err := o.site()
			if err != nil {
				return err
			}
			if host, port, err := net.SplitHostPort(o.addr); err != nil || !validPort(port) || len(host) > maxDomain {
				return badInput("--addr: invalid address %q: want HOST:PORT such as 127.0.0.1:8080", shortValue(o.addr))
			}
			ln, err := net.Listen("tcp", o.addr)
			if err != nil {
				return err
			}
			fmt.Fprintln(o.stderr, kata.Serving(fmt.Sprintf("http://%s/", ln.Addr()), o.lang))
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return st.Serve(ctx, ln, 10*time.Second)
		},
	}
	cmd.Flags().StringVar(&o.addr, "addr", "127.0.0.1:8080", "the address to listen on")
	cmd.Flags().StringVar(&o.baseURL, "base-url", "", "the public address of the site, for subscribe links and feed SOURCE lines (default: links relative to the page)")
	cmd.Flags().BoolVar(&o.quiet, "quiet", false, "no access log")
	cmd.Flags().StringVar(&o.regionsFlag, "regions", "all", `the KPU offices with a site under /{kode}/: "all", "none", or codes and names separated by commas (with --region: that office only)`)
	return cmd
}

func validPort(p string) bool {
	n, err := strconv.Atoi(p)
	return err == nil && n >= 0 && n <= 65535
}

func newPublishCmd(g *globals) *cobra.Command {
	o := &serveOptions{globals: g, quiet: true}
	cmd := &cobra.Command{
		Use:   "publish --out-dir DIR --base-url URL [--regions all|CODES]",
		Short: "Write the site (pages, feeds, JSON) as static files for any web host or CDN",
		Long: `Publish writes the files that "tahapan serve" answers into DIR, each byte for
byte the same as the served response: index.html and en/index.html, the
embed cards, the feeds in both languages, the holiday feeds of the years the
schedules touch, and the JSON API as .json files. --base-url is the address
the files will be served at; subscribe links need it.

--regions all also writes a site for every KPU office (38 provinces, 514
kabupaten/kota) under its kode wilayah: DIR/35.76/index.html and en/, in the
region's own zone with its office's name; its feeds, embed card, countdown
and stages JSON and the day's captions for the five platforms
(api/v1/ID/captions.json) for the schedule it is in now and any with events
of its own (a PSU); and DIR/wilayah/index.html, where visitors find their
office by name, with DIR/api/v1/regions.json. --regions also takes codes or
names separated by commas ("35.76,Kota Makassar"). With --region, DIR's
own index.html is that office's page.

The site is built in a new folder beside DIR and then put in DIR's place in
one step, so a failed run (a full disk, say) leaves the last site as it was
and a web server never sends half a feed. DIR may be missing, empty or an
earlier publish (it holds a .tahapan-publish file); anything else is
refused unless --force is given, since the whole folder is replaced.

--precompress also writes NAME.gz and NAME.br beside every file, for nginx
gzip_static/brotli_static or Caddy's precompressed; the .gz bytes are those
"tahapan serve" sends with Content-Encoding: gzip.`,
		Example: `  tahapan publish --out-dir public --base-url https://pemilu.example.org
  tahapan publish --out-dir public --base-url https://pemilu.example.org --regions all --precompress
  tahapan publish --out-dir public --base-url https://pemilu.example.org --regions 35.76,73.71`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.out != "" && o.outDir != "" && o.out != o.outDir {
				return badInput("--out is the old name of --out-dir: give one of them")
			}
			if o.outDir == "" {
				o.outDir = o.out
			}
			if o.outDir == "" || o.baseURL == "" {
				return badInput("publish needs --out-dir DIR and --base-url URL")
			}
			regions, err := parseRegions(o.regionsFlag)
			if err != nil {
				return err
			}
			o.regions = regions
			st, err := o.site()
			if err != nil {
				return err
			}
			files, err := st.Publish(o.outDir, site.PublishOptions{Precompress: o.precompress, Force: o.force})
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), o.lang.Pick("%d berkas ditulis ke %s\n", "%d files written to %s\n"), len(files), o.outDir)
			return nil
		},
	}
	cmd.Flags().StringVar(&o.outDir, "out-dir", "", "the folder to write to")
	cmd.Flags().StringVar(&o.out, "out", "", "the folder to write to (old name of --out-dir)")
	_ = cmd.Flags().MarkDeprecated("out", "use --out-dir; --out keeps working")
	// pflag prints the deprecation notice to the flag set's output, which
	// cobra would send to stdout: it belongs on stderr.
	cmd.Flags().SetOutput(g.stderr)
	cmd.Flags().StringVar(&o.baseURL, "base-url", "", "the public address the files will be served at")
	cmd.Flags().StringVar(&o.regionsFlag, "regions", "", `also write a site for each KPU office: "all", or codes and names separated by commas`)
	cmd.Flags().BoolVar(&o.precompress, "precompress", false, "also write NAME.gz and NAME.br beside every file")
	cmd.Flags().BoolVar(&o.force, "force", false, "replace --out-dir even if it holds files of something other than an earlier publish")
	return cmd
}
