//go:build race

package ical_test

func init() { raceEnabled = true }
