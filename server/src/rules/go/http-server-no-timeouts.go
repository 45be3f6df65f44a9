package main

import (
	"log"
	"net/http"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })

	// ruleid: go/http-server-no-timeouts
	go http.ListenAndServe(":8080", mux)

	// ruleid: go/http-server-no-timeouts
	log.Fatal(http.ListenAndServeTLS(":8443", "cert.pem", "key.pem", mux))
}

func serve(mux *http.ServeMux) error {
	srv := &http.Server{
		Addr:              ":8080",
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      15 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
	// ok: go/http-server-no-timeouts
	return srv.ListenAndServe()
}

func serveTLS(srv *http.Server) error {
	// ok: go/http-server-no-timeouts
	return srv.ListenAndServeTLS("cert.pem", "key.pem")
}

func serveDefault(mux *http.ServeMux) error {
	srv := &http.Server{Addr: ":8080", Handler: mux}
	// todoruleid: go/http-server-no-timeouts
	return srv.ListenAndServe()
}
