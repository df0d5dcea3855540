package main

import (
	"fmt"
	"io"
	"os"
)

// openRegular opens the file a flag names, refusing anything but a
// regular file: a device such as /dev/zero never ends, and a named pipe
// waits for a writer. It looks before it opens, since opening a named
// pipe waits too, and again after.
func openRegular(flag, path string) (*os.File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, inputError{fmt.Errorf("%s: %w", flag, err)}
	}
	if !fi.Mode().IsRegular() {
		return nil, badInput("%s %s: not a regular file", flag, shortPath(path))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, inputError{fmt.Errorf("%s: %w", flag, err)}
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() { // it may have been replaced
		f.Close()
		return nil, badInput("%s %s: not a regular file", flag, shortPath(path))
	}
	return f, nil
}

// readRegular reads the regular file a flag names, of at most limit
// bytes; a larger one is refused before it is all read. what names the
// file in that error, such as "a template".
func readRegular(flag, path string, limit int64, what string) ([]byte, error) {
	f, err := openRegular(flag, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, inputError{fmt.Errorf("%s: %w", flag, err)}
	}
	if int64(len(data)) > limit {
		return nil, badInput("%s %s: larger than %d KB, the most %s may be", flag, shortPath(path), limit>>10, what)
	}
	return data, nil
}
