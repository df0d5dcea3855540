package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

// regionSite is a site of the given schedules with a sub-site for each of
// regions (all 552 when nil), its clock at *clock.
func regionSite(t testing.TB, clock *time.Time, regions []wilayah.Region, ids ...string) *Site {
	t.Helper()
	var list []*tahapan.Schedule
	for _, id := range ids {
		s, err := schedules.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		list = append(list, s)
	}
	if regions == nil {
		regions = wilayah.All()
	}
	s, err := New(Options{Schedules: list, BaseURL: "https://pemilu.example.org", Regions: regions, Frozen: true,
		Now: func() time.Time { return *clock }})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustRegions(t testing.TB, codes ...string) []wilayah.Region {
	t.Helper()
	var out []wilayah.Region
	for _, c := range codes {
		r, err := wilayah.Lookup(c)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// labelRE finds the H-label on a page.
var labelRE = regexp.MustCompile(`<div class="label" id="label">([^<]*)</div>`)

// TestRegionMidnight checks that a WITA office (Kota Makassar, 73.71) and
// a WIT office (Kota Jayapura, 91.71) reach voting day, 14 February 2024,
// at their own midnight: 16:00Z the day before for WITA, 15:00Z for WIT,
// while WIB (Kota Mojokerto and the national page) waits until 17:00Z.
func TestRegionMidnight(t *testing.T) {
	var now time.Time
	s := regionSite(t, &now, mustRegions(t, "35.76", "73.71", "91.71"), "pemilu-2024")
	h := s.Handler()
	cases := []struct {
		at   string
		path string
		want string // the H-label
		tz   string
	}{
		{"2024-02-13T16:30:00Z", "/73.71/", "H", "Asia/Makassar"},
		{"2024-02-13T16:30:00Z", "/91.71/", "H", "Asia/Jayapura"},
		{"2024-02-13T16:30:00Z", "/35.76/", "H-1", "Asia/Jakarta"},
		{"2024-02-13T16:30:00Z", "/", "H-1", "Asia/Jakarta"},
		{"2024-02-13T15:30:00Z", "/91.71/", "H", "Asia/Jayapura"},
		{"2024-02-13T15:30:00Z", "/73.71/", "H-1", "Asia/Makassar"},
		{"2024-02-13T15:59:59Z", "/73.71/", "H-1", "Asia/Makassar"},
		{"2024-02-13T16:00:00Z", "/73.71/", "H", "Asia/Makassar"},
		{"2024-02-13T14:59:59Z", "/91.71/", "H-1", "Asia/Jayapura"},
		{"2024-02-13T17:00:00Z", "/35.76/", "H", "Asia/Jakarta"},
	}
	for _, c := range cases {
		var err error
		if now, err = time.Parse(time.RFC3339, c.at); err != nil {
			t.Fatal(err)
		}
		page := get(t, h, c.path).Body.String()
		m := labelRE.FindStringSubmatch(page)
		if m == nil || m[1] != c.want {
			t.Errorf("%s at %s: label %v, want %s", c.path, c.at, m, c.want)
		}
		var cd struct {
			Label string `json:"label"`
			TZ    string `json:"tz"`
		}
		api := strings.TrimSuffix(c.path, "/") + "/api/v1/pemilu-2024/countdown"
		if err := json.Unmarshal(get(t, h, api).Body.Bytes(), &cd); err != nil {
			t.Fatalf("%s: %v", api, err)
		}
		if cd.Label != c.want || cd.TZ != c.tz {
			t.Errorf("%s at %s: %s in %s, want %s in %s", api, c.at, cd.Label, cd.TZ, c.want, c.tz)
		}
	}
	now = time.Date(2024, 2, 13, 16, 30, 0, 0, time.UTC)
	page := get(t, h, "/73.71/").Body.String()
	for _, want := range []string{"<strong>KPU Kota Makassar</strong> · Kota Makassar (73.71) · WITA", "<title>H · Pemilu Serentak 2024 · KPU Kota Makassar</title>",
		`href="https://pemilu.example.org/73.71/pemilu-2024.ics"`, "Hari ini: Rabu, 14 Februari 2024 (WITA)"} {
		if !strings.Contains(page, want) {
			t.Errorf("/73.71/ lacks %q", want)
		}
	}
	en := get(t, h, "/91.71/en/").Body.String()
	for _, want := range []string{"<strong>KPU Kota Jayapura</strong>", "(WIT)", `<a href="/en/">National schedule</a>`} {
		if !strings.Contains(en, want) {
			t.Errorf("/91.71/en/ lacks %q", want)
		}
	}
	card := get(t, h, "/73.71/embed/pemilu-2024/").Body.String()
	if !strings.Contains(card, "<strong>KPU Kota Makassar</strong> · WITA") {
		t.Errorf("the card of 73.71 does not name its office")
	}
	// The card counts to the polls of its office's zone: at 09.00 WIT on
	// 10 Feb, Jayapura's TPS open in 3 days 22 hours (at 07.00 WIT on the
	// 14th), not in WIB's 4 days 0 hours.
	now = time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC)
	card = get(t, h, "/91.71/embed/pemilu-2024/").Body.String()
	for _, want := range []string{"<b>TPS dibuka pukul 07.00 WIT</b>: <span>3 hari 22 jam 0 menit</span>"} {
		if !strings.Contains(card, want) {
			t.Errorf("the card of 91.71 lacks %q", want)
		}
	}
	if strings.Contains(card, "WIB") {
		t.Errorf("the card of 91.71 speaks of WIB")
	}
	// One day is "1 day", in the box and in the script that keeps it.
	now = time.Date(2024, 2, 12, 22, 0, 0, 0, time.UTC)
	for _, path := range []string{"/en/", "/embed/pemilu-2024/?lang=en"} {
		page := get(t, h, path).Body.String()
		if !strings.Contains(page, "1 day 2 h 0 min") || strings.Contains(page, "1 days") {
			t.Errorf("%s at %s: want \"1 day 2 h 0 min\", never \"1 days\"", path, now)
		}
	}
}

// TestRegionsAPI checks /api/v1/regions and its search.
func TestRegionsAPI(t *testing.T) {
	now := at
	s := regionSite(t, &now, nil, "pemilu-2024")
	var rows []regionJSON
	rec := get(t, s.Handler(), "/api/v1/regions?q=mojokerto")
	if err := json.Unmarshal(rec.Body.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, r := range rows {
		codes = append(codes, r.Code+" "+r.Office+" "+r.ZoneAbbrev)
	}
	if want := []string{"35.16 KPU Kabupaten Mojokerto WIB", "35.76 KPU Kota Mojokerto WIB"}; !slices.Equal(codes, want) {
		t.Errorf("?q=mojokerto: %q, want %q", codes, want)
	}
	if rec.Header().Get("Access-Control-Allow-Origin") != "*" || rec.Header().Get("ETag") == "" {
		t.Errorf("headers %v", rec.Header())
	}
	rows = nil
	if err := json.Unmarshal(get(t, s.Handler(), "/api/v1/regions.json").Body.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 552 || rows[0].Code != "11" || rows[0].Office != "KIP Aceh" {
		t.Errorf("%d regions, first %+v", len(rows), rows[0])
	}
	for _, r := range rows {
		if r.Code == "73.71" && (r.Zone != "Asia/Makassar" || r.URL != "https://pemilu.example.org/73.71/" || r.Province != "73") {
			t.Errorf("73.71: %+v", r)
		}
	}
	if code := get(t, s.Handler(), "/api/v1/regions?q="+strings.Repeat("a", 200)).Code; code != http.StatusBadRequest {
		t.Errorf("a long q: %d", code)
	}
	// A site without regions has none.
	if code := get(t, newSite(t, "").Handler(), "/api/v1/regions").Code; code != http.StatusNotFound {
		t.Errorf("no regions: %d", code)
	}
}

// TestRegionIndex checks the index page: 38 provinces and 514
// kabupaten/kota, each linked to its office's page by the office's name.
func TestRegionIndex(t *testing.T) {
	now := at
	s := regionSite(t, &now, nil, "pemilu-2024")
	for _, c := range []struct{ path, en string }{{"/wilayah/", ""}, {"/wilayah/en/", "en/"}} {
		page := get(t, s.Handler(), c.path).Body.String()
		if n := strings.Count(page, "<h2 id=\"p"); n != 38 {
			t.Errorf("%s: %d provinces, want 38", c.path, n)
		}
		if n := strings.Count(page, "<li data-n="); n != 514 {
			t.Errorf("%s: %d kabupaten/kota, want 514", c.path, n)
		}
		for _, want := range []string{`<a href="/11.71/` + c.en + `">KIP Kota Banda Aceh</a>`, `<a href="/11/` + c.en + `">KIP Aceh</a>`,
			`<a href="/35.76/` + c.en + `">KPU Kota Mojokerto</a>`, `<a href="/35.16/` + c.en + `">KPU Kabupaten Mojokerto</a>`,
			`<a href="/34/` + c.en + `">KPU Daerah Istimewa Yogyakarta</a>`, "552 "} {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %q", c.path, want)
			}
		}
	}
	if !strings.Contains(get(t, s.Handler(), "/").Body.String(), `<a href="/wilayah/">Cari KPU daerah Anda</a>`) {
		t.Error("the national page does not link the index")
	}
	// With a few regions, the index lists those only, and names a province
	// without a site of its own without a link.
	few := regionSite(t, &now, mustRegions(t, "35.76", "11.71"), "pemilu-2024")
	page := get(t, few.Handler(), "/wilayah/").Body.String()
	if strings.Count(page, "<li data-n=") != 2 || strings.Contains(page, `href="/35/"`) || !strings.Contains(page, ">Jawa Timur <") {
		t.Errorf("index of two regions:\n%s", page)
	}
	if code := get(t, few.Handler(), "/73.71/").Code; code != http.StatusNotFound {
		t.Errorf("a region without a sub-site: %d", code)
	}
}

// TestRegionPSU checks that a PSU shows only under its own region: the
// PSU of Kabupaten Siak (14.08, 22 March 2025) is in Siak's pilkada-2024
// feed and stages, not in Kota Mojokerto's; an election held elsewhere is a
// 404 that says so.
func TestRegionPSU(t *testing.T) {
	now := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	s := regionSite(t, &now, mustRegions(t, "14.08", "35.76", "19.71", "14"), "pilkada-2024", "pilkada-ulang-2025")
	h := s.Handler()
	siak := get(t, h, "/14.08/pilkada-2024.ics").Body.String()
	mojo := get(t, h, "/35.76/pilkada-2024.ics").Body.String()
	if !strings.Contains(siak, "psu-kab-siak") || !strings.Contains(siak, "DTSTART;VALUE=DATE:20250322") {
		t.Error("Siak's feed lacks its PSU")
	}
	if strings.Contains(mojo, "psu-") || strings.Contains(mojo, "psu-kab-siak") {
		t.Error("Mojokerto's feed holds a PSU")
	}
	if strings.Contains(siak, "psu-kab-bangka-barat") {
		t.Error("Siak's feed holds another region's PSU")
	}
	// The province sees the PSU of its kabupaten.
	if !strings.Contains(get(t, h, "/14/pilkada-2024.ics").Body.String(), "psu-kab-siak") {
		t.Error("Riau's feed lacks Siak's PSU")
	}
	if strings.Contains(get(t, h, "/35.76/api/v1/pilkada-2024/stages").Body.String(), "psu-") {
		t.Error("Mojokerto's stages hold a PSU")
	}
	if !strings.Contains(get(t, h, "/14.08/api/v1/pilkada-2024/stages").Body.String(), `"psu-kab-siak"`) {
		t.Error("Siak's stages lack its PSU")
	}
	// Siak publishes its countdown feed, Mojokerto links the national one.
	if !slices.Contains(s.RegionPaths("14.08"), "/14.08/pilkada-2024/countdown.ics") {
		t.Error("Siak's paths lack its countdown feed")
	}
	if slices.Contains(s.RegionPaths("35.76"), "/35.76/pilkada-2024/countdown.ics") {
		t.Error("Mojokerto's paths hold a countdown feed of its own")
	}
	if !strings.Contains(get(t, h, "/35.76/").Body.String(), `href="https://pemilu.example.org/pilkada-2024/countdown.ics"`) {
		t.Error("Mojokerto's page does not link the national countdown feed")
	}
	// The Pilkada ulang took place in Bangka and Pangkal Pinang only.
	rec := get(t, h, "/35.76/pilkada-ulang-2025.ics")
	if rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "did not take place in Kota Mojokerto (35.76)") {
		t.Errorf("pilkada-ulang-2025 in 35.76: %d %q", rec.Code, rec.Body.String())
	}
	if rec.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("a 404 is cached: %q", rec.Header().Get("Cache-Control"))
	}
	if code := get(t, h, "/19.71/pilkada-ulang-2025.ics").Code; code != http.StatusOK {
		t.Errorf("pilkada-ulang-2025 in 19.71: %d", code)
	}
	if code := get(t, h, "/35.76/libur/2025.ics").Code; code != http.StatusNotFound {
		t.Errorf("a region's holiday feed: %d (the national one serves all)", code)
	}
	// The captions name the office.
	var kit captionsJSON
	if err := json.Unmarshal(get(t, h, "/14.08/api/v1/pilkada-2024/captions").Body.Bytes(), &kit); err != nil {
		t.Fatal(err)
	}
	if len(kit.Captions) != 5 || kit.Office != "KPU Kabupaten Siak" {
		t.Fatalf("captions: %d, office %q", len(kit.Captions), kit.Office)
	}
	for _, c := range kit.Captions {
		if !strings.Contains(c.Text, "KPU Kabupaten Siak") {
			t.Errorf("%s caption lacks the office: %q", c.Platform, c.Text)
		}
	}
}

// TestPublishRegionsServe checks that every published file of a few
// regions' sub-sites, the index and the regions API is what the handler
// answers for its path, plain and gzip.
func TestPublishRegionsServe(t *testing.T) {
	now := time.Date(2024, 2, 13, 16, 30, 0, 0, time.UTC)
	s := regionSite(t, &now, mustRegions(t, "11.71", "35.76", "73.71", "91.71", "73.73", "73"), "pemilu-2024", "pilkada-2024")
	dir := filepath.Join(t.TempDir(), "public")
	files, err := s.Publish(dir, PublishOptions{Precompress: true})
	if err != nil {
		t.Fatal(err)
	}
	paths := s.Paths()
	if len(files) != 3*len(paths) {
		t.Errorf("%d files for %d paths", len(files), len(paths))
	}
	for _, want := range []string{"/wilayah/", "/api/v1/regions.json", "/73.71/", "/73.71/en/", "/73.71/pemilu-2024.ics",
		"/73.71/embed/pemilu-2024/", "/73.71/api/v1/pemilu-2024/captions.json", "/73.73/pilkada-2024.ics", "/11.71/en/"} {
		if !slices.Contains(paths, want) {
			t.Errorf("paths lack %s", want)
		}
	}
	h := s.Handler()
	for _, p := range paths {
		file := filepath.Join(dir, filepath.FromSlash(publishedName(p)))
		plain, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		gz, err := os.ReadFile(file + ".gz")
		if err != nil {
			t.Fatal(err)
		}
		if rec := get(t, h, p); rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), plain) {
			t.Errorf("%s: served plain body differs from the file", p)
		}
		if rec := get(t, h, p, "Accept-Encoding", "gzip"); !bytes.Equal(rec.Body.Bytes(), gz) {
			t.Errorf("%s: served gzip body differs from the .gz file", p)
		}
	}
}

// treeHash hashes the names and bytes of every file under dir.
func treeHash(t testing.TB, dir string) (string, int) {
	t.Helper()
	h := sha256.New()
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		h.Write([]byte(filepath.ToSlash(rel) + "\x00"))
		h.Write(b)
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil)), n
}

// TestPublishAllRegionsDeterministic publishes all 552 regions twice, with
// two sites, and compares the trees.
func TestPublishAllRegionsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("publishes 552 regions twice")
	}
	now := time.Date(2024, 2, 13, 16, 30, 0, 0, time.UTC)
	var sums []string
	for i := range 2 {
		s := regionSite(t, &now, nil, "pemilu-2024", "pilkada-2024")
		dir := filepath.Join(t.TempDir(), "public")
		if _, err := s.Publish(dir, PublishOptions{}); err != nil {
			t.Fatal(err)
		}
		sum, n := treeHash(t, dir)
		sums = append(sums, sum)
		if i == 0 {
			entries, _ := os.ReadDir(dir)
			regions := 0
			for _, e := range entries {
				if wilayah.IsCode(e.Name()) {
					regions++
				}
			}
			if regions != 552 {
				t.Errorf("%d region folders, want 552", regions)
			}
			t.Logf("%d files, sha256 %s", n, sum)
		}
	}
	if sums[0] != sums[1] {
		t.Errorf("two publishes differ: %s and %s", sums[0], sums[1])
	}
}

// BenchmarkPublishAllRegions publishes the national site and the 552
// offices' sub-sites (pemilu-2024 and pilkada-2024, as on 13 February
// 2024), without precompression.
func BenchmarkPublishAllRegions(b *testing.B) {
	now := time.Date(2024, 2, 13, 16, 30, 0, 0, time.UTC)
	b.Logf("GOMAXPROCS %d", runtime.GOMAXPROCS(0))
	for range b.N {
		s := regionSite(b, &now, nil, "pemilu-2024", "pilkada-2024")
		dir := filepath.Join(b.TempDir(), "public")
		files, err := s.Publish(dir, PublishOptions{})
		if err != nil {
			b.Fatal(err)
		}
		var size int64
		for _, f := range files {
			fi, _ := os.Stat(f)
			size += fi.Size()
		}
		b.ReportMetric(float64(size)/1e6, "MB")
		b.ReportMetric(float64(len(files)), "files")
	}
}

// TestHomeRegion checks a site whose "/" is one office's (serve --region).
func TestHomeRegion(t *testing.T) {
	var list []*tahapan.Schedule
	for _, id := range []string{"pemilu-2024", "pilkada-ulang-2025"} {
		s, err := schedules.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		list = append(list, s)
	}
	now := time.Date(2024, 2, 13, 16, 30, 0, 0, time.UTC)
	home := mustRegions(t, "73.71")[0]
	s, err := New(Options{Schedules: list, Home: home, Frozen: true, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	page := get(t, h, "/").Body.String()
	if m := labelRE.FindStringSubmatch(page); m == nil || m[1] != "H" {
		t.Errorf("/ of 73.71 at 16:30Z: %v, want H", m)
	}
	if !strings.Contains(page, "<strong>KPU Kota Makassar</strong> · Kota Makassar (73.71) · WITA</p>") {
		t.Error("/ lacks the office, or links a national page it does not have")
	}
	if rec := get(t, h, "/pilkada-ulang-2025.ics"); rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "did not take place in Kota Makassar") {
		t.Errorf("pilkada-ulang-2025: %d %q", rec.Code, rec.Body.String())
	}
	if code := get(t, h, "/35.76/").Code; code != http.StatusNotFound {
		t.Errorf("another office's site: %d", code)
	}
	if slices.Contains(s.Paths(), "/wilayah/") {
		t.Error("an office's own site publishes the index")
	}
	// None of the schedules took place in 35.76.
	if _, err := New(Options{Schedules: list[1:], Home: mustRegions(t, "35.76")[0]}); err == nil {
		t.Error("a home region where nothing took place is accepted")
	}
}

// TestPollPhase pins the phase the page, embed and captions caches key on:
// the polls of pemilu-2024 open at 07:00 and close at 13:00, local time,
// on 14 February 2024.
func TestPollPhase(t *testing.T) {
	sc, err := schedules.Load("pemilu-2024")
	if err != nil {
		t.Fatal(err)
	}
	wib, err := tahapan.Zone("WIB")
	if err != nil {
		t.Fatal(err)
	}
	wit, err := tahapan.Zone("WIT")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		t    time.Time
		loc  *time.Location
		want string
	}{
		{time.Date(2024, 2, 13, 23, 59, 0, 0, wib), wib, ""},
		{time.Date(2024, 2, 14, 6, 59, 0, 0, wib), wib, "falsefalse"},
		{time.Date(2024, 2, 14, 7, 0, 0, 0, wib), wib, "truefalse"},
		{time.Date(2024, 2, 14, 13, 0, 0, 0, wib), wib, "truetrue"},
		{time.Date(2024, 2, 15, 0, 0, 0, 0, wib), wib, ""},
		{time.Date(2024, 2, 14, 7, 0, 0, 0, wib), wit, "truefalse"},    // 09:00 WIT
		{time.Date(2024, 2, 14, 11, 0, 0, 0, wib), wit, "truetrue"},    // 13:00 WIT
		{time.Date(2024, 2, 13, 22, 30, 0, 0, wib), wit, "falsefalse"}, // 00:30 WIT on voting day
	} {
		if got := pollPhase(sc, tt.t, tt.loc); got != tt.want {
			t.Errorf("pollPhase(%v in %v) = %q, want %q", tt.t, tt.loc, got, tt.want)
		}
	}
}
