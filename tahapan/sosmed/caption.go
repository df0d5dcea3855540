package sosmed

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"text/template"
	"time"

	"github.com/kalender-pemilu/tahapan/tahapan"
)

//go:embed templates/*.tmpl
var templateFS embed.FS

// A Template is a parsed caption template: a [text/template] executed with
// a [Data]. It is safe for concurrent use.
type Template struct {
	name string
	t    *template.Template
}

// Name returns the name the template was parsed with.
func (t *Template) Name() string { return t.name }

// TemplateFuncs are the functions a caption template may call, besides
// text/template's own:
//
//	words N         N in Indonesian words, as [SpellNumber] ("tujuh")
//	wordsEN N       N in English words ("seven")
//	join LIST SEP   the strings of LIST joined with SEP (as strings.Join)
//	upper S         S in upper case
func TemplateFuncs() template.FuncMap {
	return template.FuncMap{
		"words":   func(n int) string { return SpellNumber(n, "id") },
		"wordsEN": func(n int) string { return SpellNumber(n, "en") },
		"join":    strings.Join,
		"upper":   strings.ToUpper,
	}
}

// ParseTemplate parses a caption template. name is used in error
// messages only, such as a file name.
func ParseTemplate(name, text string) (*Template, error) {
	t, err := template.New(name).Option("missingkey=error").Funcs(TemplateFuncs()).Parse(text)
	if err != nil {
		return nil, err
	}
	return &Template{name: name, t: t}, nil
}

// BuiltinTemplate returns the source of the built-in template of p, for
// use as the starting point of a custom one.
func BuiltinTemplate(p Platform) string {
	b, err := templateFS.ReadFile("templates/" + string(p) + ".tmpl")
	if err != nil {
		return ""
	}
	return string(b)
}

// builtin returns the built-in templates, parsed at first use: parsing
// them costs about 1,700 allocations, which a program that imports the
// package but writes no caption should not pay at start-up.
var builtin = sync.OnceValue(func() map[Platform]*Template {
	m := make(map[Platform]*Template)
	for _, p := range Platforms() {
		t, err := ParseTemplate(string(p)+".tmpl", BuiltinTemplate(p))
		if err != nil {
			panic(err) // a broken built-in template is a bug, caught by every test
		}
		m[p] = t
	}
	return m
})

// A Caption is the text of one post, within its platform's limit.
type Caption struct {
	Platform Platform `json:"platform"`
	Kind     Kind     `json:"kind"`
	Text     string   `json:"text"`
	Length   int      `json:"length"` // in the unit of the platform's limit
	Limit    int      `json:"limit"`
	// Omitted names the parts that were left out to fit the limit, in the
	// order they were dropped (see [ShorteningOrder]), and "truncated"
	// when the text itself had to be cut.
	Omitted []string `json:"omitted,omitempty"`
}

// NewCaption returns the daily countdown caption of schedule s for
// platform p on the civil date of now in opt's zone: the H-label with the
// countdown in words, the stages in progress with their progress, the next
// key stage and how far off it is, a voter-education line and hashtags.
//
// The caption never exceeds p's limit ([Platform.Limit]). When the full
// text is too long, parts are left out one at a time, least important
// first ([ShorteningOrder]); if even the shortest form is too long, as a custom
// template can make it, the text is cut at a word and ends in "…".
func NewCaption(s *tahapan.Schedule, p Platform, now time.Time, opt Options) (Caption, error) {
	if err := opt.check(); err != nil {
		return Caption{}, err
	}
	return Render(p, NewData(s, p, now, opt), opt)
}

// shortening is the one table of what a caption that is too long loses,
// from the least important part to the most. Each step is tried in turn;
// the first that finds something to drop drops it, and the caption is
// rendered again. The countdown itself (Label, Phrase), the office's
// hashtags and the election's first hashtag are never dropped.
var shortening = []struct {
	part    string
	drop    func(*Data) bool
	restore func(dst *Data, src Data) // puts back what drop took, from the data before it
}{
	{"hashtag", func(d *Data) bool { return dropLast(&d.Hashtags, d.keepTags) }, // the election's other hashtags
		func(d *Data, s Data) { d.Hashtags = s.Hashtags }},
	{"stage", func(d *Data) bool { return dropLast(&d.Stages, 1) }, // stages after the first
		func(d *Data, s Data) { d.Stages = s.Stages }},
	{"next", func(d *Data) bool { return zero(&d.Next) }, // the next milestone
		func(d *Data, s Data) { d.Next = s.Next }},
	{"span", func(d *Data) bool { return zero(&d.Span) }, // "(6 bulan 22 hari)"
		func(d *Data, s Data) { d.Span = s.Span }},
	{"date", func(d *Data) bool { return zero(&d.VotingDayText) }, // voting day's date
		func(d *Data, s Data) { d.VotingDayText = s.VotingDayText }},
	{"stage", func(d *Data) bool { return dropLast(&d.Stages, 0) }, // the first stage
		func(d *Data, s Data) { d.Stages = s.Stages }},
	{"edukasi", func(d *Data) bool { d.EdukasiStage = ""; return zero(&d.Edukasi) },
		func(d *Data, s Data) { d.Edukasi, d.EdukasiStage = s.Edukasi, s.EdukasiStage }},
	{"office", func(d *Data) bool { return zero(&d.Office) },
		func(d *Data, s Data) { d.Office = s.Office }},
	{"polls", func(d *Data) bool { return zero(&d.Polls) },
		func(d *Data, s Data) { d.Polls = s.Polls }},
	{"headline", dropHeadline, // its last line
		func(d *Data, s Data) { d.Headline = s.Headline }},
}

// dropHeadline drops the last line of the headline.
func dropHeadline(d *Data) bool {
	if i := strings.LastIndexByte(d.Headline, '\n'); i >= 0 {
		d.Headline = d.Headline[:i]
		return true
	}
	return zero(&d.Headline)
}

// ShorteningOrder returns the parts of a caption from the least important
// to the most, in the order a caption that is too long loses them; a part
// that is a list (hashtags, stages, the lines of the headline) loses its
// last item first.
func ShorteningOrder() []string {
	var out []string
	for _, s := range shortening {
		out = append(out, s.part)
	}
	return out
}

func dropLast[T any](list *[]T, keep int) bool {
	if len(*list) <= keep {
		return false
	}
	*list = (*list)[:len(*list)-1]
	return true
}

func zero[T comparable](v *T) bool {
	var zero T
	if *v == zero {
		return false
	}
	*v = zero
	return true
}

// shorten drops one part of d and returns the index of its step in
// shortening, or -1 when nothing is left to drop.
func shorten(d *Data) int {
	for i, s := range shortening {
		if s.drop(d) {
			return i
		}
	}
	return -1
}

// Render executes the template of d's platform (a custom one from opt, or
// the built-in one) with d, and shortens the result to the platform's
// limit as [NewCaption] does.
func Render(p Platform, d Data, opt Options) (Caption, error) {
	t := opt.Templates[p]
	if t == nil {
		t = builtin()[p]
	}
	if t == nil {
		return Caption{}, fmt.Errorf("sosmed: no template for platform %q", p)
	}
	lim := p.Limit()
	c := Caption{Platform: p, Kind: d.Kind, Limit: lim.Max}
	var steps []int   // the steps taken, in order
	var before []Data // the data before each step
	for {
		text, err := execute(t, d, p)
		if err != nil {
			return Caption{}, err
		}
		if n := p.Length(text); n <= lim.Max {
			// Dropping one part at a time can overshoot: put back, most
			// important first, each part that still fits.
			kept := make([]bool, len(steps))
			for j := len(steps) - 1; j >= 0; j-- {
				try := d
				shortening[steps[j]].restore(&try, before[j])
				t2, err := execute(t, try, p)
				if err != nil {
					return Caption{}, err
				}
				if n2 := p.Length(t2); n2 <= lim.Max {
					d, text, n = try, t2, n2
					kept[j] = true
				}
			}
			for j, i := range steps {
				if !kept[j] {
					c.Omitted = append(c.Omitted, shortening[i].part)
				}
			}
			c.Text, c.Length = text, n
			return c, nil
		}
		before = append(before, d)
		i := shorten(&d)
		if i < 0 {
			for _, i := range steps {
				c.Omitted = append(c.Omitted, shortening[i].part)
			}
			c.Text = truncateKeepingTags(p, d, text, lim.Max)
			c.Length = p.Length(c.Text)
			c.Omitted = append(c.Omitted, "truncated")
			return c, nil
		}
		steps = append(steps, i)
	}
}

// collapseBlankLines replaces each run of three or more newlines in s with
// two, as regexp `\n{3,}` replaced by "\n\n" would.
func collapseBlankLines(s string) string {
	i := strings.Index(s, "\n\n\n")
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for ; i >= 0; i = strings.Index(s, "\n\n\n") {
		j := i + 3
		for j < len(s) && s[j] == '\n' {
			j++
		}
		b.WriteString(s[:i+2])
		s = s[j:]
	}
	b.WriteString(s)
	return b.String()
}

func execute(t *Template, d Data, p Platform) (string, error) {
	var b strings.Builder
	if err := t.t.Execute(&b, d); err != nil {
		return "", fmt.Errorf("sosmed: template %s: %w", t.name, err)
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	text := strings.TrimSpace(collapseBlankLines(strings.Join(lines, "\n")))
	if p == YouTube {
		// The YouTube Data API refuses < and > in a description.
		text = strings.NewReplacer("<", "‹", ">", "›").Replace(text)
	}
	return text, nil
}

// truncateKeepingTags cuts a caption that is still too long with nothing
// left to drop, as a long custom template can make it. When the text ends
// in its hashtags, as the built-in templates' do, the text before them is
// cut and the hashtags kept.
func truncateKeepingTags(p Platform, d Data, text string, max int) string {
	tags := strings.Join(d.Hashtags, " ")
	if tags == "" || !strings.HasSuffix(text, tags) {
		return truncate(p, text, max)
	}
	body := strings.TrimRight(strings.TrimSuffix(text, tags), " \n")
	sep := "\n\n"
	room := max - p.Length(sep+tags)
	if room <= 0 {
		return truncate(p, text, max)
	}
	if cut := truncate(p, body, room); cut != "" {
		return cut + sep + tags
	}
	return tags
}

// truncate cuts text to fit max in p's unit, at a word where one is near
// the end, and ends it in "…".
func truncate(p Platform, text string, max int) string {
	const ell = "…"
	var cuts []int // rune starts
	for i := range text {
		cuts = append(cuts, i)
	}
	k := sort.Search(len(cuts), func(k int) bool { return p.Length(text[:cuts[k]]+ell) > max }) - 1
	for k > 0 && p.Length(text[:cuts[k]]+ell) > max { // lengths are not strictly monotone (URLs)
		k--
	}
	if k <= 0 {
		return ""
	}
	cut := text[:cuts[k]]
	if i := strings.LastIndexAny(cut, " \n"); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " \n,.;:") + ell
}
