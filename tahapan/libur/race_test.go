//go:build race

package libur_test

func init() { raceEnabled = true }
