// Package reports serves report downloads. An assistant wrote the first version of each handler; the *Safe
// handlers are what review turned them into.
package reports

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/tls"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/http"
	"os/exec"
	"time"
)

type Server struct {
	DB *sql.DB
}

func (s *Server) Report(w http.ResponseWriter, r *http.Request) {
	owner := r.URL.Query().Get("owner")
	rows, err := s.DB.Query(fmt.Sprintf("SELECT id, title FROM reports WHERE owner = '%s'", owner))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (s *Server) ReportSafe(w http.ResponseWriter, r *http.Request) {
	owner := r.URL.Query().Get("owner")
	rows, err := s.DB.Query("SELECT id, title FROM reports WHERE owner = $1", owner)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (s *Server) Convert(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	out, _ := exec.Command("sh", "-c", "pandoc /srv/reports/"+name+".md -o /tmp/out.pdf").CombinedOutput()
	w.Write(out)
}

func (s *Server) ConvertSafe(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	out, _ := exec.Command("pandoc", "/srv/reports/"+name+".md", "-o", "/tmp/out.pdf").CombinedOutput()
	w.Write(out)
}

func Checksum(data []byte) string {
	sum := md5.Sum(data)
	return hex.EncodeToString(sum[:])
}

func ChecksumSafe(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

var insecureClient = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}

var safeClient = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}}

func Serve(s *Server) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/report", s.ReportSafe)
	mux.HandleFunc("/convert", s.ConvertSafe)
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadTimeout: 5 * time.Second, WriteTimeout: 10 * time.Second}
	_ = insecureClient
	_ = safeClient
	return srv.ListenAndServe()
}
