package web

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go/reflected-xss
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func Echo(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	// ruleid: go/reflected-xss
	w.Write([]byte("You said: " + string(body)))
}

func Search(w http.ResponseWriter, r *http.Request) {
	// ruleid: go/reflected-xss
	io.WriteString(w, "<p>No results for "+r.FormValue("q")+"</p>")
}

func HelloSafe(w http.ResponseWriter, r *http.Request) {
	name := html.EscapeString(r.URL.Query().Get("name"))
	// ok: go/reflected-xss
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func Health(w http.ResponseWriter, r *http.Request) {
	// ok: go/reflected-xss
	w.Write([]byte("ok"))
}

func Profile(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(map[string]string{"name": r.URL.Query().Get("name")})
	// ok: go/reflected-xss
	w.Write(body)
}

func User(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	// ok: go/reflected-xss
	json.NewEncoder(w).Encode(map[string]string{"name": r.URL.Query().Get("name")})
}
