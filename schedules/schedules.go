// Package schedules embeds the election schedules that ship with tahapan:
// one YAML file per election, in the format that package tahapan loads
// (see README.md in this folder).
package schedules

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

// FS holds the embedded schedule files, named ID.yaml.
//
//go:embed *.yaml
var FS embed.FS

// Names returns the ids of the embedded schedules, sorted.
func Names() []string {
	entries, _ := fs.ReadDir(FS, ".")
	var names []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ".yaml"); ok {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	return names
}

// Load loads the embedded schedule with the given id, such as "pemilu-2024".
func Load(id string) (*tahapan.Schedule, error) {
	if !slices.Contains(Names(), id) {
		return nil, fmt.Errorf("no embedded schedule %q (have %s)", id, strings.Join(Names(), ", "))
	}
	if s := builtin(id); s != nil {
		return s, nil
	}
	return loadYAML(id)
}

// builtin returns a new copy of the embedded schedule id, built from the
// Go data that builtin_gen.go holds, or nil when there is none. It is a
// variable, which builtin_gen.go sets, so that the package and its
// generator build without that file: when it no longer compiles, delete
// it and run go generate.
var builtin = func(id string) *tahapan.Schedule { return nil }

// loadYAML loads the embedded file id.yaml. [Load] gives the same schedule
// from Go data generated from these files (builtin_gen.go), which starts a
// command without parsing YAML; a test keeps the two equal.
//
//go:generate go test -run ^TestBuiltinGenerated$ -update .
func loadYAML(id string) (*tahapan.Schedule, error) {
	cal, err := workdays()
	if err != nil {
		return nil, err
	}
	return tahapan.LoadFS(FS, path.Clean(id+".yaml"), tahapan.WithWorkdays(cal))
}

// workdays is the government working-day calendar that rules in hari kerja
// count in, built once.
var workdays = sync.OnceValues(func() (*libur.Calendar, error) {
	return libur.New(libur.Options{})
})

// LoadFile loads a schedule file, such as a KPU office's local agenda, with
// the government working-day calendar for rules in hari kerja. Its
// "extends:" may name an embedded schedule ("pemilu-2024") or another file
// in this file's folder, as [tahapan.LoadFile] reads it ([tahapan.AllowOutside]
// lets it name others). Options given, such as [tahapan.WithWorkdays] with
// a calendar that has extra holidays, apply after the defaults.
func LoadFile(file string, opts ...tahapan.Option) (*tahapan.Schedule, error) {
	cal, err := workdays()
	if err != nil {
		return nil, err
	}
	resolve := func(name string) (*tahapan.Schedule, error) {
		if slices.Contains(Names(), name) {
			return Load(name)
		}
		return nil, tahapan.ErrNotResolved // a file, which tahapan reads
	}
	return tahapan.LoadFile(file, append([]tahapan.Option{tahapan.WithWorkdays(cal), tahapan.WithResolver(resolve)}, opts...)...)
}

// All loads every embedded schedule, in the order of [Names].
func All() ([]*tahapan.Schedule, error) {
	var out []*tahapan.Schedule
	for _, n := range Names() {
		s, err := Load(n)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}
