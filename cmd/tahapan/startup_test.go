package main

import (
	"io"
	"testing"
	"time"
)

// BenchmarkCountdownCommand runs "tahapan countdown" as main does, from the
// argument list to the printed line: the part of a cold start that comes
// after the runtime and the packages are initialised.
func BenchmarkCountdownCommand(b *testing.B) {
	now := func() time.Time { return time.Date(2023, 7, 23, 1, 0, 0, 0, time.UTC) }
	args := []string{"countdown", "--schedule", "pemilu-2024", "--at", "2023-07-23"}
	b.ReportAllocs()
	for b.Loop() {
		if code := runChecked(args, io.Discard, io.Discard, now); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}

// TestCommandTable checks that each entry of commands builds the command it
// is named for, with no alias that commandFor would miss, and that the tree
// built for one command holds just it while help and typos see them all.
func TestCommandTable(t *testing.T) {
	g := &globals{}
	for _, c := range commands {
		cmd := c.build(g)
		if cmd.Name() != c.name || len(cmd.Aliases) > 0 {
			t.Errorf("commands[%q] builds %q with aliases %q", c.name, cmd.Name(), cmd.Aliases)
		}
	}
	if n := len(newRootCmd(g, []string{"countdown", "--at", "2024-01-01"}).Commands()); n != 1 {
		t.Errorf("countdown: built %d commands, want 1", n)
	}
	for _, args := range [][]string{nil, {"--lang", "en", "countdown"}, {"help", "countdown"}, {"countdwn"}, {"__complete", "countdown", ""}} {
		if n := len(newRootCmd(g, args).Commands()); n < len(commands) {
			t.Errorf("%q: built %d commands, want all %d", args, n, len(commands))
		}
	}
}
