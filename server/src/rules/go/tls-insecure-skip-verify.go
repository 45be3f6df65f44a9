package client

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
)

func NewClient() *http.Client {
	transport := &http.Transport{
		// ruleid: go/tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &http.Client{Transport: transport}
}

func Patch(cfg *tls.Config) {
	// ruleid: go/tls-insecure-skip-verify
	cfg.InsecureSkipVerify = true
}

func NewPinnedClient() (*http.Client, error) {
	pem, err := os.ReadFile("/etc/ssl/internal-ca.pem")
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	transport := &http.Transport{
		// ok: go/tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
	}
	return &http.Client{Transport: transport}, nil
}

func Strict() *tls.Config {
	// ok: go/tls-insecure-skip-verify
	return &tls.Config{InsecureSkipVerify: false}
}
