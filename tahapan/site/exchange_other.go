//go:build !linux

package site

import "errors"

// exchange would swap the folders a and b in one step; only Linux can.
func exchange(a, b string) error { return errors.ErrUnsupported }

// syncFS would sync a whole file system in one step; only Linux can.
func syncFS(dir string) error { return errors.ErrUnsupported }
