package main

import (
	"strings"
	"testing"
)

// TestRegionFlag: --region sets the zone, keeps the events of the region
// only, and reports an ambiguous name with its candidates.
func TestRegionFlag(t *testing.T) {
	for _, tt := range []struct {
		region, zone string
	}{
		{"73.71", "Asia/Makassar"}, // Kota Makassar: already H at 23:30 WIB
		{"91.71", "Asia/Jayapura"}, // Kota Jayapura
		{"Kota Makassar", "Asia/Makassar"},
	} {
		out, _, code := runCLI(t, "countdown", "--region", tt.region, "--schedule", "pemilu-2024",
			"--at", "2024-02-13T23:30:00+07:00", "--output", "json")
		if code != 0 || !strings.Contains(out, `"tz": "`+tt.zone+`"`) || !strings.Contains(out, `"label": "H"`) {
			t.Errorf("--region %s: exit %d\n%s", tt.region, code, out)
		}
	}
	// --tz wins over the region's zone.
	out, _, _ := runCLI(t, "countdown", "--region", "73.71", "--tz", "WIB", "--schedule", "pemilu-2024",
		"--at", "2024-02-13T23:30:00+07:00", "--output", "json")
	if !strings.Contains(out, `"label": "H-1"`) {
		t.Errorf("--tz WIB with --region 73.71:\n%s", out)
	}
	_, errOut, code := runCLI(t, "countdown", "--region", "mojokerto")
	if code != 2 || !strings.Contains(errOut, "35.16") || !strings.Contains(errOut, "35.76") {
		t.Errorf("--region mojokerto: exit %d, %q", code, errOut)
	}
	// A re-vote belongs to its region only.
	out, _, _ = runCLI(t, "stages", "--region", "35.20", "--schedule", "pilkada-2024")
	if !strings.Contains(out, "psu-kab-magetan") || strings.Contains(out, "psu-kab-siak") {
		t.Errorf("stages of Kabupaten Magetan:\n%s", out)
	}
	_, errOut, code = runCLI(t, "countdown", "--region", "35.76", "--schedule", "pilkada-ulang-2025")
	if code != 2 || !strings.Contains(errOut, "did not take place in Kota Mojokerto (35.76)") {
		t.Errorf("pilkada-ulang-2025 in Mojokerto: exit %d, %q", code, errOut)
	}
	out, _, code = runCLI(t, "countdown", "--region", "19.71", "--schedule", "pilkada-ulang-2025", "--at", "2025-08-20")
	if code != 0 || !strings.Contains(out, "H-7") {
		t.Errorf("pilkada-ulang-2025 in Pangkal Pinang: exit %d\n%s", code, out)
	}
}

// TestRegionOffice: --region puts the office's name on posts, KIP in Aceh.
func TestRegionOffice(t *testing.T) {
	for region, office := range map[string]string{"35.76": "KPU Kota Mojokerto", "11.71": "KIP Kota Banda Aceh"} {
		out, _, code := runCLI(t, "caption", "--region", region, "--platform", "instagram", "--schedule", "pemilu-2024", "--at", "2023-07-23")
		if code != 0 || !strings.Contains(out, office) {
			t.Errorf("caption --region %s: exit %d, lacks %q:\n%s", region, code, office, out)
		}
	}
	// --office wins over the region's.
	out, _, _ := runCLI(t, "caption", "--region", "35.76", "--office", "KPU Uji", "--platform", "instagram", "--schedule", "pemilu-2024", "--at", "2023-07-23")
	if !strings.Contains(out, "KPU Uji") || strings.Contains(out, "KPU Kota Mojokerto") {
		t.Errorf("--office with --region:\n%s", out)
	}
}
