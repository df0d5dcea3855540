// Package sosmed is the daily social-media kit of an election office: the
// caption of the day for Instagram, Facebook, X, YouTube and TikTok, and a
// posting plan. Subpackage card draws countdown cards (PNG), subpackage
// timeline draws the stages as a Gantt chart (SVG or PNG), and both set
// their text in subpackage typeface's embedded DejaVu Sans.
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
// a voter-education line from the edukasi text of a stage in season
// ([EdukasiStage]), the office's name ([Options].Office) and hashtags:
// the office's own ([Options].Hashtags), then the election's.
// Each platform has a built-in [text/template] ([BuiltinTemplate]); a
// custom one parsed with [ParseTemplate] replaces it.
//
// # Length limits
//
// Each platform's limit, with the source of the number, is in one table
// ([Platform.Limit]). X counts weighted characters as twitter-text does
// ([WeightedLength]); YouTube counts bytes; the others count UTF-16 code
// units, which is never less than what they count. A caption that is too
// long loses its least important parts first ([ShorteningOrder]), then
// gets back each part that still fits, so it always fits. The office's
// hashtags and the election's first (#Pemilu2024) are never dropped, with
// one exception: when they, with the office's name and the countdown,
// are longer than the limit by themselves (X's 280 holds about twenty
// hashtags), the caption is cut at the limit and ends in "…".
//
// # Plans
//
// [Plan] lists what to post on each day of a period: one post a day per
// platform, the daily countdown headed by the day's events (reminders at
// H-30, H-14, H-7, H-3, H-1 and on voting day, and the key stages that
// start or end). [WriteCSV] writes it for a spreadsheet.
//
// # Honest words
//
// [CountAt] holds the wording every output shares: "menuju" only before
// voting day, the polls' phase on voting day ("TPS buka sampai 13.00
// WIB"), "1 hari yang lalu" after it, and for a planned schedule, whose
// voting day KPU has not set, plain days to the next known date.
//
// # Time
//
// Every function takes the instant "now" and a zone ([Options].Zone); the
// package never reads the clock. The day flips at local midnight.
package sosmed
