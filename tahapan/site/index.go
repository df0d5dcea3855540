package site

import (
	"bytes"
	_ "embed"
	"net/url"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

//go:embed index.html
var indexHTML string

// provinceGroup is a province on the index page with its kabupaten/kota.
type provinceGroup struct {
	Province wilayah.Region
	Linked   bool // the province's office has a sub-site too
	Locals   []wilayah.Region
}

type indexData struct {
	Lang, OtherLang, OtherLangName, OtherPath string
	En                                        string // "en/" on the English page: the offices' pages in English
	Home, API                                 string
	Title, National, Offices                  string // phrases of package kata
	Count, Provinces, Locals                  int
	Groups                                    []provinceGroup
}

// regionIndex answers /wilayah/: every region with a sub-site, grouped by
// province, each linked to its office's page. It is a plain list that
// works without a script; a small script adds a filter box.
func (s *Site) regionIndex(q url.Values, now time.Time) (*response, error) {
	lang, err := langOf(q)
	if err != nil {
		return nil, err
	}
	return s.cache.get("index|"+lang.String(), func() (*response, error) {
		d := indexData{Lang: lang.String(), OtherLang: "en", OtherLangName: "English", OtherPath: "/wilayah/en/",
			Home: "/", API: s.opt.BaseURL + "/api/v1/regions.json"}
		if lang == kata.English {
			d.OtherLang, d.OtherLangName, d.OtherPath, d.En, d.Home = "id", "Bahasa Indonesia", "/wilayah/", "en/", "/en/"
		}
		l := lang
		d.Title, d.National = kata.FindOffice(l), kata.NationalSchedule(l)
		byProv := map[string]int{}
		for _, r := range s.regionList {
			d.Count++
			p := r
			if r.Kind != wilayah.KindProvince {
				p = r.Province()
				d.Locals++
			} else {
				d.Provinces++
			}
			i, ok := byProv[p.Code]
			if !ok {
				i = len(d.Groups)
				byProv[p.Code] = i
				_, linked := s.regions[p.Code]
				d.Groups = append(d.Groups, provinceGroup{Province: p, Linked: linked})
			}
			if r.Kind != wilayah.KindProvince {
				d.Groups[i].Locals = append(d.Groups[i].Locals, r)
			}
		}
		d.Offices = kata.Offices(d.Provinces, d.Locals, l)
		var b bytes.Buffer
		if err := indexTmpl().Execute(&b, d); err != nil {
			return nil, err
		}
		// The list changes only with a new release.
		return newResponse(b.Bytes(), htmlType, dayCache, now), nil
	})
}
