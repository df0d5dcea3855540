package kata

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Lang is a language tahapan writes: [Indonesian] or [English]. The zero
// value is Indonesian, the language of the regulations and the default of
// every command.
type Lang string

// The languages tahapan writes.
const (
	Indonesian Lang = "id"
	English    Lang = "en"
)

// Langs lists the languages, the default first.
var Langs = []Lang{Indonesian, English}

// matcher matches Accept-Language headers to Langs. It is built on first
// use, not at start-up, which every command would pay for.
var matcher = sync.OnceValue(func() language.Matcher {
	return language.NewMatcher([]language.Tag{language.Indonesian, language.English})
})

// Parse returns the language a user named: "id" or "en", or any BCP 47
// tag for them ("id-ID", "en-GB", the old code "in"), in any case. Other
// languages are an error that lists the two.
//
// golang.org/x/text/language does the tag parsing and matching: it knows
// the deprecated and macro-language codes, which a list of strings would
// not.
func Parse(s string) (Lang, error) {
	if s == "" || len(s) > 35 { // 35 bytes holds any real tag
		return "", fmt.Errorf("invalid language %q: want id or en", short(s))
	}
	tag, err := language.Parse(s)
	if err != nil {
		return "", fmt.Errorf("invalid language %q: want id or en", short(s))
	}
	// The tag's own language, not the matcher's best guess: the matcher
	// takes Javanese for Indonesian, which is not what the user asked for.
	switch base, _ := tag.Base(); base.String() {
	case "id", "in":
		return Indonesian, nil
	case "en":
		return English, nil
	}
	return "", fmt.Errorf("unsupported language %q: want id (Bahasa Indonesia) or en (English)", short(s))
}

// FromAcceptLanguage returns the language an HTTP Accept-Language header
// prefers, and false when it names neither Indonesian nor English.
func FromAcceptLanguage(header string) (Lang, bool) {
	if len(header) > 512 {
		header = header[:512]
	}
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil || len(tags) == 0 {
		return Indonesian, false
	}
	_, i, conf := matcher().Match(tags...)
	if conf == language.No {
		return Indonesian, false
	}
	return Langs[i], true
}

// Check returns an error unless l is [Indonesian], [English] or the zero
// value: a Lang made by a conversion rather than by [Parse] may be
// neither. Options structs that take a Lang check it with this.
func (l Lang) Check() error {
	if l != "" && l != Indonesian && l != English {
		return fmt.Errorf("invalid language %q: want id or en", short(string(l)))
	}
	return nil
}

// Pick returns id in Indonesian and en in English. It is the one place
// that chooses between two wordings.
func (l Lang) Pick(id, en string) string {
	if l == English {
		return en
	}
	return id
}

// String returns the language's code, "id" or "en" ("id" for the zero
// value). A Lang that is neither, made by a conversion, is returned as it
// is, so that an error can quote it.
func (l Lang) String() string {
	if l == "" {
		return string(Indonesian)
	}
	return string(l)
}

// Name returns the language's own name: "Bahasa Indonesia" or "English".
func (l Lang) Name() string { return l.Pick("Bahasa Indonesia", "English") }

// Other returns the other language, for a link to the page in it.
func (l Lang) Other() Lang { return Lang(l.Pick(string(English), string(Indonesian))) }

// Tag returns the language as a BCP 47 tag.
func (l Lang) Tag() language.Tag {
	if l == English {
		return language.English
	}
	return language.Indonesian
}

// MarshalText writes the language's code.
func (l Lang) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText reads a language with [Parse].
func (l *Lang) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Prefix returns s cut to its first n bytes, at a rune boundary and
// marked with "…", when it is longer. Error messages use it to quote at
// most a short prefix of a value a user gave.
func Prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := max(n, 0)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// short is Prefix at 40 bytes.
func short(s string) string { return Prefix(s, 40) }

// Capitalize returns s with its first letter in upper case.
func Capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
