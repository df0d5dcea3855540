package sosmed

import (
	"strings"
	"unicode/utf8"
)

// The twitter-text v3 configuration (config/v3.json in
// github.com/twitter/twitter-text), which X uses to count a post:
//
//	{"version": 3, "maxWeightedTweetLength": 280, "scale": 100,
//	 "defaultWeight": 200, "emojiParsingEnabled": true,
//	 "transformedURLLength": 23,
//	 "ranges": [{"start": 0, "end": 4351, "weight": 100},
//	            {"start": 8192, "end": 8205, "weight": 100},
//	            {"start": 8208, "end": 8223, "weight": 100},
//	            {"start": 8242, "end": 8247, "weight": 100}]}
const (
	xScale         = 100
	xDefaultWeight = 200
	xURLLength     = 23
)

// xRanges are the code-point ranges that weigh less than the default:
// Latin, Greek, Cyrillic and the other scripts up to U+10FF, and general
// punctuation (spaces, dashes, quotes, the ZWJ).
var xRanges = [...]struct{ lo, hi rune }{
	{0, 4351}, {8192, 8205}, {8208, 8223}, {8242, 8247},
}

// WeightedLength returns the length of text as X counts it, by the
// twitter-text v3 rules (developer.x.com/en/docs/counting-characters):
//
//   - a code point in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F or
//     U+2032–U+2037 counts 1, as do Latin letters, Indonesian text,
//     dashes and quotes;
//   - any other code point counts 2: CJK, and most symbols;
//   - an emoji counts 2, however many code points make it (a flag, a
//     skin tone, a ZWJ family, a keycap);
//   - a URL counts 23, the length of the t.co link X puts in its place.
//
// URLs are those that start with http://, https:// or www.; a bare domain
// such as kpu.go.id, which X may also link, counts the larger of 23 and
// its own length, so that the count is never below X's. Emoji sequences
// are recognised by their parts (pictographic code points, variation
// selectors, skin-tone modifiers, ZWJ, keycaps, regional-indicator pairs
// and tag sequences) rather than by the full Unicode emoji list. The text
// is not NFC-normalised first, as twitter-text does; normalising only
// ever makes a text shorter, so the count stays on the safe side.
func WeightedLength(text string) int {
	w := 0
	for i := 0; i < len(text); {
		if n := urlAt(text, i); n > 0 {
			w += xURLLength * xScale
			i += n
			continue
		}
		if n, tokenW := domainAt(text, i); n > 0 {
			w += max(xURLLength*xScale, tokenW)
			i += n
			continue
		}
		if n := emojiAt(text, i); n > 0 {
			w += xDefaultWeight
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		w += runeWeight(r)
		i += size
	}
	return (w + xScale - 1) / xScale
}

func runeWeight(r rune) int {
	for _, rg := range xRanges {
		if r >= rg.lo && r <= rg.hi {
			return xScale
		}
	}
	return xDefaultWeight
}

// atBoundary reports whether a token may start at i: at the start of the
// text or after a space or an opening punctuation mark.
func atBoundary(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == ' ' || r == '\n' || r == '\t' || r == '(' || r == '[' || r == '"' || r == '\'' ||
		r == '\u201c' || r == '\u2018' || r == ':'
}

// urlAt returns the length of the URL that starts at i, or 0.
func urlAt(s string, i int) int {
	if !atBoundary(s, i) {
		return 0
	}
	rest := s[i:]
	lower := strings.ToLower(rest[:min(len(rest), 8)])
	var prefix int
	switch {
	case strings.HasPrefix(lower, "https://"):
		prefix = 8
	case strings.HasPrefix(lower, "http://"):
		prefix = 7
	case strings.HasPrefix(lower, "www."):
		prefix = 4
	default:
		return 0
	}
	n := tokenEnd(rest)
	if n <= prefix {
		return 0
	}
	return n
}

// tokenEnd returns the length of the token at the start of s: up to the
// first space, without trailing punctuation, as twitter-text leaves it
// out of a link.
func tokenEnd(s string) int {
	n := strings.IndexAny(s, " \t\n")
	if n < 0 {
		n = len(s)
	}
	for n > 0 && strings.ContainsRune(".,;:!?)]}'\"", rune(s[n-1])) {
		n--
	}
	return n
}

// domainAt recognises a bare domain at i, such as kpu.go.id: labels of
// ASCII letters, digits and hyphens joined by dots, the last of two or
// more letters. It returns the token's length and its weight, or 0.
func domainAt(s string, i int) (n, weight int) {
	if !atBoundary(s, i) {
		return 0, 0
	}
	rest := s[i:]
	end := tokenEnd(rest)
	tok := rest[:end]
	// The domain may be followed by a path, as in kpu.go.id/berita.
	host := tok
	if k := strings.IndexByte(tok, '/'); k >= 0 {
		host = tok[:k]
	}
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return 0, 0
	}
	for _, l := range labels {
		if l == "" {
			return 0, 0
		}
		for j := 0; j < len(l); j++ {
			c := l[j]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return 0, 0
			}
		}
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 {
		return 0, 0
	}
	for j := 0; j < len(tld); j++ {
		if c := tld[j]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return 0, 0
		}
	}
	for _, r := range tok {
		weight += runeWeight(r)
	}
	return end, weight
}

// emojiAt returns the length in bytes of the emoji sequence at i, or 0.
func emojiAt(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	j := i + size
	switch {
	case isRegionalIndicator(r):
		if r2, size2 := utf8.DecodeRuneInString(s[j:]); isRegionalIndicator(r2) {
			j += size2
		}
		return j - i
	case r == '#' || r == '*' || r >= '0' && r <= '9':
		// A keycap: the character, an optional VS16, then U+20E3.
		k := j
		if r2, size2 := utf8.DecodeRuneInString(s[k:]); r2 == 0xFE0F {
			k += size2
		}
		if r2, size2 := utf8.DecodeRuneInString(s[k:]); r2 == 0x20E3 {
			return k + size2 - i
		}
		return 0
	case r == 0xA9 || r == 0xAE:
		// © and ®: an emoji only with VS16; on their own they weigh 1,
		// but count them as 2 to stay on the safe side.
	case !isPictographic(r):
		return 0
	}
	for j < len(s) {
		r2, size2 := utf8.DecodeRuneInString(s[j:])
		switch {
		case r2 == 0xFE0F || r2 == 0xFE0E || r2 == 0x20E3 || r2 >= 0x1F3FB && r2 <= 0x1F3FF ||
			r2 >= 0xE0020 && r2 <= 0xE007F:
			j += size2
		case r2 == 0x200D: // ZWJ: joins the next pictograph into the sequence
			r3, size3 := utf8.DecodeRuneInString(s[j+size2:])
			if !isPictographic(r3) {
				return j - i
			}
			j += size2 + size3
		default:
			return j - i
		}
	}
	return j - i
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// isPictographic approximates Unicode's Extended_Pictographic property
// with the blocks that hold emoji.
func isPictographic(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, // Mahjong … Symbols and Pictographs Extended-A
		r >= 0x2600 && r <= 0x27BF, // Miscellaneous Symbols, Dingbats
		r >= 0x2300 && r <= 0x23FF, // Miscellaneous Technical (⌚, ⏰)
		r >= 0x2B00 && r <= 0x2BFF, // arrows and stars (⬆, ⭐)
		r >= 0x2190 && r <= 0x21FF, // arrows (↔, ↩)
		r == 0x203C, r == 0x2049, r == 0x2122, r == 0x2139,
		r == 0x3030, r == 0x303D, r == 0x3297, r == 0x3299:
		return true
	}
	return false
}
