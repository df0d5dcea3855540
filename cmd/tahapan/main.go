// Command tahapan counts down to Indonesian election days and lists the
// stages (tahapan) of an election. Run "tahapan --help" for the commands.
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	_ "time/tzdata" // zones must work on machines without a tz database
)

func main() {
	os.Exit(runChecked(os.Args[1:], os.Stdout, os.Stderr, time.Now))
}

// runChecked is runWithClock, and exits 1 with a message when writing to
// stdout failed (a full disk, a closed pipe) though the command did not
// notice: output that did not arrive is an error.
func runChecked(args []string, stdout, stderr io.Writer, now func() time.Time) int {
	w := &checkedWriter{w: stdout}
	code := runWithClock(args, w, stderr, now)
	if w.err != nil && code == exitOK {
		fmt.Fprintf(stderr, "tahapan: writing the output: %v\n", w.err)
		return exitError
	}
	return code
}

// A checkedWriter writes to w and keeps the first error; once a write has
// failed, it writes nothing more and returns that error again.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	c.err = err
	return n, err
}
