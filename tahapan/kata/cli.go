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

// Status writes a schedule's status in words: "resmi", "rancangan" and
// "rencana" for official, draft and planned ("official", "draft",
// "planned" in English). Another status is returned as it is. JSON keeps
// the codes.
func Status(status string, l Lang) string {
	switch status {
	case "official":
		return l.Pick("resmi", "official")
	case "draft":
		return l.Pick("rancangan", "draft")
	case "planned":
		return l.Pick("rencana", "planned")
	}
	return status
}

// ValidFile is the line of "tahapan validate" for a valid file: "f.yaml:
// ok (101 tahapan)", "f.yaml: ok (101 stages)".
func ValidFile(file string, stages int, l Lang) string {
	return fmt.Sprintf("%s: ok (%s)", file, unit(stages, "tahapan", "stage", l))
}

// CardsWritten is the line of a batch of cards: "2 kartu di kartu/ (15
// per detik)", "2 cards in kartu/ (15 a second)".
func CardsWritten(n int, dir string, perSecond float64, l Lang) string {
	return l.Pick(fmt.Sprintf("%s di %s (%.0f per detik)", unit(n, "kartu", "card", l), dir, perSecond),
		fmt.Sprintf("%s in %s (%.0f a second)", unit(n, "kartu", "card", l), dir, perSecond))
}

// Serving is the notice of "tahapan serve": "tahapan: melayani di
// http://127.0.0.1:8080/ (Ctrl-C untuk berhenti)", "tahapan: serving on
// http://127.0.0.1:8080/ (Ctrl-C to stop)".
func Serving(url string, l Lang) string {
	return l.Pick("tahapan: melayani di "+url+" (Ctrl-C untuk berhenti)", "tahapan: serving on "+url+" (Ctrl-C to stop)")
}
