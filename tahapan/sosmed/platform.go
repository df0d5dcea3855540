package sosmed

import (
	"fmt"
	"strings"
	"unicode/utf16"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

// A Platform is a social network that election offices post on.
type Platform string

// The platforms KPU offices are asked to post on.
const (
	Instagram Platform = "instagram"
	Facebook  Platform = "facebook"
	X         Platform = "x" // formerly Twitter
	YouTube   Platform = "youtube"
	TikTok    Platform = "tiktok"
)

// Platforms returns every platform, in the order captions are listed.
func Platforms() []Platform {
	return []Platform{Instagram, Facebook, X, YouTube, TikTok}
}

// ParsePlatform returns the platform named s, in any case. "twitter" is
// accepted for [X], "fb", "ig", "yt" and "tt" for the others.
func ParsePlatform(s string) (Platform, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "instagram", "ig":
		return Instagram, nil
	case "facebook", "fb":
		return Facebook, nil
	case "x", "twitter":
		return X, nil
	case "youtube", "yt":
		return YouTube, nil
	case "tiktok", "tt":
		return TikTok, nil
	}
	return "", fmt.Errorf("unknown platform %q: want instagram, facebook, x, youtube or tiktok", short(s))
}

// ParsePlatforms parses a comma-separated list of platforms, such as
// "instagram,x". An empty list means every platform.
func ParsePlatforms(list string) ([]Platform, error) {
	if strings.TrimSpace(list) == "" {
		return Platforms(), nil
	}
	var out []Platform
	for _, s := range strings.Split(list, ",") {
		p, err := ParsePlatform(s)
		if err != nil {
			return nil, err
		}
		if !containsPlatform(out, p) {
			out = append(out, p)
		}
	}
	return out, nil
}

func containsPlatform(list []Platform, p Platform) bool {
	for _, q := range list {
		if q == p {
			return true
		}
	}
	return false
}

// A Unit is what a platform's length limit counts.
type Unit int

// The units of length limits.
const (
	// UTF16 counts UTF-16 code units: one for most characters, two for an
	// emoji or any other character outside the Basic Multilingual Plane.
	// Where a platform does not say what it counts, this is the safe
	// choice: it is never less than the number of code points.
	UTF16 Unit = iota
	// Bytes counts the bytes of the UTF-8 encoding.
	Bytes
	// Weighted counts as X does, with twitter-text's weights (see
	// [WeightedLength]).
	Weighted
)

// String returns the unit in English words: "characters", "bytes" or
// "weighted characters"; see [Unit.Local].
func (u Unit) String() string { return u.Local(kata.English) }

// Local returns the unit in words in lang: "karakter", "bita" or
// "karakter berbobot" in Indonesian.
func (u Unit) Local(lang kata.Lang) string {
	switch u {
	case Bytes:
		return lang.Pick("bita", "bytes")
	case Weighted:
		return lang.Pick("karakter berbobot", "weighted characters")
	}
	return lang.Pick("karakter", "characters")
}

// A Limit is the longest text a platform takes in a post.
type Limit struct {
	Max    int    // the most a post may count, in Unit
	Unit   Unit   // what is counted
	What   string // the field the limit applies to
	Source string // where the number comes from
}

// limits is the one table of length limits. The numbers were checked on
// the pages named in Source; when a platform changes its limit, change it
// here and nowhere else.
//
// It is an array, not a map, so that the linker lays it out: a map literal
// would be built by code at every start of the program.
var limits = [...]struct {
	p Platform
	Limit
}{
	{Instagram, Limit{
		Max: 2200, Unit: UTF16, What: "caption of a feed post or reel",
		Source: "Instagram caption limit of 2,200 characters, as enforced for API publishing " +
			"(ayrshare.com/apis/post/social-networks/instagram: \"Maximum 2,200 post characters\"; " +
			"bulkpublish.com/blog/instagram-character-limit)",
	}},
	{Facebook, Limit{
		Max: 63206, Unit: UTF16, What: "text of a Page post",
		Source: "Facebook post limit of 63,206 characters " +
			"(socialk.it/tools/facebook-character-counter; ferryman.io/character-limits/facebook)",
	}},
	{X, Limit{
		Max: 280, Unit: Weighted, What: "post (tweet)",
		Source: "twitter-text config/v3.json: maxWeightedTweetLength 280, scale 100, defaultWeight 200, " +
			"transformedURLLength 23, emojiParsingEnabled (github.com/twitter/twitter-text; " +
			"developer.x.com/en/docs/counting-characters)",
	}},
	{YouTube, Limit{
		Max: 5000, Unit: Bytes, What: "video description (also used for community posts)",
		Source: "YouTube Data API v3, videos resource: snippet.description has \"a maximum length of " +
			"5000 bytes and may contain all valid UTF-8 characters except < and >\"",
	}},
	{TikTok, Limit{
		Max: 2200, Unit: UTF16, What: "video or photo caption",
		Source: "TikTok Content Posting API caption limit of 2,200 characters (socialk.it/tools/" +
			"tiktok-character-counter; app.unipost.dev/docs/platforms/tiktok); the app itself " +
			"allows up to 4,000 for some accounts, which posting tools cannot rely on",
	}},
}

// Limit returns the length limit of the platform's posts. An unknown
// platform gets the strictest limit, X's.
func (p Platform) Limit() Limit {
	for _, e := range limits {
		if e.p == p {
			return e.Limit
		}
	}
	return X.Limit()
}

// Length returns the length of text in the unit of p's limit.
func (p Platform) Length(text string) int {
	switch p.Limit().Unit {
	case Bytes:
		return len(text)
	case Weighted:
		return WeightedLength(text)
	}
	return utf16Len(text)
}

// Fits reports whether text is within p's limit.
func (p Platform) Fits(text string) bool {
	return p.Length(text) <= p.Limit().Max
}

// Name returns the platform's display name: "Instagram", "X", "TikTok".
func (p Platform) Name() string {
	switch p {
	case Instagram:
		return "Instagram"
	case Facebook:
		return "Facebook"
	case X:
		return "X"
	case YouTube:
		return "YouTube"
	case TikTok:
		return "TikTok"
	}
	return string(p)
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r) // ranging a string never yields a surrogate
	}
	return n
}
