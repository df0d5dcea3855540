package scaletest

// raceEnabled is set when the race detector is on.
var raceEnabled bool
