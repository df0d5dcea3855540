package wilayah_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

// The counts of the 2025 decree: 38 provinces and 514 kabupaten/kota, of
// which 98 kota (the NN.71+ codes, counted per code in the reference) and
// 416 kabupaten, as Indonesian Wikipedia's "Kabupaten dan kota di Indonesia"
// also counts them (1 kabupaten and 5 kota administrasi among them).
func TestCounts(t *testing.T) {
	all := wilayah.All()
	counts := map[wilayah.Kind]int{}
	for _, r := range all {
		counts[r.Kind]++
	}
	if len(all) != 552 || counts[wilayah.KindProvince] != 38 || counts[wilayah.KindKabupaten] != 416 || counts[wilayah.KindKota] != 98 {
		t.Errorf("All() = %d regions (%d provinces, %d kabupaten, %d kota), want 552 (38, 416, 98)",
			len(all), counts[wilayah.KindProvince], counts[wilayah.KindKabupaten], counts[wilayah.KindKota])
	}
	if n := len(wilayah.Provinces()); n != 38 {
		t.Errorf("len(Provinces()) = %d, want 38", n)
	}
	if !slices.IsSortedFunc(all, func(a, b wilayah.Region) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("All() is not in code order")
	}
}

func TestEveryKabKotaHasItsProvince(t *testing.T) {
	children := 0
	for _, p := range wilayah.Provinces() {
		kids := wilayah.Children(p)
		if len(kids) == 0 {
			t.Errorf("province %s has no kabupaten/kota", p)
		}
		children += len(kids)
		for _, k := range kids {
			if got := k.Province(); got != p {
				t.Errorf("%s.Province() = %v, want %v", k, got, p)
			}
			if k.Zone != p.Zone {
				t.Errorf("%s is in %s, its province %s in %s", k, k.Zone, p, p.Zone)
			}
		}
	}
	if children != 514 {
		t.Errorf("the provinces' children add up to %d, want 514", children)
	}
	for _, r := range wilayah.All() {
		if p := r.Province(); p.Kind != wilayah.KindProvince || !strings.HasPrefix(r.Code, p.Code) {
			t.Errorf("%s.Province() = %v", r, p)
		}
	}
	mojokerto, _ := wilayah.Lookup("35.76")
	if kids := wilayah.Children(mojokerto); kids != nil {
		t.Errorf("Children(Kota Mojokerto) = %v, want nil", kids)
	}
	if n := len(wilayah.Children(must(t, "35"))); n != 38 {
		t.Errorf("Jawa Timur has %d kabupaten/kota, want 38 (29 kabupaten, 9 kota)", n)
	}
}

func must(t *testing.T, q string) wilayah.Region {
	t.Helper()
	r, err := wilayah.Lookup(q)
	if err != nil {
		t.Fatalf("Lookup(%q): %v", q, err)
	}
	return r
}

// Rows pinned from the decree's table (line numbers of wilayah-2025.csv).
func TestPinnedRows(t *testing.T) {
	tests := []wilayah.Region{
		{Code: "11", Name: "Aceh", Kind: wilayah.KindProvince, Zone: "Asia/Jakarta"},
		{Code: "11.06", Name: "Kabupaten Aceh Besar", Kind: wilayah.KindKabupaten, Zone: "Asia/Jakarta"},
		{Code: "11.71", Name: "Kota Banda Aceh", Kind: wilayah.KindKota, Zone: "Asia/Jakarta"},
		{Code: "31.72", Name: "Kota Administrasi Jakarta Utara", Kind: wilayah.KindKota, Zone: "Asia/Jakarta"}, // the reference has a trailing space
		{Code: "35", Name: "Jawa Timur", Kind: wilayah.KindProvince, Zone: "Asia/Jakarta"},
		{Code: "35.16", Name: "Kabupaten Mojokerto", Kind: wilayah.KindKabupaten, Zone: "Asia/Jakarta"},
		{Code: "35.76", Name: "Kota Mojokerto", Kind: wilayah.KindKota, Zone: "Asia/Jakarta"},
		{Code: "63", Name: "Kalimantan Selatan", Kind: wilayah.KindProvince, Zone: "Asia/Makassar"},
		{Code: "65", Name: "Kalimantan Utara", Kind: wilayah.KindProvince, Zone: "Asia/Makassar"},
		{Code: "72.04", Name: "Kabupaten Toli-Toli", Kind: wilayah.KindKabupaten, Zone: "Asia/Makassar"},
		{Code: "73.71", Name: "Kota Makassar", Kind: wilayah.KindKota, Zone: "Asia/Makassar"},
		{Code: "91.71", Name: "Kota Jayapura", Kind: wilayah.KindKota, Zone: "Asia/Jayapura"},
		{Code: "96", Name: "Papua Barat Daya", Kind: wilayah.KindProvince, Zone: "Asia/Jayapura"},
		{Code: "96.71", Name: "Kota Sorong", Kind: wilayah.KindKota, Zone: "Asia/Jayapura"}, // was 92.71 before Papua Barat Daya
	}
	for _, want := range tests {
		if got := must(t, want.Code); got != want {
			t.Errorf("Lookup(%q) = %+v, want %+v", want.Code, got, want)
		}
	}
	if _, err := wilayah.Lookup("92.71"); !errors.Is(err, wilayah.ErrNotFound) {
		t.Errorf("Lookup(92.71) error = %v, want ErrNotFound (Kota Sorong is 96.71 since 2022)", err)
	}
}

// keppres41 is the zone of every province under Keppres 41/1987, written
// from the decree's own lists, not from the table. Provinces formed later
// take the zone of the province they were split from (shown in comments).
var keppres41 = map[string]string{
	// WIB: Sumatra, Java and Madura, Kalimantan Barat and Kalimantan Tengah.
	"11": "WIB", "12": "WIB", "13": "WIB", "14": "WIB", "15": "WIB", "16": "WIB", "17": "WIB", "18": "WIB",
	"19": "WIB", // Kepulauan Bangka Belitung, from Sumatera Selatan (2000)
	"21": "WIB", // Kepulauan Riau, from Riau (2002)
	"31": "WIB", "32": "WIB", "33": "WIB", "34": "WIB", "35": "WIB",
	"36": "WIB", // Banten, from Jawa Barat (2000)
	"61": "WIB", "62": "WIB",
	// WITA: Bali, NTB, NTT, Kalimantan Selatan and Timur, Sulawesi.
	"51": "WITA", "52": "WITA", "53": "WITA", "63": "WITA", "64": "WITA",
	"65": "WITA", // Kalimantan Utara, from Kalimantan Timur (2012)
	"71": "WITA", "72": "WITA", "73": "WITA", "74": "WITA",
	"75": "WITA", // Gorontalo, from Sulawesi Utara (2000)
	"76": "WITA", // Sulawesi Barat, from Sulawesi Selatan (2004)
	// WIT: Maluku and Irian Jaya.
	"81": "WIT",
	"82": "WIT", // Maluku Utara, from Maluku (1999)
	"91": "WIT",
	"92": "WIT", // Papua Barat (2003), and the 2022 provinces below, from Papua and Papua Barat
	"93": "WIT", "94": "WIT", "95": "WIT", "96": "WIT",
}

func TestZonesFollowKeppres41(t *testing.T) {
	provinces := wilayah.Provinces()
	if len(provinces) != len(keppres41) {
		t.Errorf("%d provinces, %d in the Keppres table", len(provinces), len(keppres41))
	}
	for _, p := range provinces {
		want, ok := keppres41[p.Code]
		if !ok {
			t.Errorf("province %s is not in the Keppres 41/1987 table of this test", p)
			continue
		}
		if got := p.ZoneAbbrev(); got != want {
			t.Errorf("%s: zone %s (%s), Keppres 41/1987 says %s", p, got, p.Zone, want)
		}
	}
	zones := map[string]int{}
	for _, r := range wilayah.All() {
		zones[r.ZoneAbbrev()]++
	}
	// Per the table's own zona column: 319 WIB, 162 WITA, 71 WIT rows.
	if zones["WIB"] != 319 || zones["WITA"] != 162 || zones["WIT"] != 71 {
		t.Errorf("regions per zone = %v, want WIB 319, WITA 162, WIT 71", zones)
	}
}

func TestOffice(t *testing.T) {
	tests := []struct{ code, want string }{
		{"35", "KPU Provinsi Jawa Timur"},
		{"35.16", "KPU Kabupaten Mojokerto"},
		{"35.76", "KPU Kota Mojokerto"},
		{"11", "KIP Aceh"},
		{"11.71", "KIP Kota Banda Aceh"},
		{"11.06", "KIP Kabupaten Aceh Besar"},
		{"11.75", "KIP Kota Subulussalam"},
		{"12", "KPU Provinsi Sumatera Utara"},
		{"12.71", "KPU Kota Medan"},
		{"31", "KPU Provinsi Daerah Khusus Jakarta"},
		{"31.01", "KPU Kabupaten Administrasi Kepulauan Seribu"},
		{"31.72", "KPU Kota Jakarta Utara"},
		{"34", "KPU Daerah Istimewa Yogyakarta"},
		{"34.71", "KPU Kota Yogyakarta"},
		{"73.71", "KPU Kota Makassar"},
		{"91.71", "KPU Kota Jayapura"},
		{"96", "KPU Provinsi Papua Barat Daya"},
	}
	for _, tt := range tests {
		if got := must(t, tt.code).Office(); got != tt.want {
			t.Errorf("Lookup(%q).Office() = %q, want %q", tt.code, got, tt.want)
		}
	}
	kip := 0
	for _, r := range wilayah.All() {
		o := r.Office()
		if strings.HasPrefix(o, "KIP ") {
			kip++
		}
		if (strings.HasPrefix(r.Code, "11") != strings.HasPrefix(o, "KIP ")) || !strings.HasPrefix(o, "KPU ") && !strings.HasPrefix(o, "KIP ") {
			t.Errorf("%s: office %q", r, o)
		}
	}
	if kip != 24 { // KIP Aceh, 18 KIP Kabupaten, 5 KIP Kota
		t.Errorf("%d KIP offices, want 24", kip)
	}
	if o := (wilayah.Region{}).Office(); o != "" {
		t.Errorf("zero Region's office = %q", o)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct{ query, code string }{
		{"35.76", "35.76"},
		{"3576", "35.76"},
		{" 35.16 ", "35.16"},
		{"35", "35"},
		{"Kota Mojokerto", "35.76"},
		{"kota   MOJOKERTO", "35.76"},
		{"Kabupaten Mojokerto", "35.16"},
		{"Kab. Mojokerto", "35.16"},
		{"kab mojokerto", "35.16"},
		{"KPU Kota Mojokerto", "35.76"},
		{"Jawa Timur", "35"},
		{"Provinsi Jawa Timur", "35"},
		{"Prov. Jatim", "35"},
		{"Makassar", "73.71"},
		{"Jayapura", ""}, // ambiguous: Kabupaten and Kota Jayapura
		{"Kota Jayapura", "91.71"},
		{"Banda Aceh", "11.71"},
		{"KIP Aceh", "11"},
		{"Aceh Besar", "11.06"},
		{"Jakarta Utara", "31.72"},
		{"Kota Administrasi Jakarta Utara", "31.72"},
		{"Kota Adm. Jakarta Utara", "31.72"},
		{"DKI Jakarta", "31"},
		{"Daerah Khusus Jakarta", "31"},
		{"Jakarta", "31"},
		{"Kepulauan Seribu", "31.01"},
		{"DIY", "34"},
		{"Daerah Istimewa Yogyakarta", "34"},
		{"Kota Yogyakarta", "34.71"},
		{"Toli-Toli", "72.04"},
		{"toli toli", "72.04"},
		{"Pangkajene dan Kepulauan", "73.10"},
		{"Provinsi Bengkulu", "17"},
		{"Kota Bengkulu", "17.71"},
	}
	for _, tt := range tests {
		r, err := wilayah.Lookup(tt.query)
		if tt.code == "" {
			if !errors.As(err, new(*wilayah.AmbiguousError)) {
				t.Errorf("Lookup(%q) = %v, %v; want an AmbiguousError", tt.query, r, err)
			}
			continue
		}
		if err != nil || r.Code != tt.code {
			t.Errorf("Lookup(%q) = %v, %v; want %s", tt.query, r, err, tt.code)
		}
	}
}

// Every region is found by its code, its name and its office's name. A
// province's bare name is ambiguous where a kota has the same name: Jambi,
// Bengkulu and Gorontalo (also a kabupaten).
func TestLookupRoundTrip(t *testing.T) {
	var ambiguous []string
	for _, r := range wilayah.All() {
		qs := []string{r.Code, strings.ReplaceAll(r.Code, ".", ""), r.Office()}
		if r.Kind == wilayah.KindProvince {
			qs = append(qs, "Provinsi "+r.Name, "provinsi "+strings.ToUpper(r.Name))
			if _, err := wilayah.Lookup(r.Name); err != nil {
				var ae *wilayah.AmbiguousError
				if !errors.As(err, &ae) || !slices.Contains(ae.Candidates, r) {
					t.Errorf("Lookup(%q): %v", r.Name, err)
				}
				ambiguous = append(ambiguous, r.Name)
			} else {
				qs = append(qs, r.Name)
			}
		} else {
			qs = append(qs, r.Name, strings.ToUpper(r.Name))
		}
		for _, q := range qs {
			got, err := wilayah.Lookup(q)
			if err != nil || got != r {
				t.Errorf("Lookup(%q) = %v, %v; want %v", q, got, err, r)
			}
		}
	}
	if want := []string{"Jambi", "Bengkulu", "Gorontalo"}; !slices.Equal(ambiguous, want) {
		t.Errorf("provinces whose bare name is ambiguous: %v, want %v", ambiguous, want)
	}
}

func TestLookupAmbiguous(t *testing.T) {
	tests := []struct {
		query string
		codes []string
	}{
		{"Mojokerto", []string{"35.16", "35.76"}},
		{"  mojokerto ", []string{"35.16", "35.76"}},
		{"Bengkulu", []string{"17", "17.71"}},
		{"Gorontalo", []string{"75", "75.01", "75.71"}},
		{"Yogyakarta", []string{"34", "34.71"}},
		{"Banjar", []string{"32.79", "63.03"}}, // Kota Banjar (Jawa Barat), Kabupaten Banjar (Kalimantan Selatan)
	}
	for _, tt := range tests {
		_, err := wilayah.Lookup(tt.query)
		var ae *wilayah.AmbiguousError
		if !errors.As(err, &ae) {
			t.Errorf("Lookup(%q) error = %v, want an AmbiguousError", tt.query, err)
			continue
		}
		var codes []string
		for _, c := range ae.Candidates {
			codes = append(codes, c.Code)
		}
		if !slices.Equal(codes, tt.codes) || ae.Query != tt.query {
			t.Errorf("Lookup(%q): candidates %v, query %q; want %v", tt.query, codes, ae.Query, tt.codes)
		}
		for _, c := range tt.codes {
			if !strings.Contains(err.Error(), "("+c+")") {
				t.Errorf("Lookup(%q) error %q does not name %s", tt.query, err, c)
			}
		}
	}
	_, err := wilayah.Lookup("mojokerto")
	want := `region "mojokerto" is ambiguous: Kabupaten Mojokerto (35.16) or Kota Mojokerto (35.76); give its code, or its name with "Provinsi", "Kabupaten" or "Kota"`
	if err == nil || err.Error() != want {
		t.Errorf("Lookup(mojokerto) error:\n%v\nwant\n%s", err, want)
	}
}

func TestLookupNotFound(t *testing.T) {
	tests := []struct {
		query   string
		msg     string   // the error text
		suggest []string // the codes suggested
	}{
		{"mojokrto", `no region named "mojokrto"; did you mean Kabupaten Mojokerto (35.16) or Kota Mojokerto (35.76)?`, []string{"35.16", "35.76"}},
		{"Kota Mojokrto", "", []string{"35.76"}}, // the kind asked for wins
		{"Kota Sleman", "", []string{"34.04"}},   // Sleman is a kabupaten
		{"Surabaya Raya", "", []string{"35.78"}},
		{"Makasar", "", []string{"73.71"}},
		{"Tolitoli", "", []string{"72.04"}},
		{"Atlantis", `no region named "Atlantis"`, nil},
		{"35.99", `no region with code "35.99"`, nil},
		{"92.71", `no region with code "92.71"`, nil},
		{"357", `invalid region code "357": want NN for a province or NN.NN for a kabupaten/kota, such as 35 or 35.76`, nil},
		{"35.70", `invalid region code "35.70": want NN for a province or NN.NN for a kabupaten/kota, such as 35 or 35.76`, nil},
		{"", "empty region: want a code such as 35.76 or a name such as Kota Mojokerto", nil},
		{"kota", `no region named "kota"`, nil},
		{strings.Repeat("x", 500), `no region named "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"…`, nil},
	}
	for _, tt := range tests {
		_, err := wilayah.Lookup(tt.query)
		var ne *wilayah.NotFoundError
		if !errors.As(err, &ne) || !errors.Is(err, wilayah.ErrNotFound) {
			t.Errorf("Lookup(%.20q) error = %v, want a NotFoundError", tt.query, err)
			continue
		}
		if tt.msg != "" && err.Error() != tt.msg {
			t.Errorf("Lookup(%.20q) error:\n%s\nwant\n%s", tt.query, err, tt.msg)
		}
		var codes []string
		for _, s := range ne.Suggestions {
			codes = append(codes, s.Code)
		}
		if !slices.Equal(codes, tt.suggest) {
			t.Errorf("Lookup(%.20q) suggests %v, want %v", tt.query, codes, tt.suggest)
		}
	}
}

func TestSearch(t *testing.T) {
	codes := func(rs []wilayah.Region) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Code)
		}
		return out
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"mojokerto", []string{"35.16", "35.76"}},
		{"Kota Mojokerto", []string{"35.76"}},
		{"jawa", []string{"32", "33", "35"}},
		{"kota jakarta", []string{"31.71", "31.72", "31.73", "31.74", "31.75"}},
		{"35.7", []string{"35.71", "35.72", "35.73", "35.74", "35.75", "35.76", "35.77", "35.78", "35.79"}},
		{"3576", []string{"35.76"}},
		{"atlantis", nil},
	}
	for _, tt := range tests {
		if got := codes(wilayah.Search(tt.query)); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
	if n := len(wilayah.Search("kota")); n != 98 {
		t.Errorf("Search(kota) = %d regions, want the 98 kota", n)
	}
	// Aceh Selatan, Tenggara, Timur, Tengah, Barat, Besar, Utara, Singkil,
	// Barat Daya, Jaya and Tamiang.
	if n := len(wilayah.Search("Kabupaten Aceh")); n != 11 {
		t.Errorf("Search(Kabupaten Aceh) = %d regions, want 11", n)
	}
}

func TestRegionStrings(t *testing.T) {
	r := must(t, "31.72")
	if r.String() != "Kota Administrasi Jakarta Utara (31.72)" || r.ShortName() != "Jakarta Utara" || r.Kind.String() != "kota" || r.ZoneAbbrev() != "WIB" {
		t.Errorf("%v: ShortName %q Kind %q ZoneAbbrev %q", r, r.ShortName(), r.Kind, r.ZoneAbbrev())
	}
	p := must(t, "Kota Makassar").Province()
	if p.ShortName() != "Sulawesi Selatan" || p.Kind.String() != "province" || p.ZoneAbbrev() != "WITA" {
		t.Errorf("%v: ShortName %q Kind %q ZoneAbbrev %q", p, p.ShortName(), p.Kind, p.ZoneAbbrev())
	}
	if b, err := wilayah.KindKabupaten.MarshalText(); err != nil || string(b) != "kabupaten" {
		t.Errorf("MarshalText = %s, %v", b, err)
	}
	if _, err := wilayah.Kind(0).MarshalText(); err == nil {
		t.Error("the zero Kind marshals")
	}
	for _, k := range []wilayah.Kind{wilayah.KindProvince, wilayah.KindKabupaten, wilayah.KindKota} {
		var got wilayah.Kind
		b, _ := k.MarshalText()
		if err := got.UnmarshalText(b); err != nil || got != k {
			t.Errorf("UnmarshalText(%s) = %v, %v", b, got, err)
		}
	}
	var k wilayah.Kind
	if err := k.UnmarshalText([]byte("desa")); err == nil || err.Error() != `invalid region kind "desa": want province, kabupaten or kota` {
		t.Errorf("UnmarshalText(desa): %v", err)
	}
	if !(wilayah.Region{}).IsZero() || r.IsZero() || (wilayah.Region{}).Province() != (wilayah.Region{}) {
		t.Error("IsZero or the zero Region's Province is wrong")
	}
}

func TestAllReturnsACopy(t *testing.T) {
	a := wilayah.All()
	a[0].Name = "changed"
	if wilayah.All()[0].Name != "Aceh" {
		t.Error("All() shares its slice with the table")
	}
}

// The table is built once, at first use, whichever goroutine gets there
// first; run with -race.
func TestConcurrentUse(t *testing.T) {
	done := make(chan bool)
	for i := 0; i < 8; i++ {
		go func() {
			r, err := wilayah.Lookup("Kota Mojokerto")
			done <- err == nil && r.Code == "35.76" && len(wilayah.Children(r.Province())) == 38
		}()
	}
	for i := 0; i < 8; i++ {
		if !<-done {
			t.Error("a concurrent Lookup failed")
		}
	}
}

// isCodeTests were the table of site's own code matcher, which IsCode
// replaced; "00", "00.xx" and "35.70" are no codes of the decree, which
// starts at 11 and gives 01–69 to kabupaten and 71–99 to kota.
var isCodeTests = []struct {
	in   string
	want bool
}{
	{"35", true}, {"11", true}, {"99", true}, {"35.76", true}, {"35.01", true}, {"35.69", true},
	{"35.71", true}, {"99.99", true}, {"00", false}, {"10", false}, {"10.01", false}, {"00.76", false},
	{"35.00", false}, {"35.70", false},
	{"", false}, {"3", false}, {"357", false}, {"35.", false}, {"35.7", false}, {"35.766", false},
	{"35,76", false}, {"3576", false}, {"35.76.01", false}, {"3a", false}, {"a5.76", false},
	{"35.7a", false}, {"35a76", false}, {" 35", false}, {"35\n", false}, {"en", false}, {"api", false},
	{"٣٥", false}, // Arabic-Indic digits are not ASCII
}

func TestIsCode(t *testing.T) {
	for _, tt := range isCodeTests {
		if got := wilayah.IsCode(tt.in); got != tt.want {
			t.Errorf("IsCode(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	for _, r := range wilayah.All() {
		if !wilayah.IsCode(r.Code) {
			t.Errorf("IsCode(%q) = false for %s", r.Code, r)
		}
	}
}
