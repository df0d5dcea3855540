package kata

import "fmt"

// MoreProblems says how many problems a list left out after the first
// listed: "… and 159000 more problems (only the first 1000 are listed)",
// "… dan 159000 masalah lagi (hanya 1000 yang pertama dicantumkan)".
func MoreProblems(more, listed int, l Lang) string {
	if l == English {
		return fmt.Sprintf("… and %d more %s (only the first %d are listed)", more, plural(more, "problem", "problems"), listed)
	}
	return fmt.Sprintf("… dan %d masalah lagi (hanya %d yang pertama dicantumkan)", more, listed)
}
