package libur_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
)

func ExampleCalendar_CountWorkdays() {
	c, err := libur.New(libur.Options{})
	if err != nil {
		log.Fatal(err)
	}
	// Working days strictly between 23 July 2023 and Pemilu 2024.
	from, to := tahapan.D(2023, 7, 23), tahapan.D(2024, 2, 14)
	fmt.Println(c.CountWorkdays(from.AddDays(1), to.AddDays(-1)))

	// April 2024, with Lebaran: government offices, then with cuti bersama
	// as working days.
	april := [2]tahapan.Date{tahapan.D(2024, 4, 1), tahapan.D(2024, 4, 30)}
	private, _ := libur.New(libur.Options{CutiIsWorkday: true})
	fmt.Println(c.CountWorkdays(april[0], april[1]), private.CountWorkdays(april[0], april[1]))
	// Output:
	// 140
	// 16 20
}

func ExampleCalendar_AddWorkdays() {
	c, err := libur.New(libur.Options{})
	if err != nil {
		log.Fatal(err)
	}
	// The day before Pemilu 2024 and the first working day after it.
	pemilu := tahapan.D(2024, 2, 14)
	fmt.Println(c.AddWorkdays(pemilu, -1), c.NextWorkday(pemilu))
	// Three working days after Friday 5 April 2024 go over Lebaran.
	fmt.Println(c.AddWorkdays(tahapan.D(2024, 4, 5), 3))
	// Output:
	// 2024-02-13 2024-02-15
	// 2024-04-18
}

func ExampleCalendar_Explain() {
	c, err := libur.New(libur.Options{})
	if err != nil {
		log.Fatal(err)
	}
	ex := c.Explain(tahapan.D(2024, 4, 5), tahapan.D(2024, 4, 16))
	fmt.Println(ex.Workdays, "hari kerja")
	for _, s := range ex.Skipped {
		fmt.Println(s)
	}
	// Output:
	// 2 hari kerja
	// 2024-04-06 Sabtu
	// 2024-04-07 Minggu
	// 2024-04-08 Senin: Cuti Bersama Idul Fitri 1445 H (cuti bersama, SKB 3 Menteri 855/2023, 3/2023, 4/2023)
	// 2024-04-09 Selasa: Cuti Bersama Idul Fitri 1445 H (cuti bersama, SKB 3 Menteri 855/2023, 3/2023, 4/2023)
	// 2024-04-10 Rabu: Hari Raya Idul Fitri 1445 H (libur nasional, SKB 3 Menteri 855/2023, 3/2023, 4/2023)
	// 2024-04-11 Kamis: Hari Raya Idul Fitri 1445 H (libur nasional, SKB 3 Menteri 855/2023, 3/2023, 4/2023)
	// 2024-04-12 Jumat: Cuti Bersama Idul Fitri 1445 H (cuti bersama, SKB 3 Menteri 855/2023, 3/2023, 4/2023)
	// 2024-04-13 Sabtu
	// 2024-04-14 Minggu
	// 2024-04-15 Senin: Cuti Bersama Idul Fitri 1445 H (cuti bersama, SKB 3 Menteri 855/2023, 3/2023, 4/2023)
}

func ExampleExplanation_Notes() {
	c, err := libur.New(libur.Options{})
	if err != nil {
		log.Fatal(err)
	}
	// Five working days after 5 March 2027 skip the Lebaran of 2027,
	// whose days may still change: show the notes with the deadline.
	due, ex := c.Deadline(tahapan.D(2027, 3, 5), 5)
	fmt.Println(due, len(ex.Skipped), "days skipped")
	for _, n := range ex.Notes(kata.English) {
		fmt.Println("-", n)
	}
	// Output:
	// 2027-03-22 12 days skipped
	// - This cuti bersama rests on one quoted announcement of the SKB (Kemenko PMK, Setneg); the decree's own text has not been read. Diktum KEDUA of the SKB: the dates of Eid al-Fitr and Eid al-Adha 1448 AH are finally set by a decree of the Minister of Religious Affairs after the isbat, so they may still move.
	// - Diktum KEDUA of the SKB: the dates of Eid al-Fitr and Eid al-Adha 1448 AH are finally set by a decree of the Minister of Religious Affairs after the isbat, so they may still move.
}

func ExampleCalendar_Deadline() {
	c, err := libur.New(libur.Options{})
	if err != nil {
		log.Fatal(err)
	}
	// Ten working days after 20 December 2027 reach into 2028, which has no
	// decree yet: the answer is an estimate and says so. It skips the cuti
	// bersama of 24 December 2027 (decreed) and 1 January 2028 is a
	// Saturday.
	due, ex := c.Deadline(tahapan.D(2027, 12, 20), 10)
	fmt.Println(due, ex.Estimated)
	if ex.Estimated {
		fmt.Println(libur.EstimatedNoteEN[:56])
	}
	// Output:
	// 2028-01-04 true
	// Estimate: no SKB 3 Menteri has been issued for this year
}

func ExampleLoad() {
	// A regional holiday, added to 2024 (an invented example).
	const file = `
2024:
  days:
    - date: 2024-07-01
      kind: libur_nasional
      name: "Libur daerah (contoh)"
      decree: "Pergub contoh"
`
	extra, err := libur.Load(strings.NewReader(file), "daerah.yaml")
	if err != nil {
		log.Fatal(err)
	}
	c, err := libur.New(libur.Options{Extra: extra})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.IsWorkday(tahapan.D(2024, 7, 1)))

	// Every problem is reported with its file, line and column.
	_, err = libur.Load(strings.NewReader("2024:\n  days:\n    - {date: 2024-02-30, kind: libur, name: x, decree: y}\n"), "salah.yaml")
	fmt.Println(err)
	// Output:
	// false
	// salah.yaml:3:14: invalid date "2024-02-30": day out of range
	// salah.yaml:3:32: unknown kind "libur": want libur_nasional, cuti_bersama or libur_pemilu
}

func ExampleEstimate() {
	// The lunar holidays of 2027 as computed, each with the method that gave
	// it, ignoring the SKB of September 2026 (they all match it, as
	// TestEstimate2027OutOfSample checks); 27 Rajab falls twice in the year.
	for _, d := range libur.Estimate(2027) {
		if !strings.HasPrefix(d.MethodEN, "fixed date") && !strings.HasPrefix(d.MethodEN, "Easter") {
			fmt.Println(d.Date, d.Name)
		}
	}
	// Output:
	// 2027-01-05 Isra Mikraj Nabi Muhammad SAW
	// 2027-02-06 Tahun Baru Imlek 2578 Kongzili
	// 2027-03-08 Hari Suci Nyepi (Tahun Baru Saka 1949)
	// 2027-03-10 Idulfitri 1448 H
	// 2027-03-11 Idulfitri 1448 H
	// 2027-05-17 Idul Adha 1448 H
	// 2027-05-20 Hari Raya Waisak 2571 BE
	// 2027-06-06 1 Muharam Tahun Baru Islam 1449 H
	// 2027-08-15 Maulid Nabi Muhammad SAW
	// 2027-12-26 Isra Mikraj Nabi Muhammad SAW
}

func ExampleCalendar_Holidays() {
	c, err := libur.New(libur.Options{})
	if err != nil {
		log.Fatal(err)
	}
	// The days of 2027 say how sure they are: a cuti bersama rests on one
	// quoted announcement, and the Menteri Agama may still move Idul Fitri.
	for _, d := range c.Holidays(tahapan.D(2027, 3, 11), tahapan.D(2027, 3, 12)) {
		fmt.Println(d.Date, d.Kind, d.Name, d.Confidence)
		fmt.Println(" ", d.NoteEN)
	}
	// Output:
	// 2027-03-11 libur_nasional Idul Fitri 1448 H confirmed
	//   Diktum KEDUA of the SKB: the dates of Eid al-Fitr and Eid al-Adha 1448 AH are finally set by a decree of the Minister of Religious Affairs after the isbat, so they may still move.
	// 2027-03-12 cuti_bersama Idul Fitri 1448 H single_source
	//   This cuti bersama rests on one quoted announcement of the SKB (Kemenko PMK, Setneg); the decree's own text has not been read. Diktum KEDUA of the SKB: the dates of Eid al-Fitr and Eid al-Adha 1448 AH are finally set by a decree of the Minister of Religious Affairs after the isbat, so they may still move.
}
