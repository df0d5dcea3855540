package site

import (
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestHonestWords checks what the page, its three zone boxes and the embed
// card say around voting day, in both languages, on a frozen clock and on
// a running one: polls about to open, open, closed, a day after and two
// years after; and for a planned schedule with no voting day.
func TestHonestWords(t *testing.T) {
	tests := []struct {
		name, schedule, at string
		want, wantEN       []string // on the page
		embed, embedEN     []string // on the embed card
		running            []string // on the page on a running clock, instead of hours and minutes
	}{
		{
			// 06:00 WIB is 07:00 WITA and 08:00 WIT: polls have opened in
			// the east and not yet in the west.
			name: "H 06:00", schedule: "pemilu-2024", at: "2024-02-14T06:00:00+07:00",
			want: []string{">H<", "Hari ini: <strong>Pemungutan Suara Pemilu Serentak 2024", "TPS dibuka pukul 07.00 WIB</p>",
				"<b>TPS dibuka pukul 07.00 WIB</b><span>1 jam 0 menit</span>",
				"<b>TPS buka sampai 13.00 WITA</b><span>6 jam 0 menit</span>",
				"<b>TPS buka sampai 13.00 WIT</b><span>5 jam 0 menit</span>"},
			wantEN: []string{"Today: <strong>Voting day, 2024 General Election", "Polls open at 07:00 WIB</p>",
				"<b>Polls open at 07:00 WIB</b><span>1 h 0 min</span>", "<b>Polls open until 13:00 WITA</b>", "<b>Polls open until 13:00 WIT</b>"},
			embed:   []string{"<b>TPS dibuka pukul 07.00 WIB</b>: <span>1 jam 0 menit</span>"},
			embedEN: []string{"<b>Polls open at 07:00 WIB</b>"},
			running: []string{"<b>TPS dibuka pukul 07.00 WIB</b><span>hari ini</span>",
				"<b>TPS buka sampai 13.00 WITA</b><span>pemungutan suara sedang berlangsung</span>"},
		},
		{
			name: "H 10:00", schedule: "pemilu-2024", at: "2024-02-14T10:00:00+07:00",
			want: []string{"TPS buka sampai 13.00 WIB</p>", "<b>TPS buka sampai 13.00 WIB</b><span>3 jam 0 menit</span>",
				"<b>TPS buka sampai 13.00 WITA</b><span>2 jam 0 menit</span>", "<b>TPS buka sampai 13.00 WIT</b><span>1 jam 0 menit</span>"},
			wantEN: []string{"Polls open until 13:00 WIB</p>", "<b>Polls open until 13:00 WIT</b><span>1 h 0 min</span>",
				// What the script writes as the phases change, from the visitor's clock.
				`data-open="2024-02-14T07:00:00+09:00" data-close="2024-02-14T13:00:00+09:00" data-t-before="Polls open at 07:00 WIT" data-t-open="Polls open until 13:00 WIT" data-t-closed="Polls have closed · WIT" data-day="Wednesday, 14 February 2024"`},
			embed:   []string{"<b>TPS buka sampai 13.00 WIB</b>: <span>3 jam 0 menit</span>"},
			embedEN: []string{"<b>Polls open until 13:00 WIB</b>"},
			running: []string{"<b>TPS buka sampai 13.00 WIT</b><span>pemungutan suara sedang berlangsung</span>"},
		},
		{
			name: "H 15:00", schedule: "pemilu-2024", at: "2024-02-14T15:00:00+07:00",
			want: []string{">H<", "TPS sudah ditutup</p>", "<b>TPS sudah ditutup · WIB</b><span>Rabu, 14 Februari 2024</span>",
				"<b>TPS sudah ditutup · WITA</b>", "<b>TPS sudah ditutup · WIT</b>"},
			wantEN:  []string{"Polls have closed</p>", "<b>Polls have closed · WIT</b><span>Wednesday, 14 February 2024</span>"},
			embed:   []string{"<b>TPS sudah ditutup · WIB</b>"},
			embedEN: []string{"<b>Polls have closed · WIB</b>"},
		},
		{
			name: "H+1", schedule: "pemilu-2024", at: "2024-02-15T09:00:00+07:00",
			want: []string{">H+1<", "setelah <strong>Pemungutan Suara Pemilu Serentak 2024</strong>", "Rabu, 14 Februari 2024 · 1 hari yang lalu",
				"<b>TPS sudah ditutup · WIB</b><span>setelah Rabu, 14 Februari 2024 (1 hari yang lalu)</span>", "<b>TPS sudah ditutup · WIT</b>"},
			wantEN:  []string{"since <strong>Voting day, 2024 General Election</strong>", "Wednesday, 14 February 2024 · 1 day ago", "(1 day ago)"},
			embed:   []string{">H+1<", "setelah <strong>", "1 hari yang lalu"},
			embedEN: []string{"since <strong>", "1 day ago"},
		},
		{
			name: "H+732", schedule: "pilkada-2024", at: "2026-11-29T09:00:00+07:00",
			want: []string{">H+732<", "setelah <strong>Pemungutan Suara Pemilihan Serentak 2024</strong>", "Rabu, 27 November 2024 · 732 hari yang lalu",
				"<b>TPS sudah ditutup · WITA</b><span>setelah Rabu, 27 November 2024 (732 hari yang lalu)</span>"},
			wantEN:  []string{">H+732<", "Wednesday, 27 November 2024 · 732 days ago"},
			embed:   []string{">H+732<", "732 hari yang lalu"},
			embedEN: []string{">H+732<", "732 days ago"},
		},
		{
			// No voting day: say so and who sets it, count to the next known
			// date (1 October 2029 is 1037 days after 29 November 2026).
			name: "planned", schedule: "pemilu-2029", at: "2026-11-29T09:00:00+07:00",
			want: []string{"Hari pemungutan suara belum ditetapkan", "KPU menetapkannya dengan Keputusan KPU", "(UU 7/2017 Pasal 167 ayat (2))",
				">1037 hari<", "lagi menuju <strong>Pengucapan sumpah/janji anggota DPR dan DPD", "Senin, 1 Oktober 2029 · 2 tahun 10 bulan 2 hari lagi",
				"<title>hari pemungutan suara belum ditetapkan · Pemilu Serentak Nasional 2029</title>"},
			wantEN: []string{"The voting day is not set yet", "KPU sets it by a KPU decree", ">1037 days<", "until <strong>Oath of the DPR",
				"Monday, 1 October 2029 · 2 years 10 months 2 days to go"},
			embed:   []string{"Hari pemungutan suara belum ditetapkan", ">1037 hari<", "Senin, 1 Oktober 2029"},
			embedEN: []string{"The voting day is not set yet", ">1037 days<"},
		},
	}
	hoursMinutes := regexp.MustCompile(`<span>\d+ (jam|h) \d+ (menit|min)</span>`)
	never := regexp.MustCompile(`ZgotmplZ|menuju <strong>Pemungutan|to <strong>Voting|TPS sudah dibuka|polls have opened|>H-\d|H-0`)
	for _, tt := range tests {
		for _, frozen := range []bool{true, false} {
			s := siteWithClock(t, "https://pemilu.example.org", &clock{t: wib(tt.at)}, frozen, tt.schedule)
			h := s.Handler()
			pages := []struct {
				path string
				want []string
			}{{"/", tt.want}, {"/en/", tt.wantEN}, {"/embed/" + tt.schedule, tt.embed}, {"/embed/" + tt.schedule + "/en/", tt.embedEN}}
			if !frozen {
				pages[0].want = append(slices.Clone(pages[0].want), tt.running...)
			}
			for _, p := range pages {
				body := html.UnescapeString(get(t, h, p.path).Body.String()) // html/template writes "+" as "&#43;"
				for _, w := range p.want {
					if !frozen && hoursMinutes.MatchString(w) {
						continue // written on a frozen clock only: the page is kept for the phase
					}
					if !strings.Contains(body, w) {
						t.Errorf("%s (frozen %v) %s lacks %q", tt.name, frozen, p.path, w)
					}
				}
				if m := hoursMinutes.FindString(body); !frozen && m != "" {
					t.Errorf("%s (running clock) %s writes %q, which goes stale while the page is kept", tt.name, p.path, m)
				}
				if m := never.FindString(body); m != "" {
					t.Errorf("%s (frozen %v) %s says %q", tt.name, frozen, p.path, m)
				}
			}
		}
	}
}
