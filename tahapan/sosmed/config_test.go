package sosmed

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

func TestLoadConfig(t *testing.T) {
	cfg, err := LoadConfig(strings.NewReader("office: KPU Kota Mojokerto\nlogo: logo.png\nhashtags: [KPUKotaMojokerto, '#PemiluDamai']\n"), "c.yaml")
	want := Config{Office: "KPU Kota Mojokerto", Logo: "logo.png", Hashtags: []string{"KPUKotaMojokerto", "#PemiluDamai"}}
	if err != nil || !reflect.DeepEqual(cfg, want) {
		t.Errorf("LoadConfig = %+v, %v; want %+v", cfg, err, want)
	}
	if cfg, err := LoadConfig(strings.NewReader("hashtags: KPU\n"), "c.yaml"); err != nil || !reflect.DeepEqual(cfg.Hashtags, []string{"KPU"}) {
		t.Errorf("one hashtag: %+v, %v", cfg, err)
	}
	if cfg, err := LoadConfig(strings.NewReader("# nothing\n"), "c.yaml"); err != nil || !reflect.DeepEqual(cfg, Config{}) {
		t.Errorf("empty: %+v, %v", cfg, err)
	}
}

// configErrorTests are inputs LoadConfig refuses, with the text that must
// appear within the error.
var configErrorTests = []struct{ in, want string }{
	{"\toffice: a\n", "c.yaml:1:2: invalid YAML: "},
	{"office: a\nhashtag: [x]\n", `c.yaml:2:1: config: unknown field "hashtag" (did you mean "hashtags"?)`},
	{"office: a\nwebsite: x\n", `c.yaml:2:1: config: unknown field "website" (want office, logo, hashtags)`},
	{"logo: a\nlogo: b\n", `c.yaml:2:1: config: repeated field "logo" (first at line 1)`},
	{"office: {a: b}\n", "c.yaml:1:9: office: want a string, got a mapping"},
	{"office:\n", "c.yaml:1:8: office: want a string, got nothing"},
	{"hashtags: [ok, 'a b']\n", `c.yaml:1:16: hashtags: invalid hashtag "a b": it holds a space`},
	{"[a]\n", "c.yaml:1:1: config: want a mapping, got a list"},
	{"office: a\n---\noffice: b\n", "c.yaml:2:1: a second YAML document"},
	{"office: \"" + strings.Repeat("x", 100) + "\u202e\"\n", "c.yaml:1:9: office: character 101 is U+202E"},
}

func TestLoadConfigErrors(t *testing.T) {
	for _, tt := range configErrorTests {
		_, err := LoadConfig(strings.NewReader(tt.in), "c.yaml")
		var pe *tahapan.PosError
		if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.As(err, &pe) {
			t.Errorf("LoadConfig(%q) = %v; want a *tahapan.PosError with %q", tt.in, err, tt.want)
		}
	}
	// Every problem is reported at once.
	_, err := LoadConfig(strings.NewReader("ofice: a\nlogo: [x]\n"), "c.yaml")
	if n := len(tahapan.Errors(err)); n != 2 {
		t.Errorf("two problems: %d errors: %v", n, err)
	}
}

func TestLoadConfigTooLarge(t *testing.T) {
	_, err := LoadConfig(strings.NewReader("office: "+strings.Repeat("a", MaxConfigSize)), "c.yaml")
	if !errors.Is(err, ErrConfigTooLarge) || len(err.Error()) > 100 {
		t.Errorf("LoadConfig of %d bytes = %v; want ErrConfigTooLarge", MaxConfigSize+8, err)
	}
}
