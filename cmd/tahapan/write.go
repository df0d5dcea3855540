package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/kalender-pemilu/tahapan/internal/atomicfile"
)

// writeFileAtomic writes data to the file at path, as writeAtomic does.
func writeFileAtomic(path string, data []byte, force bool) error {
	return withForce(atomicfile.WriteFile(path, data, force))
}

// writeAtomic writes a file at path with write, through a temporary file
// and a rename, never through a symbolic link and, without force, never
// over anything at path: see [atomicfile.Write]. Refusing to replace a
// file, it says which flag would.
func writeAtomic(path string, force bool, write func(io.Writer) error) error {
	return withForce(atomicfile.Write(path, force, write))
}

var errExists = atomicfile.ErrExists

// withForce adds the flag that lifts an ErrExists refusal to its message.
func withForce(err error) error {
	if errors.Is(err, errExists) {
		return fmt.Errorf("%w: not replacing it without --force", err)
	}
	return err
}
