//go:build race

package scaletest

func init() { raceEnabled = true }
