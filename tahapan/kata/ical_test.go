package kata_test

import (
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

func TestStageWords(t *testing.T) {
	id, en := kata.Indonesian, kata.English
	for _, tt := range []struct{ got, want string }{
		{kata.Confidence("single_source", id), "hanya satu sumber"},
		{kata.Confidence("conflict", en), "sources conflict"},
		{kata.Confidence("confirmed", id), "terkonfirmasi"},
		{kata.Confidence("unconfirmed", id), "belum terkonfirmasi"},
		{kata.Confidence("rumour", en), "rumour"},
		// Masa kampanye of Pemilu 2024: 28 Nov 2023 – 10 Feb 2024, 75 days.
		{kata.PeriodDays(d(2023, 11, 28), d(2024, 2, 10), 75, id), "Selasa, 28 November 2023 – Sabtu, 10 Februari 2024 (75 hari)"},
		{kata.PeriodDays(d(2024, 2, 11), d(2024, 2, 12), 2, en), "Sunday, 11 February 2024 – Monday, 12 February 2024 (2 days)"},
		{kata.PeriodDays(d(2024, 2, 14), d(2024, 2, 14), 1, en), "Wednesday, 14 February 2024"},
		{kata.Offset(-3, "d", kata.VotingDay(id), id), "3 hari sebelum hari pemungutan suara"},
		{kata.Offset(-1, "d", kata.VotingDay(en), en), "1 day before voting day"},
		{kata.Offset(30, "hk", kata.LastDayOf("rekapitulasi", id), id), "30 hari kerja setelah hari terakhir rekapitulasi"},
		{kata.Offset(30, "hk", kata.LastDayOf("rekapitulasi", en), en), "30 working days after the last day of rekapitulasi"},
		{kata.Offset(1, "m", kata.FirstDayOf("masa-kampanye", en), en), "1 month after the first day of masa-kampanye"},
		{kata.Offset(2, "m", kata.FirstDayOf("masa-kampanye", id), id), "2 bulan setelah hari pertama masa-kampanye"},
		{kata.Offset(0, "d", "hari pemungutan suara", id), "hari pemungutan suara"},
		{kata.Note(en) + kata.InOther(en), "note (in Indonesian)"},
		{kata.Note(id) + kata.InOther(id), "catatan (dalam bahasa Inggris)"},
		{kata.FixedDate(id), "tanggal tetap dalam jadwal"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// TestRuleDescribe checks that tahapan.Rule.Describe speaks one language:
// masa tenang of Pemilu 2024 starts 3 days before 14 February 2024.
func TestRuleDescribe(t *testing.T) {
	for _, tt := range []struct {
		expr string
		lang kata.Lang
		want string
		base tahapan.Date
	}{
		{"H-3", "id", "3 hari sebelum hari pemungutan suara (2024-02-14)", tahapan.D(2024, 2, 14)},
		{"H-3", "en", "3 days before voting day (2024-02-14)", tahapan.D(2024, 2, 14)},
		{"rekap.end + 30hk", "id", "30 hari kerja setelah hari terakhir rekap (2024-03-20)", tahapan.D(2024, 3, 20)},
		{"rekap.end + 1hk", "en", "1 working day after the last day of rekap (2024-03-20)", tahapan.D(2024, 3, 20)},
		{"H", "en", "voting day (2024-02-14)", tahapan.D(2024, 2, 14)},
	} {
		r, err := tahapan.ParseRule(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		r.Base = tt.base
		if got := r.Describe(tt.lang); got != tt.want {
			t.Errorf("%s.Describe(%s) = %q, want %q", tt.expr, tt.lang, got, tt.want)
		}
	}
}
