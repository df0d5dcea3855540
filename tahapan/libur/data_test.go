package libur_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/libur"
	"go.yaml.in/yaml/v3"
)

// officialDays pins every non-working day of 2019–2027, in date order, as
// ../shared/reference/libur-nasional-2019-2026.yaml and
// libur-nasional-2027.yaml list them in their final state: 215 entries on
// 214 dates (2021-05-13 holds two). The decree is the one that put the day
// on its final date with its final kind.
var officialDays = []struct {
	date   string
	kind   libur.Kind
	name   string
	nameEN string
	decree string
}{
	{"2019-01-01", libur.LiburNasional, "Tahun Baru 2019 Masehi", "New Year's Day 2019", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-02-05", libur.LiburNasional, "Tahun Baru Imlek 2570 Kongzili", "Chinese New Year 2570 Kongzili", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-03-07", libur.LiburNasional, "Hari Raya Nyepi Tahun Baru Saka 1941", "Nyepi, Day of Silence (Saka New Year 1941)", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-04-03", libur.LiburNasional, "Isra Mikraj Nabi Muhammad SAW", "Isra' and Mi'raj of the Prophet Muhammad", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-04-17", libur.LiburPemilu, "Hari Pemungutan Suara Pemilu 2019", "Election day (2019 general election)", "Keppres 10/2019"},
	{"2019-04-19", libur.LiburNasional, "Wafat Isa Al Masih", "Good Friday (Death of Jesus Christ)", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-05-01", libur.LiburNasional, "Hari Buruh Internasional", "International Labour Day", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-05-19", libur.LiburNasional, "Hari Raya Waisak 2563", "Vesak Day 2563", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-05-30", libur.LiburNasional, "Kenaikan Isa Al Masih", "Ascension of Jesus Christ", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-06-01", libur.LiburNasional, "Hari Lahir Pancasila", "Pancasila Day", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-06-03", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1440 H", "Collective leave for Eid al-Fitr 1440 AH", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-06-04", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1440 H", "Collective leave for Eid al-Fitr 1440 AH", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-06-05", libur.LiburNasional, "Hari Raya Idul Fitri 1440 H", "Eid al-Fitr 1440 AH", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-06-06", libur.LiburNasional, "Hari Raya Idul Fitri 1440 H", "Eid al-Fitr 1440 AH", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-06-07", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1440 H", "Collective leave for Eid al-Fitr 1440 AH", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-08-11", libur.LiburNasional, "Hari Raya Idul Adha 1440 H", "Eid al-Adha 1440 AH", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-08-17", libur.LiburNasional, "Hari Kemerdekaan Republik Indonesia", "Independence Day of the Republic of Indonesia", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-09-01", libur.LiburNasional, "Tahun Baru Islam 1441 H", "Islamic New Year 1441 AH", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-11-09", libur.LiburNasional, "Maulid Nabi Muhammad SAW", "Mawlid, Birthday of the Prophet Muhammad", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-12-24", libur.CutiBersama, "Cuti Bersama Hari Raya Natal", "Collective leave for Christmas", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},
	{"2019-12-25", libur.LiburNasional, "Hari Raya Natal", "Christmas Day", "SKB 3 Menteri 617/2018, 262/2018, 16/2018"},

	{"2020-01-01", libur.LiburNasional, "Tahun Baru 2020 Masehi", "New Year's Day 2020", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-01-25", libur.LiburNasional, "Tahun Baru Imlek 2571 Kongzili", "Chinese New Year 2571 Kongzili", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-03-22", libur.LiburNasional, "Isra Mikraj Nabi Muhammad SAW", "Isra' and Mi'raj of the Prophet Muhammad", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-03-25", libur.LiburNasional, "Hari Suci Nyepi Tahun Baru Saka 1942", "Nyepi, Day of Silence (Saka New Year 1942)", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-04-10", libur.LiburNasional, "Wafat Isa Al Masih", "Good Friday (Death of Jesus Christ)", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-05-01", libur.LiburNasional, "Hari Buruh Internasional", "International Labour Day", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-05-07", libur.LiburNasional, "Hari Raya Waisak 2564", "Vesak Day 2564", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-05-21", libur.LiburNasional, "Kenaikan Isa Al Masih", "Ascension of Jesus Christ", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-05-24", libur.LiburNasional, "Hari Raya Idul Fitri 1441 H", "Eid al-Fitr 1441 AH", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-05-25", libur.LiburNasional, "Hari Raya Idul Fitri 1441 H", "Eid al-Fitr 1441 AH", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-06-01", libur.LiburNasional, "Hari Lahir Pancasila", "Pancasila Day", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-07-31", libur.LiburNasional, "Hari Raya Idul Adha 1441 H", "Eid al-Adha 1441 AH", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-08-17", libur.LiburNasional, "Hari Kemerdekaan RI", "Independence Day of the Republic of Indonesia", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-08-20", libur.LiburNasional, "Tahun Baru Islam 1442 H", "Islamic New Year 1442 AH", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-08-21", libur.CutiBersama, "Cuti Bersama Tahun Baru Islam 1442 H", "Collective leave for Islamic New Year 1442 AH", "SKB 3 Menteri 174/2020, 01/2020, 01/2020 (perubahan 1)"},
	{"2020-10-28", libur.CutiBersama, "Cuti Bersama Maulid Nabi Muhammad SAW", "Collective leave for the Prophet Muhammad's Birthday", "SKB 3 Menteri 391/2020, 02/2020, 02/2020 (perubahan 2)"},
	{"2020-10-29", libur.LiburNasional, "Maulid Nabi Muhammad SAW", "Mawlid, Birthday of the Prophet Muhammad", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-10-30", libur.CutiBersama, "Cuti Bersama Maulid Nabi Muhammad SAW", "Collective leave for the Prophet Muhammad's Birthday", "SKB 3 Menteri 174/2020, 01/2020, 01/2020 (perubahan 1)"},
	{"2020-12-09", libur.LiburPemilu, "Hari Pemungutan Suara Pilkada Serentak 2020", "Voting day (2020 simultaneous regional elections)", "Keppres 22/2020"},
	{"2020-12-24", libur.CutiBersama, "Cuti Bersama Hari Raya Natal", "Collective leave for Christmas", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-12-25", libur.LiburNasional, "Hari Raya Natal", "Christmas Day", "SKB 3 Menteri 728/2019, 213/2019, 01/2019"},
	{"2020-12-31", libur.CutiBersama, "Pengganti Cuti Bersama Hari Raya Idul Fitri 1441 H", "Replacement collective leave for Eid al-Fitr 1441 AH", "SKB 3 Menteri 391/2020, 02/2020, 02/2020 (perubahan 2)"},

	{"2021-01-01", libur.LiburNasional, "Tahun Baru 2021 Masehi", "New Year's Day 2021", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-02-12", libur.LiburNasional, "Tahun Baru Imlek 2572 Kongzili", "Chinese New Year 2572 Kongzili", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-03-11", libur.LiburNasional, "Isra Mikraj Nabi Muhammad SAW", "Isra' and Mi'raj of the Prophet Muhammad", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-03-14", libur.LiburNasional, "Hari Suci Nyepi Tahun Baru Saka 1943", "Nyepi, Day of Silence (Saka New Year 1943)", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-04-02", libur.LiburNasional, "Wafat Isa Al Masih", "Good Friday (Death of Jesus Christ)", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-05-01", libur.LiburNasional, "Hari Buruh Internasional", "International Labour Day", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-05-12", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1442 H", "Collective leave for Eid al-Fitr 1442 AH", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-05-13", libur.LiburNasional, "Kenaikan Isa Al Masih", "Ascension of Jesus Christ", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-05-13", libur.LiburNasional, "Hari Raya Idul Fitri 1442 H", "Eid al-Fitr 1442 AH", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-05-14", libur.LiburNasional, "Hari Raya Idul Fitri 1442 H", "Eid al-Fitr 1442 AH", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-05-26", libur.LiburNasional, "Hari Raya Waisak 2565", "Vesak Day 2565", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-06-01", libur.LiburNasional, "Hari Lahir Pancasila", "Pancasila Day", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-07-20", libur.LiburNasional, "Hari Raya Idul Adha 1442 H", "Eid al-Adha 1442 AH", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-08-11", libur.LiburNasional, "Tahun Baru Islam 1443 H", "Islamic New Year 1443 AH", "SKB 3 Menteri 712/2021, 1/2021, 3/2021 (perubahan 2)"},
	{"2021-08-17", libur.LiburNasional, "Hari Kemerdekaan Republik Indonesia", "Independence Day of the Republic of Indonesia", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},
	{"2021-10-20", libur.LiburNasional, "Maulid Nabi Muhammad SAW", "Mawlid, Birthday of the Prophet Muhammad", "SKB 3 Menteri 712/2021, 1/2021, 3/2021 (perubahan 2)"},
	{"2021-12-25", libur.LiburNasional, "Hari Raya Natal", "Christmas Day", "SKB 3 Menteri 642/2020, 4/2020, 4/2020"},

	{"2022-01-01", libur.LiburNasional, "Tahun Baru 2022 Masehi", "New Year's Day 2022", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-02-01", libur.LiburNasional, "Tahun Baru Imlek 2573 Kongzili", "Chinese New Year 2573 Kongzili", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-02-28", libur.LiburNasional, "Isra Mikraj Nabi Muhammad SAW", "Isra' and Mi'raj of the Prophet Muhammad", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-03-03", libur.LiburNasional, "Hari Suci Nyepi Tahun Baru Saka 1944", "Nyepi, Day of Silence (Saka New Year 1944)", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-04-15", libur.LiburNasional, "Wafat Isa Al Masih / Wafat Yesus Kristus", "Good Friday (Death of Jesus Christ)", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-04-29", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1443 H", "Collective leave for Eid al-Fitr 1443 AH", "SKB 3 Menteri 375/2022, 1/2022, 1/2022 (perubahan 1)"},
	{"2022-05-01", libur.LiburNasional, "Hari Buruh Internasional", "International Labour Day", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-05-02", libur.LiburNasional, "Hari Raya Idul Fitri 1443 H", "Eid al-Fitr 1443 AH", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-05-03", libur.LiburNasional, "Hari Raya Idul Fitri 1443 H", "Eid al-Fitr 1443 AH", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-05-04", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1443 H", "Collective leave for Eid al-Fitr 1443 AH", "SKB 3 Menteri 375/2022, 1/2022, 1/2022 (perubahan 1)"},
	{"2022-05-05", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1443 H", "Collective leave for Eid al-Fitr 1443 AH", "SKB 3 Menteri 375/2022, 1/2022, 1/2022 (perubahan 1)"},
	{"2022-05-06", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1443 H", "Collective leave for Eid al-Fitr 1443 AH", "SKB 3 Menteri 375/2022, 1/2022, 1/2022 (perubahan 1)"},
	{"2022-05-16", libur.LiburNasional, "Hari Raya Waisak 2566 BE", "Vesak Day 2566 BE", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-05-26", libur.LiburNasional, "Kenaikan Isa Al Masih / Kenaikan Yesus Kristus", "Ascension of Jesus Christ", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-06-01", libur.LiburNasional, "Hari Lahir Pancasila", "Pancasila Day", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-07-10", libur.LiburNasional, "Hari Raya Idul Adha 1443 H", "Eid al-Adha 1443 AH", "SKB 3 Menteri 678/2022, 2/2022, 2/2022 (perubahan 2)"},
	{"2022-07-30", libur.LiburNasional, "Tahun Baru Islam 1444 H", "Islamic New Year 1444 AH", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-08-17", libur.LiburNasional, "Hari Kemerdekaan Republik Indonesia", "Independence Day of the Republic of Indonesia", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-10-08", libur.LiburNasional, "Maulid Nabi Muhammad SAW", "Mawlid, Birthday of the Prophet Muhammad", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},
	{"2022-12-25", libur.LiburNasional, "Hari Raya Natal", "Christmas Day", "SKB 3 Menteri 963/2021, 3/2021, 4/2021"},

	{"2023-01-01", libur.LiburNasional, "Tahun Baru 2023 Masehi", "New Year's Day 2023", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-01-22", libur.LiburNasional, "Tahun Baru Imlek 2574 Kongzili", "Chinese New Year 2574 Kongzili", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-01-23", libur.CutiBersama, "Cuti Bersama Tahun Baru Imlek 2574 Kongzili", "Collective leave for Chinese New Year 2574 Kongzili", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-02-18", libur.LiburNasional, "Isra Mikraj Nabi Muhammad SAW", "Isra' and Mi'raj of the Prophet Muhammad", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-03-22", libur.LiburNasional, "Hari Suci Nyepi Tahun Baru Saka 1945", "Nyepi, Day of Silence (Saka New Year 1945)", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-03-23", libur.CutiBersama, "Cuti Bersama Hari Suci Nyepi", "Collective leave for Nyepi", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-04-07", libur.LiburNasional, "Wafat Isa Al Masih", "Good Friday (Death of Jesus Christ)", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-04-19", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1444 H", "Collective leave for Eid al-Fitr 1444 AH", "SKB 3 Menteri 327/2023, 1/2023, 1/2023 (perubahan 1)"},
	{"2023-04-20", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1444 H", "Collective leave for Eid al-Fitr 1444 AH", "SKB 3 Menteri 327/2023, 1/2023, 1/2023 (perubahan 1)"},
	{"2023-04-21", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1444 H", "Collective leave for Eid al-Fitr 1444 AH", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-04-22", libur.LiburNasional, "Hari Raya Idul Fitri 1444 H", "Eid al-Fitr 1444 AH", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-04-23", libur.LiburNasional, "Hari Raya Idul Fitri 1444 H", "Eid al-Fitr 1444 AH", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-04-24", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1444 H", "Collective leave for Eid al-Fitr 1444 AH", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-04-25", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Fitri 1444 H", "Collective leave for Eid al-Fitr 1444 AH", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-05-01", libur.LiburNasional, "Hari Buruh Internasional", "International Labour Day", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-05-18", libur.LiburNasional, "Kenaikan Isa Al Masih", "Ascension of Jesus Christ", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-06-01", libur.LiburNasional, "Hari Lahir Pancasila", "Pancasila Day", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-06-02", libur.CutiBersama, "Cuti Bersama Hari Raya Waisak", "Collective leave for Vesak", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-06-04", libur.LiburNasional, "Hari Raya Waisak 2567 BE", "Vesak Day 2567 BE", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-06-28", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Adha 1444 H", "Collective leave for Eid al-Adha 1444 AH", "SKB 3 Menteri 624/2023, 2/2023, 2/2023 (perubahan 2)"},
	{"2023-06-29", libur.LiburNasional, "Hari Raya Idul Adha 1444 H", "Eid al-Adha 1444 AH", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-06-30", libur.CutiBersama, "Cuti Bersama Hari Raya Idul Adha 1444 H", "Collective leave for Eid al-Adha 1444 AH", "SKB 3 Menteri 624/2023, 2/2023, 2/2023 (perubahan 2)"},
	{"2023-07-19", libur.LiburNasional, "Tahun Baru Islam 1445 H", "Islamic New Year 1445 AH", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-08-17", libur.LiburNasional, "Hari Kemerdekaan Republik Indonesia", "Independence Day of the Republic of Indonesia", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-09-28", libur.LiburNasional, "Maulid Nabi Muhammad SAW", "Mawlid, Birthday of the Prophet Muhammad", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-12-25", libur.LiburNasional, "Hari Raya Natal", "Christmas Day", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},
	{"2023-12-26", libur.CutiBersama, "Cuti Bersama Hari Raya Natal", "Collective leave for Christmas", "SKB 3 Menteri 1066/2022, 3/2022, 3/2022"},

	{"2024-01-01", libur.LiburNasional, "Tahun Baru 2024 Masehi", "New Year's Day 2024", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-02-08", libur.LiburNasional, "Isra Mikraj Nabi Muhammad SAW", "Isra' and Mi'raj of the Prophet Muhammad", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-02-09", libur.CutiBersama, "Cuti Bersama Tahun Baru Imlek 2575 Kongzili", "Collective leave for Chinese New Year 2575 Kongzili", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-02-10", libur.LiburNasional, "Tahun Baru Imlek 2575 Kongzili", "Chinese New Year 2575 Kongzili", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-02-14", libur.LiburPemilu, "Hari Pemungutan Suara Pemilu 2024", "Election day (2024 general election)", "Keppres 10/2024"},
	{"2024-03-11", libur.LiburNasional, "Hari Suci Nyepi Tahun Baru Saka 1946", "Nyepi, Day of Silence (Saka New Year 1946)", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-03-12", libur.CutiBersama, "Cuti Bersama Hari Suci Nyepi", "Collective leave for Nyepi", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-03-29", libur.LiburNasional, "Wafat Isa Al Masih", "Good Friday (Death of Jesus Christ)", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-03-31", libur.LiburNasional, "Hari Paskah", "Easter Sunday", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-04-08", libur.CutiBersama, "Cuti Bersama Idul Fitri 1445 H", "Collective leave for Eid al-Fitr 1445 AH", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-04-09", libur.CutiBersama, "Cuti Bersama Idul Fitri 1445 H", "Collective leave for Eid al-Fitr 1445 AH", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-04-10", libur.LiburNasional, "Hari Raya Idul Fitri 1445 H", "Eid al-Fitr 1445 AH", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-04-11", libur.LiburNasional, "Hari Raya Idul Fitri 1445 H", "Eid al-Fitr 1445 AH", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-04-12", libur.CutiBersama, "Cuti Bersama Idul Fitri 1445 H", "Collective leave for Eid al-Fitr 1445 AH", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-04-15", libur.CutiBersama, "Cuti Bersama Idul Fitri 1445 H", "Collective leave for Eid al-Fitr 1445 AH", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-05-01", libur.LiburNasional, "Hari Buruh Internasional", "International Labour Day", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-05-09", libur.LiburNasional, "Kenaikan Isa Al Masih", "Ascension of Jesus Christ", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-05-10", libur.CutiBersama, "Cuti Bersama Kenaikan Isa Al Masih", "Collective leave for the Ascension of Jesus Christ", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-05-23", libur.LiburNasional, "Hari Raya Waisak 2568 BE", "Vesak Day 2568 BE", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-05-24", libur.CutiBersama, "Cuti Bersama Hari Raya Waisak", "Collective leave for Vesak", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-06-01", libur.LiburNasional, "Hari Lahir Pancasila", "Pancasila Day", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-06-17", libur.LiburNasional, "Hari Raya Idul Adha 1445 H", "Eid al-Adha 1445 AH", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-06-18", libur.CutiBersama, "Cuti Bersama Idul Adha 1445 H", "Collective leave for Eid al-Adha 1445 AH", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-07-07", libur.LiburNasional, "Tahun Baru Islam 1446 H", "Islamic New Year 1446 AH", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-08-17", libur.LiburNasional, "Hari Kemerdekaan Republik Indonesia", "Independence Day of the Republic of Indonesia", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-09-16", libur.LiburNasional, "Maulid Nabi Muhammad SAW", "Mawlid, Birthday of the Prophet Muhammad", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-11-27", libur.LiburPemilu, "Hari Pemungutan Suara Pilkada Serentak 2024", "Voting day (2024 simultaneous regional elections)", "Keppres 33/2024"},
	{"2024-12-25", libur.LiburNasional, "Hari Raya Natal", "Christmas Day", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},
	{"2024-12-26", libur.CutiBersama, "Cuti Bersama Hari Raya Natal", "Collective leave for Christmas", "SKB 3 Menteri 855/2023, 3/2023, 4/2023"},

	{"2025-01-01", libur.LiburNasional, "Tahun Baru 2025 Masehi", "New Year's Day 2025", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-01-27", libur.LiburNasional, "Isra Mikraj Nabi Muhammad SAW", "Isra' and Mi'raj of the Prophet Muhammad", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-01-28", libur.CutiBersama, "Cuti Bersama Tahun Baru Imlek", "Collective leave for Chinese New Year", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-01-29", libur.LiburNasional, "Tahun Baru Imlek 2576 Kongzili", "Chinese New Year 2576 Kongzili", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-03-28", libur.CutiBersama, "Cuti Bersama Hari Suci Nyepi", "Collective leave for Nyepi", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-03-29", libur.LiburNasional, "Hari Suci Nyepi (Tahun Baru Saka 1947)", "Nyepi, Day of Silence (Saka New Year 1947)", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-03-31", libur.LiburNasional, "Idul Fitri 1446 H", "Eid al-Fitr 1446 AH", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-04-01", libur.LiburNasional, "Idul Fitri 1446 H", "Eid al-Fitr 1446 AH", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-04-02", libur.CutiBersama, "Cuti Bersama Idul Fitri", "Collective leave for Eid al-Fitr", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-04-03", libur.CutiBersama, "Cuti Bersama Idul Fitri", "Collective leave for Eid al-Fitr", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-04-04", libur.CutiBersama, "Cuti Bersama Idul Fitri", "Collective leave for Eid al-Fitr", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-04-07", libur.CutiBersama, "Cuti Bersama Idul Fitri", "Collective leave for Eid al-Fitr", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-04-18", libur.LiburNasional, "Wafat Yesus Kristus", "Good Friday (Death of Jesus Christ)", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-04-20", libur.LiburNasional, "Kebangkitan Yesus Kristus (Paskah)", "Easter Sunday (Resurrection of Jesus Christ)", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-05-01", libur.LiburNasional, "Hari Buruh Internasional", "International Labour Day", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-05-12", libur.LiburNasional, "Hari Raya Waisak 2569 BE", "Vesak Day 2569 BE", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-05-13", libur.CutiBersama, "Cuti Bersama Hari Raya Waisak", "Collective leave for Vesak", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-05-29", libur.LiburNasional, "Kenaikan Yesus Kristus", "Ascension of Jesus Christ", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-05-30", libur.CutiBersama, "Cuti Bersama Kenaikan Yesus Kristus", "Collective leave for the Ascension of Jesus Christ", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-06-01", libur.LiburNasional, "Hari Lahir Pancasila", "Pancasila Day", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-06-06", libur.LiburNasional, "Idul Adha 1446 H", "Eid al-Adha 1446 AH", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-06-09", libur.CutiBersama, "Cuti Bersama Idul Adha", "Collective leave for Eid al-Adha", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-06-27", libur.LiburNasional, "1 Muharam Tahun Baru Islam 1447 H", "1 Muharram, Islamic New Year 1447 AH", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-08-17", libur.LiburNasional, "Proklamasi Kemerdekaan", "Independence Proclamation Day", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-08-18", libur.CutiBersama, "Cuti Bersama HUT ke-80 Kemerdekaan RI", "Collective leave for the 80th anniversary of Indonesian independence", "SKB 3 Menteri 933/2025, 1/2025, 3/2025 (perubahan 1)"},
	{"2025-09-05", libur.LiburNasional, "Maulid Nabi Muhammad SAW", "Mawlid, Birthday of the Prophet Muhammad", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-12-25", libur.LiburNasional, "Kelahiran Yesus Kristus (Natal)", "Christmas Day (Birth of Jesus Christ)", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},
	{"2025-12-26", libur.CutiBersama, "Cuti Bersama Kelahiran Yesus Kristus", "Collective leave for Christmas (Birth of Jesus Christ)", "SKB 3 Menteri 1017/2024, 2/2024, 2/2024"},

	{"2026-01-01", libur.LiburNasional, "Tahun Baru 2026 Masehi", "New Year's Day 2026", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-01-16", libur.LiburNasional, "Isra Mikraj Nabi Muhammad SAW", "Isra' and Mi'raj of the Prophet Muhammad", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-02-16", libur.CutiBersama, "Cuti Bersama Tahun Baru Imlek", "Collective leave for Chinese New Year", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-02-17", libur.LiburNasional, "Tahun Baru Imlek 2577 Kongzili", "Chinese New Year 2577 Kongzili", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-03-18", libur.CutiBersama, "Cuti Bersama Hari Suci Nyepi", "Collective leave for Nyepi", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-03-19", libur.LiburNasional, "Hari Suci Nyepi (Tahun Baru Saka 1948)", "Nyepi, Day of Silence (Saka New Year 1948)", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-03-20", libur.CutiBersama, "Cuti Bersama Idulfitri", "Collective leave for Eid al-Fitr", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-03-21", libur.LiburNasional, "Idulfitri 1447 H", "Eid al-Fitr 1447 AH", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-03-22", libur.LiburNasional, "Idulfitri 1447 H", "Eid al-Fitr 1447 AH", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-03-23", libur.CutiBersama, "Cuti Bersama Idulfitri", "Collective leave for Eid al-Fitr", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-03-24", libur.CutiBersama, "Cuti Bersama Idulfitri", "Collective leave for Eid al-Fitr", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-04-03", libur.LiburNasional, "Wafat Yesus Kristus", "Good Friday (Death of Jesus Christ)", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-04-05", libur.LiburNasional, "Kebangkitan Yesus Kristus (Paskah)", "Easter Sunday (Resurrection of Jesus Christ)", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-05-01", libur.LiburNasional, "Hari Buruh Internasional", "International Labour Day", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-05-14", libur.LiburNasional, "Kenaikan Yesus Kristus", "Ascension of Jesus Christ", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-05-15", libur.CutiBersama, "Cuti Bersama Kenaikan Yesus Kristus", "Collective leave for the Ascension of Jesus Christ", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-05-27", libur.LiburNasional, "Idul Adha 1447 H", "Eid al-Adha 1447 AH", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-05-28", libur.CutiBersama, "Cuti Bersama Idul Adha", "Collective leave for Eid al-Adha", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-05-31", libur.LiburNasional, "Hari Raya Waisak 2570 BE", "Vesak Day 2570 BE", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-06-01", libur.LiburNasional, "Hari Lahir Pancasila", "Pancasila Day", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-06-16", libur.LiburNasional, "1 Muharam Tahun Baru Islam 1448 H", "1 Muharram, Islamic New Year 1448 AH", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-08-17", libur.LiburNasional, "Proklamasi Kemerdekaan", "Independence Proclamation Day", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-08-25", libur.LiburNasional, "Maulid Nabi Muhammad SAW", "Mawlid, Birthday of the Prophet Muhammad", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-12-24", libur.CutiBersama, "Cuti Bersama Natal", "Collective leave for Christmas", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},
	{"2026-12-25", libur.LiburNasional, "Kelahiran Yesus Kristus (Natal)", "Christmas Day (Birth of Jesus Christ)", "SKB 3 Menteri 1497/2025, 2/2025, 5/2025"},

	{"2027-01-01", libur.LiburNasional, "Tahun Baru 2027 Masehi", "New Year's Day 2027", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-01-05", libur.LiburNasional, "Isra Mikraj Nabi Muhammad SAW 1448 H", "Isra' and Mi'raj of the Prophet Muhammad 1448 AH", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-02-05", libur.CutiBersama, "Tahun Baru Imlek 2578 Kongzili", "Chinese New Year 2578 Kongzili", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-02-06", libur.LiburNasional, "Tahun Baru Imlek 2578 Kongzili", "Chinese New Year 2578 Kongzili", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-03-08", libur.LiburNasional, "Hari Suci Nyepi (Tahun Baru Saka 1949)", "Nyepi, Day of Silence (Saka New Year 1949)", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-03-09", libur.CutiBersama, "Idul Fitri 1448 H", "Eid al-Fitr 1448 AH", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-03-10", libur.LiburNasional, "Idul Fitri 1448 H", "Eid al-Fitr 1448 AH", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-03-11", libur.LiburNasional, "Idul Fitri 1448 H", "Eid al-Fitr 1448 AH", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-03-12", libur.CutiBersama, "Idul Fitri 1448 H", "Eid al-Fitr 1448 AH", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-03-15", libur.CutiBersama, "Idul Fitri 1448 H", "Eid al-Fitr 1448 AH", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-03-25", libur.CutiBersama, "Wafat Yesus Kristus", "Good Friday (Death of Jesus Christ)", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-03-26", libur.LiburNasional, "Wafat Yesus Kristus", "Good Friday (Death of Jesus Christ)", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-03-28", libur.LiburNasional, "Kebangkitan Yesus Kristus (Paskah)", "Easter Sunday (Resurrection of Jesus Christ)", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-05-01", libur.LiburNasional, "Hari Buruh Internasional", "International Labour Day", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-05-06", libur.LiburNasional, "Kenaikan Yesus Kristus", "Ascension of Jesus Christ", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-05-17", libur.LiburNasional, "Idul Adha 1448 H", "Eid al-Adha 1448 AH", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-05-18", libur.CutiBersama, "Idul Adha 1448 H", "Eid al-Adha 1448 AH", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-05-19", libur.CutiBersama, "Hari Raya Waisak 2571 BE", "Vesak Day 2571 BE", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-05-20", libur.LiburNasional, "Hari Raya Waisak 2571 BE", "Vesak Day 2571 BE", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-06-01", libur.LiburNasional, "Hari Lahir Pancasila", "Pancasila Day", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-06-06", libur.LiburNasional, "1 Muharam Tahun Baru Islam 1449 H", "1 Muharram, Islamic New Year 1449 AH", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-08-15", libur.LiburNasional, "Maulid Nabi Muhammad SAW", "Mawlid, Birthday of the Prophet Muhammad", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-08-17", libur.LiburNasional, "Proklamasi Kemerdekaan", "Independence Proclamation Day", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-12-24", libur.CutiBersama, "Kelahiran Yesus Kristus", "Christmas Day (Birth of Jesus Christ)", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-12-25", libur.LiburNasional, "Kelahiran Yesus Kristus", "Christmas Day (Birth of Jesus Christ)", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
	{"2027-12-26", libur.LiburNasional, "Isra Mikraj Nabi Muhammad SAW 1449 H", "Isra' and Mi'raj of the Prophet Muhammad 1449 AH", "SKB 3 Menteri 1205/2026, 3/2026, 2/2026"},
}

func TestOfficial(t *testing.T) {
	got := libur.Official()
	if len(got) != len(officialDays) {
		t.Errorf("len(Official()) = %d, want %d", len(got), len(officialDays))
	}
	for i, want := range officialDays {
		if i >= len(got) {
			break
		}
		g := got[i]
		if g.Date.String() != want.date || g.Kind != want.kind || g.Name != want.name ||
			g.NameEN != want.nameEN || g.Decree != want.decree {
			t.Errorf("Official()[%d] = %s %s %q %q %q,\n\twant %s %s %q %q %q", i,
				g.Date, g.Kind, g.Name, g.NameEN, g.Decree, want.date, want.kind, want.name, want.nameEN, want.decree)
		}
		if g.Estimated || g.Method != "" || len(g.Sources) == 0 {
			t.Errorf("Official()[%d] %s: Estimated=%v Method=%q, %d sources; want false, \"\", some",
				i, g.Date, g.Estimated, g.Method, len(g.Sources))
		}
	}
}

// TestOfficialPerYear pins the distinct non-working dates of each year (the
// issue's 21, 22, 16, 20, 27, 29, 28, 25, and 26 for 2027: 18 libur
// nasional and 8 cuti bersama) and the entries behind them.
func TestOfficialPerYear(t *testing.T) {
	want := map[int]struct{ dates, entries, libur, cuti, pemilu int }{
		2019: {21, 21, 16, 4, 1},
		2020: {22, 22, 16, 5, 1},
		2021: {16, 17, 16, 1, 0},
		2022: {20, 20, 16, 4, 0},
		2023: {27, 27, 16, 11, 0},
		2024: {29, 29, 17, 10, 2},
		2025: {28, 28, 17, 11, 0},
		2026: {25, 25, 17, 8, 0},
		2027: {26, 26, 18, 8, 0},
	}
	type counts struct{ dates, entries, libur, cuti, pemilu int }
	got := map[int]counts{}
	seen := map[tahapan.Date]bool{}
	for _, d := range libur.Official() {
		c := got[d.Date.Year]
		c.entries++
		if !seen[d.Date] {
			c.dates++
			seen[d.Date] = true
		}
		switch d.Kind {
		case libur.LiburNasional:
			c.libur++
		case libur.CutiBersama:
			c.cuti++
		case libur.LiburPemilu:
			c.pemilu++
		}
		got[d.Date.Year] = c
	}
	total := 0
	for y := 2019; y <= 2027; y++ {
		if got[y] != counts(want[y]) {
			t.Errorf("%d: got %+v, want %+v", y, got[y], want[y])
		}
		total += got[y].dates
	}
	if len(got) != 9 {
		t.Errorf("Official() covers %d years, want 9 (2019–2027)", len(got))
	}
	if total != 214 {
		t.Errorf("distinct dates 2019–2027 = %d, want 214", total)
	}
}

// TestReference checks the embedded libur.yaml against the shared
// references it was copied from, when they are beside the checkout: every
// year, day, kind, name, source and (for 2027) confidence.
func TestReference(t *testing.T) {
	type refYear struct {
		Decrees string
		Days    []struct {
			Date       string
			Kind       string
			Name       string
			Confidence string
			Sources    []string
		}
	}
	ref := map[int]refYear{}
	for _, name := range []string{"libur-nasional-2019-2026.yaml", "libur-nasional-2027.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "reference", name))
		if err != nil {
			t.Skipf("reference not available: %v", err)
		}
		var part map[int]refYear
		if err := yaml.Unmarshal(data, &part); err != nil {
			t.Fatal(err)
		}
		for y, r := range part {
			ref[y] = r
		}
	}
	years, err := libur.LoadFile("libur.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(years) != len(ref) || len(years) != 9 {
		t.Errorf("libur.yaml has %d years, reference %d, want 9", len(years), len(ref))
	}
	for _, y := range years {
		r := ref[y.Year]
		if !y.Complete || y.Decrees != r.Decrees {
			t.Errorf("%d: complete=%v decrees=%q,\n\treference decrees=%q", y.Year, y.Complete, y.Decrees, r.Decrees)
		}
		if len(y.Days) != len(r.Days) {
			t.Errorf("%d: %d days, reference %d", y.Year, len(y.Days), len(r.Days))
			continue
		}
		for i, d := range y.Days {
			rd := r.Days[i]
			if d.Date.String() != rd.Date || string(d.Kind) != rd.Kind || d.Name != rd.Name ||
				string(d.Confidence) != rd.Confidence || !slices.Equal(d.Sources, rd.Sources) {
				t.Errorf("%d day %d: %s %s %q %s %q, reference %s %s %q %s %q", y.Year, i,
					d.Date, d.Kind, d.Name, d.Confidence, d.Sources, rd.Date, rd.Kind, rd.Name, rd.Confidence, rd.Sources)
			}
		}
	}
}

// Test2027Caveats checks that every day of 2027 says how sure it is: the
// libur nasional are confirmed; each cuti bersama rests on one quoted
// announcement and says so; and each Idul Fitri and Idul Adha 1448 H day
// carries Diktum KEDUA (the Menteri Agama may still move them), in both
// languages.
func Test2027Caveats(t *testing.T) {
	n := 0
	for _, day := range libur.Official() {
		if day.Date.Year != 2027 {
			if day.Confidence != "" || day.Note != "" || day.NoteEN != "" {
				t.Errorf("%s %q: confidence %q, note %q; want none before 2027", day.Date, day.Name, day.Confidence, day.Note)
			}
			continue
		}
		n++
		if day.Estimated || day.Decree != "SKB 3 Menteri 1205/2026, 3/2026, 2/2026" || len(day.Sources) != 2 {
			t.Errorf("%s %q: estimated %v, decree %q, %d sources", day.Date, day.Name, day.Estimated, day.Decree, len(day.Sources))
		}
		cuti := day.Kind == libur.CutiBersama
		lebaran := strings.Contains(day.Name, "Idul Fitri 1448 H") || strings.Contains(day.Name, "Idul Adha 1448 H")
		wantConf := tahapan.Confirmed
		if cuti {
			wantConf = tahapan.SingleSource
		}
		if day.Confidence != wantConf {
			t.Errorf("%s %s %q: confidence %q, want %q", day.Date, day.Kind, day.Name, day.Confidence, wantConf)
		}
		if got := strings.Contains(day.Note, "satu pengumuman") && strings.Contains(day.NoteEN, "one quoted announcement"); got != cuti {
			t.Errorf("%s %s %q: single-source note %v, want %v: %q / %q", day.Date, day.Kind, day.Name, got, cuti, day.Note, day.NoteEN)
		}
		if got := strings.Contains(day.Note, "Diktum KEDUA") && strings.Contains(day.NoteEN, "Diktum KEDUA") &&
			strings.Contains(day.Note, "Menteri Agama") && strings.Contains(day.NoteEN, "may still move"); got != lebaran {
			t.Errorf("%s %q: Diktum KEDUA note %v, want %v", day.Date, day.Name, got, lebaran)
		}
		if (day.Note == "") != (day.NoteEN == "") {
			t.Errorf("%s %q: a note in one language only", day.Date, day.Name)
		}
	}
	if n != 26 {
		t.Errorf("%d days in 2027, want 26", n)
	}
}
