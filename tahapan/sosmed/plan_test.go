package sosmed

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

func TestPlan(t *testing.T) {
	s := pemilu2024(t)
	p := tahapan.Period{Start: tahapan.D(2023, 11, 1), End: tahapan.D(2024, 2, 14)}
	posts, err := Plan(s, p, []Platform{Instagram, X}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	count := map[Kind]int{}
	var reminders []string
	for i, post := range posts {
		count[post.Kind]++
		if post.Length > post.Limit || !post.Platform.Fits(post.Caption) {
			t.Errorf("%s %s %s: %d > %d", post.Date, post.Platform, post.Kind, post.Length, post.Limit)
		}
		if i > 0 && posts[i-1].Date.After(post.Date) {
			t.Fatalf("posts out of date order at %d", i)
		}
		label := tahapan.HLabel(votingDay(s).DaysSince(post.Date))
		if !hasLabel(post.Caption, label) {
			t.Errorf("%s %s %s: lacks %s:\n%s", post.Date, post.Platform, post.Kind, label, post.Caption)
		}
		if post.Kind == Reminder && post.Platform == X {
			reminders = append(reminders, label)
		}
	}
	if days := p.Days(); count[Countdown] != 2*days {
		t.Errorf("%d countdown posts, want %d (one a day per platform)", count[Countdown], 2*days)
	}
	if got := strings.Join(reminders, " "); got != "H-30 H-14 H-7 H-3 H-1 H" {
		t.Errorf("reminders at %s, want H-30 H-14 H-7 H-3 H-1 H", got)
	}
	want := map[string]Kind{ // key stages in the period, by what they get
		"masa-kampanye/2023-11-28":     StageStart,
		"masa-kampanye/2024-02-10":     StageEnd,
		"masa-tenang/2024-02-11":       StageStart,
		"masa-tenang/2024-02-13":       StageEnd,
		"dpd-penetapan-dct/2023-11-03": StageStart,
		"penetapan-paslon/2023-11-13":  StageStart,
	}
	got := map[string]Kind{}
	for _, post := range posts {
		if post.Stage != "" && post.Platform == X {
			got[post.Stage+"/"+post.Date.String()] = post.Kind
		}
		if post.Stage == "pemungutan-suara" {
			t.Errorf("voting day's stages get a stage post besides the reminder: %+v", post)
		}
	}
	for k, kind := range want {
		if got[k] != kind {
			t.Errorf("%s: kind %q, want %q", k, got[k], kind)
		}
	}
	for _, post := range posts {
		if post.Kind == StageStart && post.Stage == "masa-kampanye" && post.Platform == Instagram &&
			!strings.HasPrefix(post.Caption, "Mulai hari ini: Masa Kampanye Pemilu (28 November 2023 – 10 Februari 2024, 75 hari).") {
			t.Errorf("campaign start post:\n%s", post.Caption)
		}
		if post.Kind == Reminder && post.Date == votingDay(s) && post.Platform == Instagram &&
			(!strings.HasPrefix(post.Caption, "Hari ini kita memilih!") || !strings.Contains(post.Caption, "07.00–13.00")) {
			t.Errorf("voting-day reminder:\n%s", post.Caption)
		}
	}
}

func TestPlanErrors(t *testing.T) {
	s := pemilu2024(t)
	d := tahapan.D(2024, 1, 1)
	for _, tt := range []struct {
		p    tahapan.Period
		pl   []Platform
		want string
	}{
		{tahapan.Period{Start: d, End: d.AddDays(-1)}, Platforms(), "before it starts"},
		{tahapan.Period{Start: d, End: d.AddDays(MaxPlanDays)}, Platforms(), "longer than"},
		{tahapan.Period{Start: d, End: d}, nil, "no platform"},
	} {
		if _, err := Plan(s, tt.p, tt.pl, Options{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Plan(%v, %v) error = %v, want %q", tt.p, tt.pl, err, tt.want)
		}
	}
}

func TestWriteCSV(t *testing.T) {
	s := pemilu2024(t)
	posts, err := Plan(s, tahapan.Period{Start: tahapan.D(2023, 11, 28), End: tahapan.D(2023, 11, 28)}, []Platform{Instagram}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, bom := range []bool{true, false} {
		var b bytes.Buffer
		if err := WriteCSV(&b, posts, bom); err != nil {
			t.Fatal(err)
		}
		out := b.Bytes()
		if hasBOM := bytes.HasPrefix(out, []byte("\xEF\xBB\xBF")); hasBOM != bom {
			t.Errorf("bom=%v: output starts %q", bom, out[:4])
		}
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(out, []byte("\xEF\xBB\xBF")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(posts)+1 || strings.Join(rows[0], ",") != "date,platform,kind,stage,length,limit,caption" {
			t.Fatalf("rows: %d, header %v", len(rows), rows[0])
		}
		if rows[1][6] != posts[0].Caption || !strings.Contains(rows[1][6], "\n") {
			t.Errorf("caption does not round-trip with its line breaks: %q", rows[1][6])
		}
		if !bytes.Contains(out, []byte("\r\n")) {
			t.Error("rows do not end in CRLF")
		}
	}
}
