package storage

import (
	"os"
	"path/filepath"
)

func SaveReport(dir string, data []byte) error {
	// ruleid: go/file-permissions
	if err := os.MkdirAll(dir, 0755); err != nil {
		return err
	}
	// ruleid: go/file-permissions
	return os.WriteFile(filepath.Join(dir, "report.json"), data, 0644)
}

func MakeExecutable(path string) error {
	// ruleid: go/file-permissions
	return os.Chmod(path, 0o755)
}

func SaveReportSafe(dir string, data []byte) error {
	// ok: go/file-permissions
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return err
	}
	// ok: go/file-permissions
	return os.WriteFile(filepath.Join(dir, "report.json"), data, 0o600)
}

func Append(path string) (*os.File, error) {
	// ok: go/file-permissions
	return os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)
}
