package main

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

func newRegionsCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "regions [QUERY]",
		Short: "List and search the provinces and kabupaten/kota: codes, time zones, election offices",
		Long: `regions lists Indonesia's 38 provinces and 514 kabupaten/kota with their kode
wilayah (Kepmendagri 300.2.2-2138/2025), their legal time zone (Keppres
41/1987) and the name of their election office (KPU, or KIP in Aceh).

With a QUERY it shows one region: a code (35.76 or 3576) or a name, matched
ignoring case and a leading "Kabupaten", "Kab.", "Kota" or "Provinsi"; a
province comes with its kabupaten/kota. A name that fits more than one region,
such as Mojokerto (Kabupaten 35.16 and Kota 35.76), is an error (exit 2) that
lists them. A QUERY that names no region is searched for in the names
("jawa", "kota jakarta", "35.7").`,
		Example: `  tahapan regions
  tahapan regions 35.76
  tahapan regions kota mojokerto
  tahapan regions "Jawa Timur" --output json
  tahapan regions kota --output json   # every kota`,
		Args: args(cobra.ArbitraryArgs),
		RunE: func(cmd *cobra.Command, a []string) error {
			rs, err := findRegions(strings.Join(a, " "))
			if err != nil {
				return err
			}
			rows := make([]wilayah.Summary, len(rs))
			for i, r := range rs {
				rows[i] = r.Summary()
			}
			w := cmd.OutOrStdout()
			if g.output == "json" {
				return writeJSON(w, rows)
			}
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, g.lang.Pick("KODE\tNAMA\tJENIS\tZONA\tKANTOR", "CODE\tNAME\tKIND\tZONE\tOFFICE"))
			for _, r := range rows {
				name, kind := r.Name, r.Kind.String()
				if r.Kind != wilayah.KindProvince {
					name = "  " + name
				} else if g.lang != kata.English {
					kind = "provinsi"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Code, name, kind, r.ZoneAbbrev, r.Office)
			}
			return tw.Flush()
		},
	}
}

// findRegions returns the regions a query asks for: all of them for no
// query; the region [wilayah.Lookup] finds, with its kabupaten/kota for a
// province; or else the regions whose names contain the query. An ambiguous
// name, and a query that finds nothing, are input errors.
func findRegions(q string) ([]wilayah.Region, error) {
	if strings.TrimSpace(q) == "" {
		return wilayah.All(), nil
	}
	r, err := wilayah.Lookup(q)
	if err == nil {
		if r.Kind == wilayah.KindProvince {
			return append([]wilayah.Region{r}, wilayah.Children(r)...), nil
		}
		return []wilayah.Region{r}, nil
	}
	if errors.Is(err, wilayah.ErrNotFound) {
		if rs := wilayah.Search(q); len(rs) > 0 {
			return rs, nil
		}
	}
	return nil, regionError(err)
}

// regionError marks the errors of a region query as the user's (exit 2).
// Any other error is the embedded table's, which the tests rule out.
func regionError(err error) error {
	if errors.Is(err, wilayah.ErrNotFound) || errors.As(err, new(*wilayah.AmbiguousError)) {
		return inputError{err}
	}
	return err
}
