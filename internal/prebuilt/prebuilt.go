// Package prebuilt lets package schedules hand package tahapan a schedule
// that was built from generated Go data rather than parsed from YAML, so
// that a command starts without parsing 250 KB of YAML. It exists so that
// tahapan's public API need not grow a way to set a schedule's internal
// state; nothing outside this module can import it.
package prebuilt

// Seal finishes a *tahapan.Schedule s whose exported fields were set by
// generated code: it links every stage to its parent, records each stage's
// position in its YAML file (pos holds line, column pairs for the stages
// depth first, in file order), sets the voting day (a tahapan.Date, zero
// for a planned schedule) and indexes the stages by id. It panics if pos
// does not have two entries per stage: generated code that disagrees with
// its schedule is a programmer error, which the generator's test catches.
//
// Package tahapan sets Seal when it is initialised; any importer of
// tahapan may call it.
var Seal func(s any, votingDay any, pos []int32)
