//go:build race

package tahapan_test

func init() { raceEnabled = true }
