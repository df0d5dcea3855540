// Package prebuilt lets package schedules hand package tahapan a schedule
// that was built from generated Go data rather than parsed from YAML, so
// that a command starts without parsing 250 KB of YAML. It exists so that
// tahapan's public API need not grow a way to set a schedule's internal
// state; nothing outside this module can import it.
package prebuilt

// Seal finishes a *tahapan.Schedule s whose exported fields were set by
// generated code: it links every stage to its parent, sets the voting day
// (a tahapan.Date, zero for a planned schedule) and indexes the stages by
// id, as loading does.
//
// Package tahapan sets Seal when it is initialised; any importer of
// tahapan may call it.
var Seal func(s any, votingDay any)
