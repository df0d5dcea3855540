package sosmed

import (
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/internal/yamlx"
)

// A Config is an office's branding of its posts, which a team writes once
// in a small YAML file and [LoadConfig] reads:
//
//	office: KPU Kota Mojokerto
//	logo: logo-kpu.png                   # relative to the file's folder
//	hashtags: [KPUKotaMojokerto, PemiluDamai]
//
// Every field is optional; hashtags may also be a single one.
type Config struct {
	Office   string   // the office's name, for [Options].Office
	Logo     string   // the logo's path as written; the caller resolves a relative one
	Hashtags []string // the office's hashtags, each one [CheckHashtag] accepts
}

// MaxConfigSize is the most [LoadConfig] reads of a config file, in bytes:
// 64 KB, a thousand times a real one.
const MaxConfigSize = 64 << 10

// ErrConfigTooLarge is wrapped by the error of [LoadConfig] for an input
// larger than [MaxConfigSize].
var ErrConfigTooLarge = errors.New("larger than 64 KB, the most a config file may be")

// configFields are the fields of a config file, in the order an error
// lists them.
var configFields = []string{"office", "logo", "hashtags"}

// LoadConfig reads a config file in YAML. name is used only in error
// messages. It reads at most [MaxConfigSize] bytes of r; a longer input
// is an error wrapping [ErrConfigTooLarge]. An empty input sets nothing.
//
// LoadConfig is strict, as the schedule loader ([tahapan.Load]) is, and
// words its problems the same way: an unknown or repeated field, a value of
// the wrong shape, text holding a control character, a hashtag
// [CheckHashtag] refuses, a YAML alias or anchor, a second document and
// bytes that are not UTF-8 are errors. It reports every problem at once,
// joined with [errors.Join]; each is a *[tahapan.PosError] that prints as
// file:line:col: message and quotes at most a short prefix of a value.
func LoadConfig(r io.Reader, name string) (Config, error) {
	var cfg Config
	data, over, err := yamlx.Read(r, MaxConfigSize)
	if err != nil {
		return cfg, fmt.Errorf("%s: %w", name, err)
	}
	if over {
		return cfg, fmt.Errorf("%s: %w", name, ErrConfigTooLarge)
	}
	var errs []error
	report := func(key string, p *yamlx.Problem) {
		msg := p.Msg
		if key != "" {
			msg = key + ": " + msg
		}
		errs = append(errs, &tahapan.PosError{File: name, Line: p.Line, Col: p.Col, Msg: msg, Err: p.Err})
	}
	root, probs := yamlx.Parse(data)
	for _, p := range probs {
		report("", p)
	}
	if root == nil {
		return cfg, errors.Join(errs...)
	}
	yamlx.Fields(root, "config", configFields, func(p *yamlx.Problem) { report("", p) }, func(key string, _, v *yaml.Node) {
		switch key {
		case "office", "logo":
			s, p := yamlx.Text(v, false)
			if p != nil {
				report(key, p)
				return
			}
			if key == "office" {
				cfg.Office = s
			} else {
				cfg.Logo = s
			}
		case "hashtags":
			items := []*yaml.Node{v}
			if v.Kind == yaml.SequenceNode {
				items = v.Content
			}
			for _, it := range items {
				h, p := yamlx.Text(it, false)
				if p == nil {
					if err := CheckHashtag(h); err != nil {
						p = yamlx.Wrap(it, err)
					}
				}
				if p != nil {
					report(key, p)
					continue
				}
				cfg.Hashtags = append(cfg.Hashtags, h)
			}
		}
	})
	if len(errs) > 0 {
		return Config{}, errors.Join(yamlx.Cap(errs, func(msg string) error {
			return fmt.Errorf("%s: %s", name, msg)
		})...)
	}
	return cfg, nil
}
