package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestRun(t *testing.T) {
	var b bytes.Buffer
	// The clock's reading is replaced by the day given.
	if err := run([]string{"2023-07-23"}, &b, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"Pemilu Serentak 2024 · Minggu, 23 Juli 2023", "=== Instagram (", "=== X (",
		"=== TikTok (", "H-206"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Without a day, the clock's reading is used.
	b.Reset()
	if err := run([]string{"-tz", "WITA"}, &b, time.Date(2024, 2, 13, 16, 30, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Rabu, 14 Februari 2024") || !strings.Contains(b.String(), "H Pemilu") {
		t.Errorf("at 00:30 WITA on voting day:\n%s", b.String())
	}
	if err := run([]string{"2024-02-30"}, &b, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)); err == nil {
		t.Error("an invalid day: no error")
	}
	// --lang is parsed: an unknown language is an error, and English
	// output is all English.
	if err := run([]string{"-lang", "jv", "2023-07-23"}, &b, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)); err == nil ||
		!strings.Contains(err.Error(), "jv") {
		t.Errorf("-lang jv: error %v", err)
	}
	b.Reset()
	if err := run([]string{"-lang", "en-GB", "2023-07-23"}, &b, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil ||
		!strings.HasPrefix(b.String(), "2024 General Election · Sunday, 23 July 2023\n") {
		t.Errorf("-lang en-GB: %v\n%s", err, b.String())
	}
}
