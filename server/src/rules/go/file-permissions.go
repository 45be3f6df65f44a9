package storage

import (
	"os"
	"path/filepath"
)

func SaveReport(dir string, data []byte) error {
	// The mode of what is created is masked by the umask (0777 gives 0755 with the usual 022).
	// ok: go/file-permissions
	if err := os.MkdirAll(dir, 0777); err != nil {
		return err
	}
	// ok: go/file-permissions
	return os.WriteFile(filepath.Join(dir, "report.json"), data, 0666)
}

func MakeExecutable(path string) error {
	// ruleid: go/file-permissions
	return os.Chmod(path, 0o777)
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

func ShareFolder(dir *os.File) error {
	// ruleid: go/file-permissions
	return dir.Chmod(0o777)
}
