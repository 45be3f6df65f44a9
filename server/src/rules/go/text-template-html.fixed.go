package web

import (
	"html/template"
	"net/http"
	texttemplate "html/template"
)

// ruleid: go/text-template-html
var page = texttemplate.Must(texttemplate.ParseFiles("templates/profile.html"))

// ok: go/text-template-html
var safePage = template.Must(template.ParseFiles("templates/profile.html"))

func Profile(w http.ResponseWriter, r *http.Request) {
	data := map[string]string{"Name": r.URL.Query().Get("name")}
	// ruleid: go/text-template-html
	tmpl, err := texttemplate.New("greeting").Parse("<h1>Hello {{.Name}}</h1>")
	if err != nil {
		return
	}
	tmpl.Execute(w, data)
	page.Execute(w, data)
}

func ProfileSafe(w http.ResponseWriter, r *http.Request) {
	data := map[string]string{"Name": r.URL.Query().Get("name")}
	// ok: go/text-template-html
	tmpl, err := template.New("greeting").Parse("<h1>Hello {{.Name}}</h1>")
	if err != nil {
		return
	}
	tmpl.Execute(w, data)
	safePage.Execute(w, data)
}
