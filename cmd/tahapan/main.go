// Command tahapan counts down to Indonesian election days and lists the
// stages (tahapan) of an election. Run "tahapan --help" for the commands.
package main

import (
	"os"

	_ "time/tzdata" // zones must work on machines without a tz database
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
