package files

import (
	"net/http"
	"os"
	"path/filepath"
)

const uploadDir = "/srv/uploads"

func Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	// ruleid: go/path-traversal
	data, err := os.ReadFile(filepath.Join(uploadDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func Serve(w http.ResponseWriter, r *http.Request) {
	// ruleid: go/path-traversal
	http.ServeFile(w, r, "./static/"+r.URL.Path)
}

func DownloadSafe(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	// ok: go/path-traversal
	data, err := os.ReadFile(filepath.Join(uploadDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func LoadConfig() ([]byte, error) {
	// ok: go/path-traversal
	return os.ReadFile(filepath.Join(uploadDir, "config.json"))
}

func Remove(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	path := filepath.Join(uploadDir, filepath.Clean(name))
	// ruleid: go/path-traversal
	os.Remove(path)
}

func Upload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("upload")
	if err != nil {
		return
	}
	defer file.Close()
	// ruleid: go/path-traversal
	out, err := os.Create(filepath.Join(uploadDir, header.Filename))
	if err != nil {
		return
	}
	defer out.Close()
}

func Open(root *os.Root, r *http.Request) (*os.File, error) {
	// ok: go/path-traversal
	return root.Open(r.URL.Query().Get("file"))
}
