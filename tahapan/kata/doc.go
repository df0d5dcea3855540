// Package kata holds the words of tahapan: every phrase and format it
// writes for people, in Indonesian and in English, in one place.
//
// A [Lang] is parsed once at the edge of a program ([Parse] for a flag,
// [FromAcceptLanguage] for an HTTP header) and passed down; nothing else
// in tahapan decides wording by comparing language strings. The words are
// grouped by what they describe: calendar dates and periods, counts and
// spans of time, the polling day, statuses and confidence.
//
// Kata (Indonesian for "word") depends on the standard library and
// golang.org/x/text only, so every other package of tahapan can use it.
// Dates are passed as [Day] values; tahapan.Date converts to one directly:
//
//	kata.Date(kata.Day(d), kata.Long, lang) // "Rabu, 14 Februari 2024"
package kata
