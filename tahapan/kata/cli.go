package kata

import "fmt"

// Why tahapan picked a schedule when none was named (see [Chosen]).
const (
	ChosenRunning = iota // its stages are running before its vote
	ChosenNext           // the next voting day
	ChosenPlanned        // the next election, with no voting day yet
	ChosenLatest         // every election is past: the latest one
)

// Chosen is the notice that names the schedule tahapan picked: "tahapan:
// jadwal pemilu-2029 (Pemilu Serentak Nasional 2029): pemilu berikutnya;
// KPU belum menetapkan hari pemungutan suaranya; pilih yang lain dengan
// --schedule".
func Chosen(id, name string, why int, l Lang) string {
	reasons := map[int][2]string{
		ChosenRunning: {"tahapannya sedang berjalan", "its stages are running"},
		ChosenNext:    {"hari pemungutan suara berikutnya", "the next voting day"},
		ChosenPlanned: {"pemilu berikutnya; KPU belum menetapkan hari pemungutan suaranya", "the next election; KPU has not set its voting day yet"},
		ChosenLatest:  {"pemilu terakhir", "the latest election"},
	}[why]
	return l.Pick(
		fmt.Sprintf("tahapan: jadwal %s (%s): %s; pilih yang lain dengan --schedule", id, name, reasons[0]),
		fmt.Sprintf("tahapan: schedule %s (%s), %s; pick another with --schedule", id, name, reasons[1]))
}
