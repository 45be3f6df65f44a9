package server

import (
	"crypto/tls"
	"net/http"
)

func NewServer(handler http.Handler) *http.Server {
	cfg := &tls.Config{
		// ruleid: go/tls-min-version
		MinVersion: tls.VersionTLS12,
	}
	return &http.Server{Addr: ":443", Handler: handler, TLSConfig: cfg}
}

func Legacy(cfg *tls.Config) {
	// ruleid: go/tls-min-version
	cfg.MinVersion = tls.VersionTLS12
}

func Modern() *tls.Config {
	// ok: go/tls-min-version
	return &tls.Config{MinVersion: tls.VersionTLS12}
}

func Strict(cfg *tls.Config) {
	// ok: go/tls-min-version
	cfg.MinVersion = tls.VersionTLS13
}
