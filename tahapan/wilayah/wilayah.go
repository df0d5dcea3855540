package wilayah

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// A Kind is the kind of a region: a province, a kabupaten (regency) or a
// kota (city). The zero Kind is not a kind.
type Kind uint8

// The kinds of region.
const (
	KindProvince  Kind = iota + 1 // provinsi
	KindKabupaten                 // kabupaten (regency), code NN.01-NN.69
	KindKota                      // kota (city), code NN.71-NN.99
)

// String returns "province", "kabupaten" or "kota", and "" for the zero Kind.
func (k Kind) String() string {
	switch k {
	case KindProvince:
		return "province"
	case KindKabupaten:
		return "kabupaten"
	case KindKota:
		return "kota"
	}
	return ""
}

// MarshalText returns [Kind.String], so a Kind is a JSON string.
func (k Kind) MarshalText() ([]byte, error) {
	if k.String() == "" {
		return nil, fmt.Errorf("wilayah: invalid kind %d", k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText reads "province", "kabupaten" or "kota", the form of
// [Kind.MarshalText].
func (k *Kind) UnmarshalText(b []byte) error {
	for _, c := range []Kind{KindProvince, KindKabupaten, KindKota} {
		if string(b) == c.String() {
			*k = c
			return nil
		}
	}
	return fmt.Errorf("invalid region kind %s: want province, kabupaten or kota", short(string(b)))
}

// A Region is a province or a kabupaten/kota. Regions come from [Lookup],
// [All], [Provinces] and [Children]; the zero Region is no region. Region is
// a small value type: pass and compare it by value.
type Region struct {
	// Code is the kode wilayah: "35" for a province, "35.76" for a
	// kabupaten/kota.
	Code string
	// Name is the name in the decree: "Jawa Timur" for a province (without
	// "Provinsi"), "Kabupaten Mojokerto" or "Kota Mojokerto" for a
	// kabupaten/kota.
	Name string
	// Kind says whether the region is a province, a kabupaten or a kota.
	Kind Kind
	// Zone is the IANA name of the region's legal time zone under Keppres
	// 41/1987: "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA) or
	// "Asia/Jayapura" (WIT).
	Zone string
}

// IsZero reports whether r is the zero Region.
func (r Region) IsZero() bool { return r == Region{} }

// String returns the name and the code, as in "Kota Mojokerto (35.76)"
// and "Provinsi Jawa Timur (35)".
func (r Region) String() string {
	if r.IsZero() {
		return ""
	}
	if r.Kind == KindProvince {
		return "Provinsi " + r.Name + " (" + r.Code + ")"
	}
	return r.Name + " (" + r.Code + ")"
}

// ShortName returns the name without its kind: "Mojokerto" for both
// Kabupaten and Kota Mojokerto, "Jakarta Utara" for Kota Administrasi
// Jakarta Utara. A province's short name is its Name.
func (r Region) ShortName() string {
	n := r.Name
	for _, p := range []string{"Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "} {
		if s, ok := strings.CutPrefix(n, p); ok && r.Kind != KindProvince {
			return s
		}
	}
	return n
}

// ZoneAbbrev returns "WIB", "WITA" or "WIT", the Indonesian name of the
// region's zone.
func (r Region) ZoneAbbrev() string {
	for _, z := range zoneNames {
		if z.iana == r.Zone {
			return z.abbr
		}
	}
	return ""
}

// Province returns the province a kabupaten/kota belongs to. A province is
// its own province; the zero Region has none and gets the zero Region.
func (r Region) Province() Region {
	if len(r.Code) < 2 {
		return Region{}
	}
	t := table()
	if t.err != nil {
		return Region{}
	}
	if i, ok := t.byCode[r.Code[:2]]; ok {
		return t.regions[i]
	}
	return Region{}
}

// officeNames holds the offices that name themselves otherwise than the
// rule of [Region.Office], each as seen on its own site, by kode wilayah.
// Like the other tables here it is an array the linker lays out, not a map
// built at start-up.
var officeNames = [...]struct{ code, name string }{
	// diy.kpu.go.id: "Komisi Pemilihan Umum (KPU) Daerah Istimewa Yogyakarta".
	{"34", "KPU Daerah Istimewa Yogyakarta"},
	// jakarta.kpu.go.id (2025): "KPU Provinsi Daerah Khusus Jakarta", the
	// province's name since UU 2/2024; the decree's table still reads
	// "Daerah Khusus Ibukota Jakarta".
	{"31", "KPU Provinsi Daerah Khusus Jakarta"},
	// jakartautara.kpu.go.id and jakartabarat.kpu.go.id: "KPU Kota Jakarta
	// Utara", "KPU Kota Jakarta Barat", without "Administrasi".
	{"31.71", "KPU Kota Jakarta Pusat"},
	{"31.72", "KPU Kota Jakarta Utara"},
	{"31.73", "KPU Kota Jakarta Barat"},
	{"31.74", "KPU Kota Jakarta Selatan"},
	{"31.75", "KPU Kota Jakarta Timur"},
	// kab-kepulauanseribu.kpu.go.id keeps "Administrasi": "KPU Kabupaten
	// Administrasi Kepulauan Seribu", which is the rule's result.
}

// Office returns the name of the region's election office: "KPU Provinsi
// Jawa Timur", "KPU Kabupaten Mojokerto", "KPU Kota Mojokerto". In Aceh
// (code 11) the offices are the Komisi Independen Pemilihan: "KIP Aceh",
// "KIP Kabupaten Aceh Besar", "KIP Kota Banda Aceh". A few offices that name
// themselves otherwise are listed by code, such as "KPU Daerah Istimewa
// Yogyakarta". The zero Region has no office and gets "".
func (r Region) Office() string {
	for _, o := range officeNames {
		if o.code == r.Code {
			return o.name
		}
	}
	body := "KPU"
	if strings.HasPrefix(r.Code, "11") {
		body = "KIP"
	}
	switch r.Kind {
	case KindProvince:
		if body == "KIP" {
			return "KIP " + r.Name // "KIP Aceh", without "Provinsi"
		}
		return "KPU Provinsi " + r.Name
	case KindKabupaten, KindKota:
		return body + " " + r.Name
	}
	return ""
}

// Summary is a region with what follows from it, as tahapan writes a
// region in JSON: `tahapan regions --output json` and /api/v1/regions.
type Summary struct {
	Code         string `json:"code"`
	Name         string `json:"name"`
	Kind         Kind   `json:"kind"`
	Province     string `json:"province,omitempty"`      // the province's code, for a kabupaten/kota
	ProvinceName string `json:"province_name,omitempty"` // and its name
	Zone         string `json:"zone"`                    // IANA name
	ZoneAbbrev   string `json:"zone_abbrev"`             // WIB, WITA or WIT
	Office       string `json:"office"`                  // the election office, as [Region.Office] names it
}

// Summary returns r with its province, zone abbreviation and office.
func (r Region) Summary() Summary {
	s := Summary{Code: r.Code, Name: r.Name, Kind: r.Kind, Zone: r.Zone, ZoneAbbrev: r.ZoneAbbrev(), Office: r.Office()}
	if r.Kind != KindProvince {
		p := r.Province()
		s.Province, s.ProvinceName = p.Code, p.Name
	}
	return s
}

// tableData is the parsed table and its indexes.
type tableData struct {
	regions []Region         // in code order
	byCode  map[string]int   // "35.76" -> index
	byName  map[string][]int // normalized name or alias -> indexes, in code order
	search  []string         // per region: its normalized short name and aliases, for Search
	err     error
}

// table parses the embedded table once, at first use.
var table = sync.OnceValue(func() *tableData { return build(data, dataFile) })

// build parses src and indexes it.
func build(src, name string) *tableData {
	regions, err := parse(src, name)
	if err != nil {
		return &tableData{err: err}
	}
	t := &tableData{regions: regions, byCode: map[string]int{}, byName: map[string][]int{}, search: make([]string, len(regions))}
	add := func(key string, i int) {
		if !slices.Contains(t.byName[key], i) {
			t.byName[key] = append(t.byName[key], i)
		}
	}
	for i, r := range regions {
		t.byCode[r.Code] = i
		add(normalize(r.Name), i)
		add(normalize(r.ShortName()), i)
		t.search[i] = normalize(r.ShortName())
		if r.Kind == KindProvince {
			for _, a := range aliasesOf(r.Code) {
				add(normalize(a), i)
				t.search[i] += "|" + normalize(a)
			}
		}
	}
	return t
}

// provinceAliases are other names in common use for some provinces. Names
// that are also a kabupaten/kota ("Yogyakarta") stay ambiguous on purpose.
var provinceAliases = [...]struct {
	code  string
	names []string
}{
	{"12", []string{"Sumut"}},
	{"13", []string{"Sumbar"}},
	{"16", []string{"Sumsel"}},
	{"19", []string{"Bangka Belitung", "Babel"}},
	{"21", []string{"Kepri"}},
	{"31", []string{"DKI Jakarta", "DKI", "Daerah Khusus Jakarta", "DK Jakarta", "Jakarta"}},
	{"32", []string{"Jabar"}},
	{"33", []string{"Jateng"}},
	{"34", []string{"DI Yogyakarta", "DIY", "Yogyakarta"}},
	{"35", []string{"Jatim"}},
	{"52", []string{"NTB"}},
	{"53", []string{"NTT"}},
	{"61", []string{"Kalbar"}},
	{"62", []string{"Kalteng"}},
	{"63", []string{"Kalsel"}},
	{"64", []string{"Kaltim"}},
	{"65", []string{"Kaltara"}},
	{"71", []string{"Sulut"}},
	{"72", []string{"Sulteng"}},
	{"73", []string{"Sulsel"}},
	{"74", []string{"Sultra"}},
	{"76", []string{"Sulbar"}},
	{"82", []string{"Malut"}},
}

// aliasesOf returns the aliases of the province with the given code.
func aliasesOf(code string) []string {
	for _, a := range provinceAliases {
		if a.code == code {
			return a.names
		}
	}
	return nil
}

// All returns every region, provinces and kabupaten/kota, in code order: 552
// for the 2025 decree. It returns a fresh slice on each call. It returns nil
// only if the embedded table fails to parse, which the package's tests rule
// out; [Lookup] reports that error.
func All() []Region {
	return slices.Clone(table().regions)
}

// Provinces returns the 38 provinces in code order.
func Provinces() []Region {
	var out []Region
	for _, r := range table().regions {
		if r.Kind == KindProvince {
			out = append(out, r)
		}
	}
	return out
}

// Children returns the kabupaten and kota of a province in code order, and
// nil for a region that is not a province.
func Children(province Region) []Region {
	if province.Kind != KindProvince {
		return nil
	}
	var out []Region
	for _, r := range table().regions {
		if r.Kind != KindProvince && r.Code[:2] == province.Code {
			out = append(out, r)
		}
	}
	return out
}
