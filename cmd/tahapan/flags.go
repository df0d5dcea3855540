package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

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

// flagError rewords pflag's error for a flag given a bad value, which
// quotes the whole value, to quote at most a short prefix of it; a number
// flag given a word gets no Go function names either:
//
//	--workers: invalid value "abc": want a whole number
//
// An unknown flag, which pflag also quotes whole, is cut short the same
// way. Other errors are returned as they are.
func flagError(err error) error {
	var nee *pflag.NotExistError
	if errors.As(err, &nee) {
		name, group := nee.GetSpecifiedName(), nee.GetSpecifiedShortnames()
		if group != "" && name != "" {
			return fmt.Errorf("unknown shorthand flag: %q in -%s", []rune(name)[0], shortValue(group))
		}
		return fmt.Errorf("unknown flag: --%s", shortValue(name))
	}
	var ive *pflag.InvalidValueError
	if !errors.As(err, &ive) {
		return err
	}
	name, value := "--"+ive.GetFlag().Name, shortValue(ive.GetValue())
	var ne *strconv.NumError
	if errors.As(ive, &ne) {
		want := "a whole number"
		switch {
		case ne.Func == "ParseBool":
			want = "true or false"
		case ne.Func == "ParseFloat":
			want = "a number"
		case ne.Err == strconv.ErrRange:
			want = "a whole number in range"
		}
		return fmt.Errorf("%s: invalid value %q: want %s", name, value, want)
	}
	if f := ive.GetFlag(); f.Shorthand != "" && f.ShorthandDeprecated == "" {
		name = "-" + f.Shorthand + ", " + name
	}
	// pflag's own wording, with the value cut short; the causes are ours
	// (yearFlag, langFlag) or pflag's, and quote no value.
	return fmt.Errorf("invalid argument %q for %q flag: %v", value, name, ive.Unwrap())
}

// shortCobraError cuts the value in cobra's `unknown command "…" for
// "tahapan"`, which quotes all of it, to a short prefix.
func shortCobraError(err error) error {
	rest, ok := strings.CutPrefix(err.Error(), "unknown command ")
	if !ok {
		return err
	}
	q, qerr := strconv.QuotedPrefix(rest)
	if qerr != nil {
		return err
	}
	v, qerr := strconv.Unquote(q)
	if qerr != nil || len(v) <= 40 {
		return err
	}
	return errors.New("unknown command " + strconv.Quote(shortValue(v)) + rest[len(q):])
}

// shortPath returns at most the first 160 bytes of a path a user gave,
// for an error message: more than a value, since a real path (a temporary
// folder's, say) is often longer than 40 bytes.
func shortPath(p string) string { return kata.Prefix(p, 160) }

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
