package tahapan

import (
	"errors"
	"fmt"

	"github.com/kalender-pemilu/tahapan/tahapan/internal/yamlx"
)

// ErrNoSuchStage is returned, wrapped, when a stage id is not in a schedule.
var ErrNoSuchStage = errors.New("no such stage")

// A PosError is a problem at a position in a named input, such as a schedule
// file. It prints in the compiler's form, which editors and CI annotators
// understand:
//
//	schedules/pemilu-2024.yaml:41:12: stage "masa-kampanye": end 2023-02-10 is before start 2023-11-28
//
// Line and Col count from 1; a zero Col means the column is not known.
// Error prints at most the first 1000 bytes of Msg, whatever a message
// quotes.
type PosError struct {
	File string // the name given to the loader; may be empty
	Line int
	Col  int
	Msg  string
	Err  error // the underlying error, if any

	named bool // Msg already names its field (set while loading)
}

func (e *PosError) Error() string {
	pos := fmt.Sprintf("%d:%d", e.Line, e.Col)
	if e.Col == 0 {
		pos = fmt.Sprintf("%d", e.Line)
	}
	if e.File != "" {
		pos = e.File + ":" + pos
	}
	return pos + ": " + shortN(e.Msg, 1000)
}

// Unwrap returns the underlying error.
func (e *PosError) Unwrap() error { return e.Err }

// Errors returns the individual problems in err: the errors joined by
// [errors.Join], or err itself. Loaders in this module report every problem
// in a file at once, joined; Errors splits them again for display.
func Errors(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, Errors(e)...)
		}
		return out
	}
	return []error{err}
}

// maxQuote is how many bytes of a value an error message quotes at most.
const maxQuote = yamlx.MaxQuote

// short returns s cut to its first maxQuote bytes, marked with "…": see
// [yamlx.Short], which the holiday loader uses too.
func short(s string) string { return yamlx.Short(s) }

// shortN is short with a limit of n bytes.
func shortN(s string, n int) string { return yamlx.ShortN(s, n) }

// MaxErrors is how many problems a loader reports at most; a last error
// says how many more it found.
const MaxErrors = yamlx.MaxErrors
