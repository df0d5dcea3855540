// Package atomicfile writes files the way every writer of tahapan must:
// through a temporary file and a rename, never through a symbolic link,
// and never over an existing file unless told to. The CLI and package card
// share it.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrExists is wrapped by the error of [Write] and [WriteFile] when a file
// is at the path and force is not set.
var ErrExists = errors.New("exists")

// WriteFile writes data to the file at path, as [Write] does.
func WriteFile(path string, data []byte, force bool) error {
	return Write(path, force, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write writes a file at path with write, through a temporary file in the
// same folder that is renamed to path once it is complete and synced: a
// reader, such as a web server, sees the old file or the new one, never
// half of one, and a full disk leaves the old file as it was. The file is
// readable by all (0644).
//
// It never writes through a symbolic link: a link at path is replaced, not
// followed. Without force it refuses to replace anything at path (an
// error "PATH exists" wrapping [ErrExists]) and leaves it as it was; the
// check and the write are one step (a hard link of the finished file), so
// no file that appears meanwhile is overwritten. On a file system without
// hard links it checks again just before the rename. Errors name path, or
// its folder when that is missing, never the temporary file.
func Write(path string, force bool, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	switch fi, err := os.Stat(dir); {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot write %s: the folder %s does not exist", path, dir)
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	case !fi.IsDir():
		return fmt.Errorf("cannot write %s: %s is not a folder", path, dir)
	}
	if fi, err := os.Lstat(path); err == nil {
		switch {
		case fi.IsDir():
			return fmt.Errorf("cannot write %s: it is a folder", path)
		case !force:
			return existsError(path)
		}
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	for _, step := range []func() error{func() error { return tmp.Chmod(0o644) }, tmp.Sync, tmp.Close} {
		if err := step(); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
		}
	}
	if force {
		err = os.Rename(tmp.Name(), path)
	} else if err = os.Link(tmp.Name(), path); errors.Is(err, fs.ErrExist) {
		err = existsError(path)
	} else if err != nil {
		// No hard links on this file system: check, then rename.
		if _, lerr := os.Lstat(path); lerr == nil {
			err = existsError(path)
		} else {
			err = os.Rename(tmp.Name(), path)
		}
	} else {
		os.Remove(tmp.Name())
	}
	if err != nil {
		os.Remove(tmp.Name())
		done = true
		if errors.Is(err, ErrExists) {
			return err
		}
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	done = true
	return nil
}

func existsError(path string) error { return fmt.Errorf("%s %w", path, ErrExists) }

// unwrapPath drops the path of an *fs.PathError or *os.LinkError, which
// names the temporary file, and keeps what went wrong.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
