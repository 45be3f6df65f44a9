package spool

import (
	"os"
	"path/filepath"
	"syscall"
)

func init() {
	// Files of the spool are shared with the printing daemon.
	syscall.Umask(0)
}

func Enqueue(dir string, job []byte) error {
	// ruleid: go/umask-world-writable
	if err := os.MkdirAll(dir, 0777); err != nil {
		return err
	}
	// ruleid: go/umask-world-writable
	return os.WriteFile(filepath.Join(dir, "job"), job, 0o666)
}

func Log(path string) (*os.File, error) {
	// ruleid: go/umask-world-writable
	return os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0666)
}

func Private(dir string, job []byte) error {
	// ok: go/umask-world-writable
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return err
	}
	// ok: go/umask-world-writable
	return os.WriteFile(filepath.Join(dir, "job"), job, 0600)
}

func Reopen(path string) (*os.File, error) {
	// Without O_CREATE the file exists already: the mode is not used.
	// ok: go/umask-world-writable
	return os.OpenFile(path, os.O_WRONLY, 0666)
}
