package api

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"net/http"
	"os"
)

type Event struct {
	Kind    string
	Payload any
}

func Ingest(w http.ResponseWriter, r *http.Request) {
	var event Event
	// ruleid: go/gob-untrusted-input
	if err := gob.NewDecoder(r.Body).Decode(&event); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
}

func FromQuery(r *http.Request) (Event, error) {
	var event Event
	data := []byte(r.URL.Query().Get("event"))
	// ruleid: go/gob-untrusted-input
	err := gob.NewDecoder(bytes.NewReader(data)).Decode(&event)
	return event, err
}

func IngestJSON(w http.ResponseWriter, r *http.Request) {
	var event struct{ Kind string }
	// ok: go/gob-untrusted-input
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&event); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
	}
}

func Save(path string, event Event) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	// ok: go/gob-untrusted-input
	return gob.NewEncoder(f).Encode(event)
}
