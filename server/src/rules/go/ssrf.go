package proxy

import (
	"context"
	"io"
	"net/http"
	"net/url"
)

func Fetch(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// ruleid: go/ssrf
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func Webhook(ctx context.Context, r *http.Request) error {
	// ruleid: go/ssrf
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.FormValue("callback"), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func Avatar(w http.ResponseWriter, r *http.Request) {
	// ruleid: go/ssrf
	resp, err := http.DefaultClient.Get(r.FormValue("avatar_url"))
	if err != nil {
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func Weather(w http.ResponseWriter, r *http.Request) {
	city := url.QueryEscape(r.URL.Query().Get("city"))
	// ok: go/ssrf
	resp, err := http.Get("https://api.weather.example.com/v1/current?city=" + city)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func Health(ctx context.Context) error {
	// ok: go/ssrf
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://status.example.com/health", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
