package site

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Paths returns the paths that [Site.Publish] writes: the pages in both
// languages, the embed cards, the feeds, the holiday feeds of every year the
// schedules touch, and the JSON API.
func (s *Site) Paths() []string {
	paths := []string{"/", "/en/"}
	years := map[int]bool{}
	for _, sc := range s.opt.Schedules {
		id := sc.ID
		paths = append(paths,
			"/"+id+"/", "/"+id+"/en/",
			"/embed/"+id+"/", "/embed/"+id+"/en/",
			"/"+id+".ics", "/"+id+".en.ics",
			"/"+id+"/countdown.ics", "/"+id+"/countdown.en.ics",
			"/api/v1/"+id+"/countdown.json", "/api/v1/"+id+"/stages.json",
		)
		for _, st := range sc.All() {
			for y := st.Start.Year; y <= st.End.Year; y++ {
				years[y] = true
			}
		}
	}
	for y := 1900; y <= 2200; y++ {
		if years[y] {
			paths = append(paths, "/libur/"+strconv.Itoa(y)+".ics", "/libur/"+strconv.Itoa(y)+".en.ics")
		}
	}
	return paths
}

// Publish writes every path of [Site.Paths] as a file under dir, with the
// bytes the handler would answer for it, so that any static host or CDN can
// serve the site. A path ending in "/" is written as its index.html. It
// needs Options.BaseURL, since subscribe links must be absolute. It returns
// the files written.
func (s *Site) Publish(dir string) ([]string, error) {
	if s.opt.BaseURL == "" {
		return nil, fmt.Errorf("site: publishing needs a base URL, the address the files will be served at")
	}
	var files []string
	for _, p := range s.Paths() {
		resp, err := s.route(p, nil, s.opt.BaseURL)
		if err != nil {
			return files, fmt.Errorf("site: %s: %w", p, err)
		}
		name := strings.TrimPrefix(p, "/")
		if name == "" || strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return files, err
		}
		if err := os.WriteFile(file, resp.body, 0o644); err != nil {
			return files, err
		}
		files = append(files, file)
	}
	return files, nil
}
