package main

import (
	"fmt"
	"regexp"
	"strconv"
	"sync"

	"github.com/kalender-pemilu/tahapan/tahapan/kata"
)

// yearFlag is a --year flag: a calendar year from 1900 to 2200, the range
// the holiday calendar covers. Zero is refused like any other year out of
// range, rather than read as "not given".
type yearFlag int

func (y *yearFlag) String() string {
	if *y == 0 {
		return ""
	}
	return strconv.Itoa(int(*y))
}

func (y *yearFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1900 || n > 2200 {
		return fmt.Errorf("want a year from 1900 to 2200")
	}
	*y = yearFlag(n)
	return nil
}

func (y *yearFlag) Type() string { return "year" }

// strconvFlagRE matches pflag's message for a number flag given a word:
// invalid argument "abc" for "--workers" flag: strconv.ParseInt: parsing "abc": invalid syntax
// It is compiled on first use, an error, not at every start.
var strconvFlagRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^invalid argument "(.*)" for "(.*)" flag: strconv\.Parse\w+: .*$`)
})

// flagError rewords a flag parsing error for a user: no Go function names,
// and at most a short prefix of the value.
func flagError(err error) error {
	if m := strconvFlagRE().FindStringSubmatch(err.Error()); m != nil {
		return fmt.Errorf("%s: invalid value %q: want a whole number", m[2], shortValue(m[1]))
	}
	return err
}

// shortValue returns at most the first 40 bytes of a value a user gave,
// for an error message.
func shortValue(v string) string { return kata.Prefix(v, 40) }

// langFlag is --lang: parsed once, here, into a kata.Lang ("en-GB" is
// English from here on).
type langFlag kata.Lang

func (l *langFlag) String() string { return kata.Lang(*l).String() }

func (l *langFlag) Set(s string) error {
	v, err := kata.Parse(s)
	if err != nil {
		return fmt.Errorf("want id or en")
	}
	*l = langFlag(v)
	return nil
}

func (l *langFlag) Type() string { return "lang" }
