package tahapan

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

// A SourceClass says what kind of page a stage's source is, judged by the
// host of its URL alone: the regulation or an official page, a major
// national news outlet, or anything else. It measures the footing a reader
// gets by clicking through, not whether the page is right; a page on any
// host can misprint a date.
type SourceClass string

// The source classes, strongest first.
const (
	// SourcePrimary is an official page: a host under go.id (JDIH KPU,
	// the sites of KPU's offices, peraturan.bpk.go.id, Bawaslu, DKPP,
	// setkab.go.id and other government sites) or the Constitutional
	// Court's mkri.id.
	SourcePrimary SourceClass = "primary"
	// SourceMajor is a national newsroom on the list of [MajorOutlets].
	SourceMajor SourceClass = "major"
	// SourceOther is every other page: regional and aggregator sites,
	// blogs, document-sharing sites.
	SourceOther SourceClass = "other"
)

// Local names the class in lang: "primer" / "primary", "media besar" /
// "major", "lainnya" / "other".
func (c SourceClass) Local(lang kata.Lang) string {
	switch c {
	case SourcePrimary:
		return lang.Pick("primer", "primary")
	case SourceMajor:
		return lang.Pick("media besar", "major")
	}
	return lang.Pick("lainnya", "other")
}

// Strong reports whether c is [SourcePrimary] or [SourceMajor].
func (c SourceClass) Strong() bool { return c == SourcePrimary || c == SourceMajor }

// majorOutlets are the domains of the major national outlets. A host is on
// the list when it is one of them or a subdomain (nasional.kompas.com,
// kl.antaranews.com, kaltim.tribunnews.com). Keep it short and keep the
// reasons next to each entry: a reviewer must be able to agree with every
// one.
var majorOutlets = []string{
	"antaranews.com",   // Antara, the national news agency; many outlets reprint it
	"cnnindonesia.com", // CNN Indonesia (Trans Media)
	"detik.com",        // detikcom, including its regional desks (detik.com/sumbagsel, /sulsel)
	"kompas.com",       // Kompas.com, the online desk of the Kompas newspaper
	"kompas.id",        // the Kompas newspaper itself
	"kumparan.com",     // kumparan, a national newsroom with its own reporters
	"liputan6.com",     // Liputan6 (SCTV / Emtek)
	"republika.co.id",  // Republika, a national daily
	"tempo.co",         // Tempo, the weekly and its daily site
	"tirto.id",         // Tirto, known for its explainers and fact checks
	// Tribunnews is Kompas Gramedia's national network, with regional
	// editions (kaltim.tribunnews.com). It is listed because its election
	// pages say whose copy of the PKPU list they print (Kompas.com, the
	// KPU site); its regional editions often syndicate, so prefer the
	// original when one is known.
	"tribunnews.com",
}

// MajorOutlets returns the domains whose pages are [SourceMajor], sorted.
func MajorOutlets() []string {
	s := slices.Clone(majorOutlets)
	slices.Sort(s)
	return s
}

// SourceHost returns the host of the source URL rawURL in lower case,
// without a port and without a leading "www.", such as
// "nasional.kompas.com". It returns "" when rawURL is not an absolute
// http or https URL.
func SourceHost(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	h := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	return strings.TrimPrefix(h, "www.")
}

// ClassifySource returns the class of the source at rawURL, judged by its
// host (see [SourceHost]). A URL that is not an absolute http or https URL
// is [SourceOther].
func ClassifySource(rawURL string) SourceClass {
	h := SourceHost(rawURL)
	switch {
	case h == "":
		return SourceOther
	case under(h, "go.id") || under(h, "mkri.id"):
		return SourcePrimary
	}
	for _, d := range majorOutlets {
		if under(h, d) {
			return SourceMajor
		}
	}
	return SourceOther
}

// under reports whether host is domain or one of its subdomains.
func under(host, domain string) bool {
	return host == domain || strings.HasSuffix(host, "."+domain)
}

// StrongSources returns the sources of st that are [SourcePrimary] or
// [SourceMajor], in the order the schedule gives them.
func (st *Stage) StrongSources() []string {
	var out []string
	for _, u := range st.Sources {
		if ClassifySource(u).Strong() {
			out = append(out, u)
		}
	}
	return out
}

// Main reports whether st is one of its schedule's main stages (tahapan):
// a top-level stage marked key. Top-level stages not marked key are
// activities that the schedule lists beside the tahapan because their
// dates run outside the tahapan they belong to; key sub-stages are key
// dates inside a tahapan.
func (st *Stage) Main() bool { return st.Parent == nil && st.Key }

// trackingParams are query parameters that only track the reader.
var trackingParams = []string{"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "igshid"}

// CheckSourceURL reports what is wrong with rawURL as a source: it is not
// an absolute http or https URL, it spells out the default port (":443" on
// https, ":80" on http), or it carries a tracking parameter (utm_*, fbclid,
// gclid and the like). Paging parameters such as "page=all" are kept: they
// choose what the page shows. It returns nil for a clean URL.
func CheckSourceURL(rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("source %q: not an absolute http or https URL", short(rawURL))
	}
	if p := u.Port(); (u.Scheme == "https" && p == "443") || (u.Scheme == "http" && p == "80") {
		return fmt.Errorf("source %q: drop the default port :%s", short(rawURL), p)
	}
	for k := range u.Query() {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || slices.Contains(trackingParams, lk) {
			return fmt.Errorf("source %q: drop the tracking parameter %q", short(rawURL), k)
		}
	}
	return nil
}
