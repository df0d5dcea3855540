package main

import (
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/site"
)

type serveOptions struct {
	*globals
	addr        string
	baseURL     string
	out         string
	quiet       bool
	precompress bool
	force       bool
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
	return site.New(site.Options{Schedules: list, BaseURL: o.baseURL, Now: clock, Frozen: o.at != "", Holidays: cal, Logger: logger})
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

One server is right for an office. For a national audience, write the same
files with "tahapan publish" and put them on a CDN or static host.`,
		Example: `  tahapan serve
  tahapan serve --addr :8080 --base-url https://pemilu.example.org
  tahapan serve --schedule pemilu-2024 --at 2023-07-23`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := o.site()
			if err != nil {
				return err
			}
			if _, port, err := net.SplitHostPort(o.addr); err != nil || !validPort(port) {
				return badInput("--addr: invalid address %q: want HOST:PORT such as 127.0.0.1:8080", o.addr)
			}
			ln, err := net.Listen("tcp", o.addr)
			if err != nil {
				return err
			}
			fmt.Fprintf(o.stderr, "tahapan: serving on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return st.Serve(ctx, ln, 10*time.Second)
		},
	}
	cmd.Flags().StringVar(&o.addr, "addr", "127.0.0.1:8080", "the address to listen on")
	cmd.Flags().StringVar(&o.baseURL, "base-url", "", "the public address of the site, for subscribe links and feed SOURCE lines (default: links relative to the page)")
	cmd.Flags().BoolVar(&o.quiet, "quiet", false, "no access log")
	return cmd
}

func validPort(p string) bool {
	n, err := strconv.Atoi(p)
	return err == nil && n >= 0 && n <= 65535
}

func newPublishCmd(g *globals) *cobra.Command {
	o := &serveOptions{globals: g, quiet: true}
	cmd := &cobra.Command{
		Use:   "publish --out DIR --base-url URL",
		Short: "Write the site (pages, feeds, JSON) as static files for any web host or CDN",
		Long: `Publish writes the files that "tahapan serve" answers into DIR, each byte for
byte the same as the served response: index.html and en/index.html, the
embed cards, the feeds in both languages, the holiday feeds of the years the
schedules touch, and the JSON API as .json files. --base-url is the address
the files will be served at; subscribe links need it.

The site is built in a new folder beside DIR and then put in DIR's place in
one step, so a failed run (a full disk, say) leaves the last site as it was
and a web server never sends half a feed. DIR may be missing, empty or an
earlier publish (it holds a .tahapan-publish file); anything else is
refused unless --force is given, since the whole folder is replaced.

--precompress also writes NAME.gz and NAME.br beside every file, for nginx
gzip_static/brotli_static or Caddy's precompressed; the .gz bytes are those
"tahapan serve" sends with Content-Encoding: gzip.`,
		Example: `  tahapan publish --out public --base-url https://pemilu.example.org
  tahapan publish --out /srv/tahapan/public --base-url https://pemilu.example.org --precompress`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.out == "" || o.baseURL == "" {
				return badInput("publish needs --out DIR and --base-url URL")
			}
			st, err := o.site()
			if err != nil {
				return err
			}
			files, err := st.Publish(o.out, site.PublishOptions{Precompress: o.precompress, Force: o.force})
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), kata.Lang(o.lang).Pick("%d berkas ditulis ke %s\n", "%d files written to %s\n"), len(files), o.out)
			return nil
		},
	}
	cmd.Flags().StringVar(&o.out, "out", "", "the folder to write to")
	cmd.Flags().StringVar(&o.baseURL, "base-url", "", "the public address the files will be served at")
	cmd.Flags().BoolVar(&o.precompress, "precompress", false, "also write NAME.gz and NAME.br beside every file")
	cmd.Flags().BoolVar(&o.force, "force", false, "replace --out even if it holds files of something other than an earlier publish")
	return cmd
}
