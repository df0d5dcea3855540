package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

// referenceRows reads the embedded table's file directly, by line, so the
// command's output is checked against the file rather than the package.
func referenceRows(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile("../../tahapan/wilayah/wilayah-2025.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.HasPrefix(line, "#") || line == "kode,nama,zona" {
			continue
		}
		f := strings.Split(line, ",")
		rows[f[0]] = f[1]
	}
	return rows
}

func TestRegionsJSONMatchesReference(t *testing.T) {
	out, errOut, code := runCLI(t, "regions", "--output", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []wilayah.Summary
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	ref := referenceRows(t)
	provinces, kabkota := 0, 0
	seen := map[string]bool{}
	for _, r := range rows {
		if ref[r.Code] != r.Name {
			t.Errorf("%s: name %q, the reference has %q", r.Code, r.Name, ref[r.Code])
		}
		seen[r.Code] = true
		switch r.Kind.String() {
		case "province":
			provinces++
			if r.Province != "" || len(r.Code) != 2 {
				t.Errorf("province row %+v", r)
			}
		case "kabupaten", "kota":
			kabkota++
			if r.Province != r.Code[:2] || r.ProvinceName != ref[r.Code[:2]] {
				t.Errorf("%s: province %q %q", r.Code, r.Province, r.ProvinceName)
			}
		default:
			t.Errorf("%s: kind %v", r.Code, r.Kind)
		}
		if r.Office == "" || r.Zone == "" || r.ZoneAbbrev == "" {
			t.Errorf("%s: row %+v", r.Code, r)
		}
	}
	if provinces != 38 || kabkota != 514 || len(ref) != 552 || len(seen) != 552 {
		t.Errorf("%d provinces and %d kabupaten/kota (%d distinct codes); the reference has %d rows; want 38 + 514", provinces, kabkota, len(seen), len(ref))
	}
}

func TestRegionsQuery(t *testing.T) {
	tests := []struct {
		args  []string
		codes []string // the rows, in order
	}{
		{[]string{"35.76"}, []string{"35.76"}},
		{[]string{"3516"}, []string{"35.16"}},
		{[]string{"kota", "mojokerto"}, []string{"35.76"}}, // unquoted words are one query
		{[]string{"Kab. Mojokerto"}, []string{"35.16"}},
		{[]string{"73.71"}, []string{"73.71"}},
		{[]string{"Papua Barat Daya"}, []string{"96", "96.01", "96.02", "96.03", "96.04", "96.05", "96.71"}},
		{[]string{"kota jakarta"}, []string{"31.71", "31.72", "31.73", "31.74", "31.75"}}, // a search
		{[]string{"jawa"}, []string{"32", "33", "35"}},
	}
	for _, tt := range tests {
		args := append([]string{"regions", "-o", "json"}, tt.args...)
		out, errOut, code := runCLI(t, args...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", tt.args, code, errOut)
			continue
		}
		var rows []wilayah.Summary
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatal(err)
		}
		var codes []string
		for _, r := range rows {
			codes = append(codes, r.Code)
		}
		if strings.Join(codes, " ") != strings.Join(tt.codes, " ") {
			t.Errorf("%v: rows %v, want %v", tt.args, codes, tt.codes)
		}
	}
}

func TestRegionsText(t *testing.T) {
	out, _, code := runCLI(t, "regions", "11")
	lines := strings.Split(out, "\n")
	if code != 0 || len(lines) != 1+1+23+1 { // header, Aceh, 18 kabupaten + 5 kota, final newline
		t.Fatalf("exit %d, %d lines:\n%s", code, len(lines), out)
	}
	for _, want := range []string{
		"KODE   NAMA                         JENIS      ZONA  KANTOR",
		"11     Aceh                         provinsi   WIB   KIP Aceh",
		"11.06    Kabupaten Aceh Besar       kabupaten  WIB   KIP Kabupaten Aceh Besar",
		"11.71    Kota Banda Aceh            kota       WIB   KIP Kota Banda Aceh",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = runCLI(t, "regions", "91.71", "--lang", "en")
	want := "CODE   NAME             KIND  ZONE  OFFICE\n91.71    Kota Jayapura  kota  WIT   KPU Kota Jayapura\n"
	if out != want {
		t.Errorf("regions 91.71 --lang en:\n%s\nwant\n%s", out, want)
	}
}

func TestRegionsErrors(t *testing.T) {
	tests := []struct {
		args []string
		want []string // in stderr
	}{
		{[]string{"mojokerto"}, []string{"ambiguous", "Kabupaten Mojokerto (35.16)", "Kota Mojokerto (35.76)"}},
		{[]string{"Bengkulu"}, []string{"ambiguous", "Provinsi Bengkulu (17)", "Kota Bengkulu (17.71)"}},
		{[]string{"mojokrto"}, []string{`no region named "mojokrto"; did you mean Kabupaten Mojokerto (35.16) or Kota Mojokerto (35.76)?`}},
		{[]string{"35.99"}, []string{`no region with code "35.99"`}},
		{[]string{"atlantis"}, []string{`no region named "atlantis"`}},
	}
	for _, tt := range tests {
		out, errOut, code := runCLI(t, append([]string{"regions"}, tt.args...)...)
		if code != 2 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want exit 2 and no output", tt.args, code, out)
		}
		if strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: stderr is not one line: %q", tt.args, errOut)
		}
		for _, w := range tt.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("%v: stderr %q lacks %q", tt.args, errOut, w)
			}
		}
	}
}

// --region sets the zone, so each office's countdown flips at its own
// midnight: 2024-02-13T23:30 WIB is already voting day (H) in Makassar
// (00:30 WITA) and Jayapura (01:30 WIT), still H-1 in Mojokerto; at 22:30
// WIB it is H only in Jayapura (00:30 WIT).
func TestRegionFlagMidnight(t *testing.T) {
	tests := []struct {
		region, at, tz string
		zone, label    string
	}{
		{"73.71", "2024-02-13T23:30:00+07:00", "", "Asia/Makassar", "H"},
		{"91.71", "2024-02-13T23:30:00+07:00", "", "Asia/Jayapura", "H"},
		{"35.76", "2024-02-13T23:30:00+07:00", "", "Asia/Jakarta", "H-1"},
		{"Kota Makassar", "2024-02-13T22:30:00+07:00", "", "Asia/Makassar", "H-1"},
		{"kota jayapura", "2024-02-13T22:30:00+07:00", "", "Asia/Jayapura", "H"},
		{"Papua Barat Daya", "2024-02-13T22:30:00+07:00", "", "Asia/Jayapura", "H"},
		{"91.71", "2024-02-13T23:30:00+07:00", "WIB", "Asia/Jakarta", "H-1"}, // --tz wins
		{"35.76", "2024-02-13", "", "Asia/Jakarta", "H-1"},
		{"91.71", "2024-02-14", "", "Asia/Jayapura", "H"}, // a date is read in the region's zone
	}
	for _, tt := range tests {
		args := []string{"countdown", "--region", tt.region, "--schedule", "pemilu-2024", "--at", tt.at, "--output", "json"}
		if tt.tz != "" {
			args = append(args, "--tz", tt.tz)
		}
		out, errOut, code := runCLI(t, args...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", args[1:], code, errOut)
			continue
		}
		var got struct{ TZ, Label string }
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		if got.TZ != tt.zone || got.Label != tt.label {
			t.Errorf("--region %q --at %s --tz %q: %s %s, want %s %s", tt.region, tt.at, tt.tz, got.TZ, got.Label, tt.zone, tt.label)
		}
	}
}

func TestRegionFlagErrors(t *testing.T) {
	tests := []struct {
		region string
		want   []string
	}{
		{"mojokerto", []string{"--region: ", "35.16", "35.76", "ambiguous"}},
		{"Mojokrto", []string{"--region: ", `no region named "Mojokrto"; did you mean`, "35.16", "35.76"}},
		{"35.99", []string{`--region: no region with code "35.99"`}},
		{"", []string{"--region: empty: want a kode wilayah"}}, // not silently the whole country
		{"  ", []string{"--region: empty: want a kode wilayah"}},
	}
	for _, tt := range tests {
		out, errOut, code := runCLI(t, "countdown", "--region", tt.region, "--schedule", "pemilu-2024", "--at", "2024-02-13")
		if code != 2 || out != "" {
			t.Errorf("--region %q: exit %d, stdout %q; want exit 2", tt.region, code, out)
		}
		for _, w := range tt.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("--region %q: stderr %q lacks %q", tt.region, errOut, w)
			}
		}
	}
}
