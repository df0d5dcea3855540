package wilayah

import (
	"errors"
	"strings"
	"testing"
)

// parseErrorTests are broken tables and the exact errors they give.
var parseErrorTests = []struct {
	name, src string
	want      []string // every error, in order
}{
	{"no header", "# c\nkode,nama\n", []string{`x.csv:2: want the header "kode,nama,zona" after the comments, got "kode,nama"`}},
	{"empty", "", []string{`x.csv:0: no header "kode,nama,zona"`}},
	{"trailing space", "kode,nama,zona\n35,Jawa Timur,WIB\n35.72,Kota Administrasi Jakarta Utara ,WIB\n",
		[]string{`x.csv:3: nama "Kota Administrasi Jakarta Utara " has leading, trailing or doubled spaces`}},
	{"fields", "kode,nama,zona\n35,Jawa Timur\n35,Jawa, Timur,WIB\n",
		[]string{`x.csv:2: want 3 fields (kode,nama,zona), got 2 in "35,Jawa Timur"`, `x.csv:3: want 3 fields (kode,nama,zona), got 4 in "35,Jawa, Timur,WIB"`}},
	{"bad codes", "kode,nama,zona\n5,X,WIB\n35.00,Kota X,WIB\n35.70,Kota X,WIB\n3576,Kota X,WIB\n",
		[]string{`x.csv:2: invalid kode "5"`, `x.csv:3: invalid kode "35.00"`, `x.csv:4: invalid kode "35.70"`, `x.csv:5: invalid kode "3576"`}},
	{"duplicate and order", "kode,nama,zona\n35,Jawa Timur,WIB\n32,Jawa Barat,WIB\n35,Jawa Timur,WIB\n",
		[]string{`x.csv:3: kode 32 comes after 35: want ascending codes`, `x.csv:4: kode 35 repeats line 2`}},
	{"zone", "kode,nama,zona\n35,Jawa Timur,UTC\n", []string{`x.csv:2: invalid zona "UTC": want WIB, WITA or WIT`}},
	{"kind prefix", "kode,nama,zona\n35,Provinsi Jawa Timur,WIB\n36,Banten,WIB\n36.01,Kota Pandeglang,WIB\n36.71,Tangerang,WIB\n",
		[]string{`x.csv:2: province 35: name "Provinsi Jawa Timur": want the name without a kind prefix`,
			`x.csv:4: kabupaten 36.01: name "Kota Pandeglang": want "Kabupaten " and a name`,
			`x.csv:5: kota 36.71: name "Tangerang": want "Kota " and a name`}},
	{"orphan", "kode,nama,zona\n35,Jawa Timur,WIB\n36.71,Kota Tangerang,WIB\n",
		[]string{`x.csv:3: kota 36.71: province 36 is not listed before it`}},
	{"zone differs", "kode,nama,zona\n64,Kalimantan Timur,WITA\n64.71,Kota Balikpapan,WIB\n",
		[]string{`x.csv:3: kota 64.71: zona WIB differs from its province Kalimantan Timur (Asia/Makassar): Keppres 41/1987 zones whole provinces`}},
	{"crlf and blank", "kode,nama,zona\r\n35,Jawa Timur,WIB\n\n",
		[]string{`x.csv:1: line ends in a carriage return`, `x.csv:3: empty line`}},
	{"empty field", "kode,nama,zona\n35,,WIB\n", []string{`x.csv:2: empty nama`}},
	{"long value", "kode,nama,zona\n" + strings.Repeat("9", 300) + ",X,WIB\n",
		[]string{`x.csv:2: invalid kode "9999999999999999999999999999999999999999"…`}},
}

func TestParseErrors(t *testing.T) {
	for _, tt := range parseErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := parse(tt.src, "x.csv")
			if err == nil {
				t.Fatalf("parse gave %d regions and no error", len(rs))
			}
			var got []string
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				got = append(got, e.Error())
				var le *lineError
				if !errors.As(e, &le) {
					t.Errorf("%v is not a lineError", e)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("errors:\n%s\nwant %d:\n%s", strings.Join(got, "\n"), len(tt.want), strings.Join(tt.want, "\n"))
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("error %d:\n%s\nwant prefix\n%s", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// The table lists the provinces first, then the kabupaten/kota; the result
// is in code order.
func TestParseSmallTable(t *testing.T) {
	rs, err := parse("# a comment\nkode,nama,zona\n35,Jawa Timur,WIB\n36,Banten,WIB\n35.16,Kabupaten Mojokerto,WIB\n35.76,Kota Mojokerto,WIB\n", "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, r := range rs {
		codes = append(codes, r.Code+":"+r.Kind.String()+":"+r.Zone)
	}
	want := "35:province:Asia/Jakarta 35.16:kabupaten:Asia/Jakarta 35.76:kota:Asia/Jakarta 36:province:Asia/Jakarta"
	if got := strings.Join(codes, " "); got != want {
		t.Errorf("parse = %s, want %s", got, want)
	}
}

// A broken embedded table would make Lookup fail with the file and line, and
// All return nil, rather than panic.
func TestBrokenTable(t *testing.T) {
	bt := build("kode,nama,zona\n35,Jawa Timur,XYZ\n", dataFile)
	if bt.err == nil || !strings.HasPrefix(bt.err.Error(), "wilayah-2025.csv:2: invalid zona") || bt.regions != nil {
		t.Errorf("build: %v, %d regions", bt.err, len(bt.regions))
	}
}
