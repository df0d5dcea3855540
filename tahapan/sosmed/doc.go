// Package sosmed is the daily social-media kit of an election office: the
// caption of the day for Instagram, Facebook, X, YouTube and TikTok, and a
// posting plan. Subpackage card draws countdown cards (PNG) and
// subpackage timeline draws the stages as a Gantt chart (SVG).
//
// KPU offices are asked to post every day where the election stands and
// what voters should do. A caption says it in Indonesian (or English):
//
//	🗓️ H-206 · Pemilu Serentak 2024
//	Sisa waktu kurang lebih tujuh bulan menuju hari pemungutan suara, Rabu, 14 Februari 2024 (6 bulan 22 hari).
//
//	📌 Tahapan berlangsung:
//	• Pencalonan Presiden dan Wakil Presiden serta anggota DPR, DPD, DPRD (hari ke-230 dari 355)
//	…
//
// # Captions
//
// [NewCaption] builds the caption of a day from [Data]: the H-label and the
// countdown in words ([SpellNumber] writes Indonesian numbers), the stages
// in progress with their day ("hari ke-12 dari 75"), the next key stage,
// a voter-education line from the stages' edukasi texts, and hashtags.
// Each platform has a built-in [text/template] ([BuiltinTemplate]); a
// custom one parsed with [ParseTemplate] replaces it.
//
// # Length limits
//
// Each platform's limit, with the source of the number, is in one table
// ([Platform.Limit]). X counts weighted characters as twitter-text does
// ([WeightedLength]); YouTube counts bytes; the others count UTF-16 code
// units, which is never less than what they count. A caption that is too
// long loses its least important parts first ([ShorteningOrder]), so it
// always fits.
//
// # Plans
//
// [Plan] lists what to post on each day of a period: the daily countdown,
// a post when each key stage starts and ends, and reminders at H-30, H-14,
// H-7, H-3, H-1 and on voting day. [WriteCSV] writes it for a spreadsheet.
//
// # Time
//
// Every function takes the instant "now" and a zone ([Options].Zone); the
// package never reads the clock. The day flips at local midnight.
package sosmed
