package main

import (
	"log"
	"net/http"
	// ruleid: go/pprof-exposed
	"net/http/pprof"
	// ok: go/pprof-exposed
	"os"
	// ok: go/pprof-exposed
	rpprof "runtime/pprof"
)

func main() {
	f, err := os.Create("cpu.out")
	if err != nil {
		log.Fatal(err)
	}
	rpprof.StartCPUProfile(f)
	defer rpprof.StopCPUProfile()

	mux := http.NewServeMux()
	// ruleid: go/pprof-exposed
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	// ok: go/pprof-exposed
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	log.Println("profiling with net/http/pprof is enabled")
	log.Fatal(http.ListenAndServe(":8080", mux))
}
