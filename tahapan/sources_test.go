package tahapan_test

import (
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func TestClassifySource(t *testing.T) {
	tests := []struct {
		url  string
		host string
		want tahapan.SourceClass
	}{
		{"https://jdih.kpu.go.id/data/data_pkpu/2022pkpu003.pdf", "jdih.kpu.go.id", tahapan.SourcePrimary},
		{"https://padangsidempuankotappid.kpu.go.id/agenda?page=3", "padangsidempuankotappid.kpu.go.id", tahapan.SourcePrimary},
		{"https://peraturan.bpk.go.id/Details/1", "peraturan.bpk.go.id", tahapan.SourcePrimary},
		{"https://www.mkri.id/index.php?page=web.Berita", "mkri.id", tahapan.SourcePrimary},
		{"https://nasional.kompas.com/read/2022/06/07/21174541/x?page=all", "nasional.kompas.com", tahapan.SourceMajor},
		{"https://www.kompas.id/baca/opini/2022/08/02/verifikasi-parpol-menentukan", "kompas.id", tahapan.SourceMajor},
		{"https://kl.antaranews.com/berita/3639/tahapan-pemilu-2019", "kl.antaranews.com", tahapan.SourceMajor},
		{"HTTPS://WWW.DETIK.COM/sumbagsel/pilkada/d-7653182/x", "detik.com", tahapan.SourceMajor},
		{"https://fbeta.republika.co.id/berita/x", "fbeta.republika.co.id", tahapan.SourceMajor},
		{"https://kaltim.tribunnews.com/2024/09/10/x?page=1", "kaltim.tribunnews.com", tahapan.SourceMajor},
		// Look-alikes are not on the list: the match is on whole labels.
		{"https://kompasiana.com/ahmad090104/x", "kompasiana.com", tahapan.SourceOther},
		{"https://notkompas.com/x", "notkompas.com", tahapan.SourceOther},
		{"https://kompas.com.example.org/x", "kompas.com.example.org", tahapan.SourceOther},
		{"https://go.id.example.com/x", "go.id.example.com", tahapan.SourceOther},
		{"https://news.okezone.com/read/2024/02/02/337/2964442/x", "news.okezone.com", tahapan.SourceOther},
		{"https://junrinjani.blogspot.com/2023/01/x.html", "junrinjani.blogspot.com", tahapan.SourceOther},
		{"ftp://kompas.com/x", "", tahapan.SourceOther},
		{"kompas.com/x", "", tahapan.SourceOther},
		{"", "", tahapan.SourceOther},
	}
	for _, tt := range tests {
		if got := tahapan.SourceHost(tt.url); got != tt.host {
			t.Errorf("SourceHost(%q) = %q, want %q", tt.url, got, tt.host)
		}
		if got := tahapan.ClassifySource(tt.url); got != tt.want {
			t.Errorf("ClassifySource(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
	if !tahapan.SourcePrimary.Strong() || !tahapan.SourceMajor.Strong() || tahapan.SourceOther.Strong() {
		t.Error("Strong: want primary and major strong, other not")
	}
}

func TestCheckSourceURL(t *testing.T) {
	tests := []struct {
		url  string
		want string // a part of the error, or "" for a clean URL
	}{
		{"https://nasional.kompas.com/read/2022/06/07/21174541/x?page=all", ""},
		{"https://nasional.tempo.co/read/1912643/x?page_num=2", ""},
		{"http://kaltim.tribunnews.com/2019/03/16/x", ""},
		{"https://example.org:8443/x", ""},
		{"https://news.okezone.com:443/read/2024/02/02/337/2964442/x", "default port :443"},
		{"http://jambipos-online.com:80/2018/03/x.html", "default port :80"},
		{"https://example.org/x?utm_source=twitter&page=2", `tracking parameter "utm_source"`},
		{"https://example.org/x?fbclid=abc", `tracking parameter "fbclid"`},
		{"https://example.org/x?GCLID=abc", `tracking parameter "GCLID"`},
		{"example.org/x", "not an absolute"},
		{"mailto:kpu@example.org", "not an absolute"},
	}
	for _, tt := range tests {
		err := tahapan.CheckSourceURL(tt.url)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckSourceURL(%q) = %v, want nil", tt.url, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("CheckSourceURL(%q) = %v, want an error with %q", tt.url, err, tt.want)
		}
	}
	long := "https://example.org:443/" + strings.Repeat("é", 100)
	if err := tahapan.CheckSourceURL(long); err == nil || len(err.Error()) > 200 {
		t.Errorf("CheckSourceURL(long) = %v, want a short error", err)
	}
}

func TestMajorOutletsSorted(t *testing.T) {
	m := tahapan.MajorOutlets()
	for i := 1; i < len(m); i++ {
		if m[i-1] >= m[i] {
			t.Errorf("MajorOutlets not sorted or has a duplicate at %d: %q, %q", i, m[i-1], m[i])
		}
	}
	m[0] = "changed"
	if tahapan.MajorOutlets()[0] == "changed" {
		t.Error("MajorOutlets returns the package's own slice")
	}
}

func TestSourceClassLocal(t *testing.T) {
	for c, want := range map[tahapan.SourceClass][2]string{
		tahapan.SourcePrimary: {"primer", "primary"},
		tahapan.SourceMajor:   {"media besar", "major"},
		tahapan.SourceOther:   {"lainnya", "other"},
	} {
		if id, en := c.Local(kata.Indonesian), c.Local(kata.English); id != want[0] || en != want[1] {
			t.Errorf("%s: %q, %q; want %q", c, id, en, want)
		}
	}
}
