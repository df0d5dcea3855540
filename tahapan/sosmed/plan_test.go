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
	var reminders []string
	perDay := map[string]int{}
	for i, post := range posts {
		perDay[post.Date.String()+"/"+string(post.Platform)]++
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
		if !strings.Contains(post.Caption, "#Pemilu2024") {
			t.Errorf("%s %s: lacks the election's hashtag:\n%s", post.Date, post.Platform, post.Caption)
		}
		if post.Kind == Reminder && post.Platform == X {
			reminders = append(reminders, label)
		}
	}
	if len(perDay) != 2*p.Days() || len(posts) != 2*p.Days() {
		t.Errorf("%d posts on %d day-platforms, want one a day per platform: %d", len(posts), len(perDay), 2*p.Days())
	}
	if got := strings.Join(reminders, " "); got != "H-30 H-14 H-7 H-3 H-1 H" {
		t.Errorf("reminders at %s, want H-30 H-14 H-7 H-3 H-1 H", got)
	}
	want := map[string]Kind{ // days with key stages, by kind and stages
		"2023-11-28 masa-kampanye":                         StageStart,
		"2024-02-10 masa-kampanye,rapat-umum-iklan":        StageEnd,
		"2024-02-11 masa-tenang":                           Reminder, // H-3
		"2024-02-13 masa-tenang":                           Reminder, // H-1
		"2023-11-03 dpd-penetapan-dct,caleg-penetapan-dct": StageStart,
		"2023-11-13 penetapan-paslon":                      StageStart,
		"2024-02-14 ":                                      Reminder,
	}
	got := map[string]Kind{}
	for _, post := range posts {
		if post.Platform == X {
			got[post.Date.String()+" "+post.Stage] = post.Kind
		}
	}
	for k, kind := range want {
		if got[k] != kind {
			t.Errorf("%s: kind %q, want %q", k, got[k], kind)
		}
	}
	for _, post := range posts {
		if post.Date == tahapan.D(2023, 11, 28) && post.Platform == Instagram &&
			!strings.HasPrefix(post.Caption, "Mulai hari ini: Masa Kampanye Pemilu (28 November 2023 – 10 Februari 2024, 75 hari).") {
			t.Errorf("campaign start post:\n%s", post.Caption)
		}
		if post.Date == tahapan.D(2024, 2, 11) && post.Platform == Instagram &&
			(!strings.HasPrefix(post.Caption, "Pengingat H-3!\nMulai hari ini: Masa Tenang") || strings.Count(post.Caption, "H-3") != 2) {
			t.Errorf("H-3 post (issue 14: one post, the count said once besides the reminder):\n%s", post.Caption)
		}
		if post.Date == votingDay(s) && post.Platform == Instagram &&
			(!strings.HasPrefix(post.Caption, "Hari ini kita memilih!") || !strings.Contains(post.Caption, "TPS dibuka pukul 07.00")) {
			t.Errorf("voting-day reminder:\n%s", post.Caption)
		}
	}
}

// Issue 14: a 45-day plan for all five platforms has exactly one post per
// platform per day, and every post keeps the office's hashtag.
func TestPlanOnePostPerDay(t *testing.T) {
	s := pemilu2024(t)
	p := tahapan.Period{Start: tahapan.D(2024, 1, 1), End: tahapan.D(2024, 2, 14)}
	if p.Days() != 45 {
		t.Fatalf("period of %d days", p.Days())
	}
	posts, err := Plan(s, p, Platforms(), Options{Hashtags: []string{"KPUKotaMojokerto"}, Office: "KPU Kota Mojokerto"})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, post := range posts {
		seen[post.Date.String()+"/"+string(post.Platform)]++
		if !strings.Contains(post.Caption, "#KPUKotaMojokerto") || !strings.Contains(post.Caption, "#Pemilu2024") {
			t.Errorf("%s %s lacks a kept hashtag:\n%s", post.Date, post.Platform, post.Caption)
		}
	}
	if len(posts) != 45*5 || len(seen) != 45*5 {
		t.Errorf("%d posts, %d day-platforms; want 225 of each", len(posts), len(seen))
	}
}

// Issue 14: a year of X posts keeps the office's hashtag in every one.
func TestPlanXKeepsHashtags(t *testing.T) {
	s := pemilu2024(t)
	p := tahapan.Period{Start: tahapan.D(2023, 2, 14), End: tahapan.D(2024, 2, 14)}
	posts, err := Plan(s, p, []Platform{X}, Options{Hashtags: []string{"KPUKotaMojokerto"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) != 366 {
		t.Errorf("%d posts, want 366", len(posts))
	}
	for _, post := range posts {
		if !strings.Contains(post.Caption, "#KPUKotaMojokerto") || !strings.Contains(post.Caption, "#Pemilu2024") || post.Length > 280 {
			t.Errorf("%s: %d weighted:\n%s", post.Date, post.Length, post.Caption)
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
