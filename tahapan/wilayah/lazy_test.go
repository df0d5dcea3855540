package wilayah

import "testing"

// TestTablesUnique checks what the maps these tables were made sure of:
// no key twice, so that the first row found is the only one.
func TestTablesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, z := range zoneNames {
		if seen[z.abbr] || seen[z.iana] {
			t.Errorf("zoneNames: %s or %s twice", z.abbr, z.iana)
		}
		seen[z.abbr], seen[z.iana] = true, true
	}
	seen = map[string]bool{}
	for _, o := range officeNames {
		if seen[o.code] {
			t.Errorf("officeNames: %s twice", o.code)
		}
		seen[o.code] = true
	}
	seen = map[string]bool{}
	for _, a := range provinceAliases {
		if seen[a.code] || len(a.names) == 0 {
			t.Errorf("provinceAliases: %s twice or empty", a.code)
		}
		seen[a.code] = true
	}
	if got, ok := zoneOf("WITA"); !ok || got != "Asia/Makassar" {
		t.Errorf("zoneOf(WITA) = %q, %v", got, ok)
	}
	if _, ok := zoneOf("WITT"); ok {
		t.Error("zoneOf(WITT) found a zone")
	}
	if got := aliasesOf("34"); len(got) != 3 || got[1] != "DIY" {
		t.Errorf("aliasesOf(34) = %q", got)
	}
}
