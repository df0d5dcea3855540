package main

import (
	"strings"
	"testing"
)

// A flag or argument given a long value is refused with a short message:
// an error quotes at most a short prefix of what the user gave, never the
// whole of it (a file's contents pasted by mistake, say).
func TestLongValueShortError(t *testing.T) {
	v := strings.Repeat("x", 3000)
	for _, args := range [][]string{
		{"ics", "--url", v},
		{"serve", "--base-url", v},
		{"countdown", "--output", v},
		{"countdown", "--at", v},
		{"countdown", "--at", "2024-01-01T" + v},
		{"countdown", "--tz", v},
		{"countdown", "--lang", v},
		{"countdown", "--schedule", v},
		{"countdown", "--region", v},
		{"holidays", "--year", v},
		{"holidays", "--year", "99999" + v},
		{"holidays", "--kind", v},
		{"holidays", "--from", v, "--to", "2024-01-01"},
		{"workdays", v, "2024-01-01"},
		{"workdays", "2024-01-01", v},
		{"deadline", "2024-01-01", v},
		{"ics", "--domain", v},
		{"ics", "--feed", v},
		{"ics", "--schedule", "pemilu-2024", "--tag", v},
		{"stages", "--schedule", "pemilu-2024", "--tag", v},
		{"serve", "--addr", v},
		{"serve", "--addr", v + ":8080"},
		{"serve", "--addr", "127.0.0.1:" + v},
		{"card", "--schedule", "pemilu-2024", "--force=" + v},
		{"plan", "--schedule", "pemilu-2024", "--output", v},
		{"plan", "--schedule", "pemilu-2024", "--platform", v},
		{"caption", "--schedule", "pemilu-2024", "--platform", v},
		{"card", "--schedule", "pemilu-2024", "--workers", v},
		{"timeline", "--schedule", "pemilu-2024", "--out", v},
		{"timeline", "--schedule", "pemilu-2024", "--width", v},
		{"plan", "--schedule", "pemilu-2024", "--from", v},
		{"card", "--schedule", "pemilu-2024", "--from", v, "--to", "2024-01-01", "--out-dir", t.TempDir()},
		{"draft", "--from", "pemilu-2024", "--voting-day", v},
		{"ics", "--schedule", "pemilu-2024", "--alarm", v},
		{"sources", "--schedule", "pemilu-2024", v},
		{v},
		{"--" + v},
		{"countdown", "--" + v},
		{"countdown", "-q" + v},
		{"card", "--schedule", "pemilu-2024", "--theme", v},
		{"card", "--schedule", "pemilu-2024", "--logo", v},
		{"caption", "--schedule", "pemilu-2024", "--config", v},
		{"countdown", "--schedule", "pemilu-2024", "--holidays", v},
		{"countdown", "--schedule", v + ".yaml"},
	} {
		_, errOut, code := runCLI(t, args...)
		if code != 2 || len(errOut) >= 300 {
			t.Errorf("%.20q … (%d args): exit %d, %d bytes of stderr, want exit 2 and under 300: %.400q",
				args, len(args), code, len(errOut), errOut)
		}
	}
}
