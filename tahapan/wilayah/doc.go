// Package wilayah knows Indonesia's regions: the 38 provinces and 514
// kabupaten/kota (regencies and cities) whose election offices run
// Indonesia's elections, with their kode wilayah (region code), name, legal
// time zone and the name of their election office.
//
// # Data and its source
//
// The table is embedded from wilayah-2025.csv in this folder: the kode
// wilayah and names of Kepmendagri No 300.2.2-2138 Tahun 2025 (the Minister
// of Home Affairs' decree on administrative region codes), as compiled in the
// public data set github.com/cahyadsn/wilayah (db/wilayah.sql, edited
// 2026-02-13), and the legal time zone of each province under Keppres 41/1987
// (Keputusan Presiden on Indonesia's three time zones), which every
// kabupaten/kota follows. README.md in this folder records the one change
// made to the copy. The table is parsed strictly at first use; a broken row
// is reported as "wilayah-2025.csv:LINE: message" by [Lookup].
//
// # Codes
//
// A province code has two digits ("35", Jawa Timur). A kabupaten/kota code
// adds two more after a dot ("35.76", Kota Mojokerto): 01–69 for a kabupaten,
// 71–99 for a kota. [Lookup] also accepts the undotted form ("3576") that
// BPS tables use.
//
// # Names
//
// [Lookup] finds a region by name as people write it: case, extra spaces and
// a leading "Provinsi", "Kabupaten", "Kab.", "Kota", "Administrasi" or
// "KPU"/"KIP" do not matter, and a few common province names ("DKI Jakarta",
// "DIY", "NTB", "Jatim") are known. A leading "Kabupaten"/"Kab." or "Kota"
// or "Provinsi" also restricts the kind, which is how to pick between
// Kabupaten Mojokerto (35.16) and Kota Mojokerto (35.76): the bare name
// "Mojokerto" is an [*AmbiguousError] that lists both. An unknown name is a
// [*NotFoundError] that suggests close names.
//
// # Offices
//
// [Region.Office] names the election office: "KPU Provinsi Jawa Timur",
// "KPU Kabupaten Mojokerto", "KPU Kota Mojokerto". In Aceh the offices are
// the Komisi Independen Pemilihan (UU 11/2006 art. 56): "KIP Aceh", "KIP
// Kabupaten Aceh Besar", "KIP Kota Banda Aceh". A few offices call
// themselves otherwise, and the office name follows their own usage: "KPU
// Daerah Istimewa Yogyakarta", "KPU Provinsi Daerah Khusus Jakarta" (the name
// since UU 2/2024), "KPU Kota Jakarta Utara" for Kota Administrasi Jakarta
// Utara.
//
// All values are immutable and the package is safe for concurrent use.
package wilayah
