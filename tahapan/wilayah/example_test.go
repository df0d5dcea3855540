package wilayah_test

import (
	"errors"
	"fmt"

	"github.com/kalender-pemilu/tahapan/tahapan/wilayah"
)

func ExampleLookup() {
	for _, q := range []string{"35.76", "Kab. Mojokerto", "kota makassar", "3576"} {
		r, err := wilayah.Lookup(q)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-16q %s, %s, %s\n", q, r, r.Kind, r.Zone)
	}
	// Output:
	// "35.76"          Kota Mojokerto (35.76), kota, Asia/Jakarta
	// "Kab. Mojokerto" Kabupaten Mojokerto (35.16), kabupaten, Asia/Jakarta
	// "kota makassar"  Kota Makassar (73.71), kota, Asia/Makassar
	// "3576"           Kota Mojokerto (35.76), kota, Asia/Jakarta
}

// A name that fits two regions is an error that lists them.
func ExampleLookup_ambiguous() {
	_, err := wilayah.Lookup("Mojokerto")
	fmt.Println(err)
	var ae *wilayah.AmbiguousError
	if errors.As(err, &ae) {
		for _, c := range ae.Candidates {
			fmt.Println(c.Code, c.Office())
		}
	}
	// Output:
	// region "Mojokerto" is ambiguous: Kabupaten Mojokerto (35.16) or Kota Mojokerto (35.76); give its code, or its name with "Provinsi", "Kabupaten" or "Kota"
	// 35.16 KPU Kabupaten Mojokerto
	// 35.76 KPU Kota Mojokerto
}

// An unknown name suggests close ones.
func ExampleLookup_notFound() {
	_, err := wilayah.Lookup("Makasar")
	fmt.Println(err)
	fmt.Println(errors.Is(err, wilayah.ErrNotFound))
	// Output:
	// no region named "Makasar"; did you mean Kota Makassar (73.71)?
	// true
}

func ExampleRegion_Office() {
	for _, code := range []string{"35", "35.16", "35.76", "11", "11.06", "11.71"} {
		r, _ := wilayah.Lookup(code)
		fmt.Println(r.Office())
	}
	// Output:
	// KPU Provinsi Jawa Timur
	// KPU Kabupaten Mojokerto
	// KPU Kota Mojokerto
	// KIP Aceh
	// KIP Kabupaten Aceh Besar
	// KIP Kota Banda Aceh
}

func ExampleRegion_Province() {
	r, _ := wilayah.Lookup("91.71")
	p := r.Province()
	fmt.Println(r.Name, "is in", p.Name, p.ZoneAbbrev())
	// Output:
	// Kota Jayapura is in Papua WIT
}

func ExampleChildren() {
	p, _ := wilayah.Lookup("Papua Barat Daya")
	for _, r := range wilayah.Children(p) {
		fmt.Println(r.Code, r.Name)
	}
	// Output:
	// 96.01 Kabupaten Sorong
	// 96.02 Kabupaten Sorong Selatan
	// 96.03 Kabupaten Raja Ampat
	// 96.04 Kabupaten Tambrauw
	// 96.05 Kabupaten Maybrat
	// 96.71 Kota Sorong
}

func ExampleSearch() {
	for _, r := range wilayah.Search("kota jakarta") {
		fmt.Println(r.Code, r.ShortName(), "·", r.Office())
	}
	// Output:
	// 31.71 Jakarta Pusat · KPU Kota Jakarta Pusat
	// 31.72 Jakarta Utara · KPU Kota Jakarta Utara
	// 31.73 Jakarta Barat · KPU Kota Jakarta Barat
	// 31.74 Jakarta Selatan · KPU Kota Jakarta Selatan
	// 31.75 Jakarta Timur · KPU Kota Jakarta Timur
}

func ExampleProvinces() {
	n := map[string]int{}
	for _, p := range wilayah.Provinces() {
		n[p.ZoneAbbrev()]++
	}
	fmt.Println(len(wilayah.Provinces()), "provinces:", n["WIB"], "WIB,", n["WITA"], "WITA,", n["WIT"], "WIT")
	// Output:
	// 38 provinces: 18 WIB, 12 WITA, 8 WIT
}

// IsCode tells a code from a name without looking it up.
func ExampleIsCode() {
	for _, s := range []string{"35", "35.76", "3576", "35.70", "mojokerto"} {
		fmt.Printf("%-11q %v\n", s, wilayah.IsCode(s))
	}
	// Output:
	// "35"        true
	// "35.76"     true
	// "3576"      false
	// "35.70"     false
	// "mojokerto" false
}
