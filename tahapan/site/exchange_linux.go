package site

import (
	"errors"
	"runtime"
	"syscall"
	"unsafe"
)

// sysRenameat2 is the number of the renameat2 system call, on the
// architectures whose syscall package does not name it.
var sysRenameat2 = map[string]uintptr{"amd64": 316, "arm64": 276}[runtime.GOARCH]

// exchange swaps the folders a and b in one step, with renameat2 and
// RENAME_EXCHANGE (Linux 3.15 and later, on most local file systems). It
// returns an error, and changes nothing, where that is not supported.
func exchange(a, b string) error {
	if sysRenameat2 == 0 {
		return errors.ErrUnsupported
	}
	pa, err := syscall.BytePtrFromString(a)
	if err != nil {
		return err
	}
	pb, err := syscall.BytePtrFromString(b)
	if err != nil {
		return err
	}
	const renameExchange = 1 << 1
	cwd := -100 // AT_FDCWD
	_, _, errno := syscall.Syscall6(sysRenameat2, uintptr(cwd), uintptr(unsafe.Pointer(pa)), uintptr(cwd),
		uintptr(unsafe.Pointer(pb)), renameExchange, 0)
	if errno != 0 {
		return errno
	}
	return nil
}
