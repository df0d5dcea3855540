package sosmed_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/kalender-pemilu/tahapan/schedules"
	"github.com/kalender-pemilu/tahapan/tahapan"
	"github.com/kalender-pemilu/tahapan/tahapan/sosmed"
)

func ExampleNewCaption() {
	s, _ := schedules.Load("pemilu-2024")
	wib, _ := tahapan.Zone("WIB")
	now := time.Date(2023, 7, 23, 9, 0, 0, 0, wib)
	c, err := sosmed.NewCaption(s, sosmed.X, now, sosmed.Options{Zone: wib})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.SplitN(c.Text, "\n", 2)[0])
	fmt.Println(c.Length <= c.Limit, c.Limit)
	// Output:
	// H-206 Pemilu Serentak 2024: Sisa waktu kurang lebih tujuh bulan menuju hari pemungutan suara, Rabu, 14 Februari 2024 (6 bulan 22 hari).
	// true 280
}

func ExampleParseTemplate() {
	s, _ := schedules.Load("pemilu-2024")
	wib, _ := tahapan.Zone("WIB")
	t, err := sosmed.ParseTemplate("singkat.tmpl", `{{.Label}}: {{words .Countdown.Days}} hari lagi! {{join .Hashtags " "}}`)
	if err != nil {
		fmt.Println(err)
		return
	}
	opt := sosmed.Options{Templates: map[sosmed.Platform]*sosmed.Template{sosmed.X: t}, Hashtags: []string{"KPUKotaContoh"}}
	c, _ := sosmed.NewCaption(s, sosmed.X, time.Date(2024, 2, 7, 8, 0, 0, 0, wib), opt)
	fmt.Println(c.Text)
	// Output: H-7: tujuh hari lagi! #KPUKotaContoh #Pemilu2024 #PemiluSerentak2024
}

func ExampleSpellNumber() {
	fmt.Println(sosmed.SpellNumber(206, "id"))
	fmt.Println(sosmed.SpellNumber(1000, "id"))
	fmt.Println(sosmed.SpellNumber(204807222, "id"))
	fmt.Println(sosmed.SpellNumber(22, "en"))
	// Output:
	// dua ratus enam
	// seribu
	// dua ratus empat juta delapan ratus tujuh ribu dua ratus dua puluh dua
	// twenty-two
}

func ExampleWeightedLength() {
	fmt.Println(sosmed.WeightedLength("Ayo memilih!"))
	fmt.Println(sosmed.WeightedLength("🗳️"))                     // an emoji counts 2
	fmt.Println(sosmed.WeightedLength("https://www.kpu.go.id/")) // a URL counts 23
	// Output:
	// 12
	// 2
	// 23
}

func ExamplePlatform_Limit() {
	l := sosmed.X.Limit()
	fmt.Println(l.Max, l.Unit)
	fmt.Println(sosmed.YouTube.Limit().Max, sosmed.YouTube.Limit().Unit)
	// Output:
	// 280 weighted characters
	// 5000 bytes
}

func ExamplePlan() {
	s, _ := schedules.Load("pemilu-2024")
	p := tahapan.Period{Start: tahapan.D(2024, 2, 10), End: tahapan.D(2024, 2, 11)}
	posts, _ := sosmed.Plan(s, p, []sosmed.Platform{sosmed.Instagram}, sosmed.Options{})
	for _, post := range posts {
		fmt.Println(strings.TrimSpace(fmt.Sprint(post.Date, " ", post.Kind, " ", post.Stage)))
		fmt.Println(strings.SplitN(post.Caption, "\n", 4)[:3])
	}
	// Output:
	// 2024-02-10 stage-end masa-kampanye,rapat-umum-iklan
	// [Hari terakhir: Masa Kampanye Pemilu (28 November 2023 – 10 Februari 2024). Hari terakhir: Rapat umum; iklan media massa cetak, elektronik, dan daring (21 Januari – 10 Februari 2024). ]
	// 2024-02-11 reminder masa-tenang
	// [Pengingat H-3! Mulai hari ini: Masa Tenang (11–13 Februari 2024, 3 hari). ]
}
