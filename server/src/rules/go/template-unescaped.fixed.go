package web

import (
	"html/template"
	"net/http"

	"github.com/microcosm-cc/bluemonday"
)

var tmpl = template.Must(template.ParseFiles("templates/comment.html"))

func ShowComment(w http.ResponseWriter, r *http.Request) {
	comment := r.FormValue("comment")
	// ruleid: go/template-unescaped
	tmpl.Execute(w, map[string]any{"Body": template.HTML(template.HTMLEscapeString(comment))})
}

func RenderLink(w http.ResponseWriter, target string) {
	// ruleid: go/template-unescaped
	link := template.URL(target)
	tmpl.Execute(w, map[string]any{"Link": link})
}

func ShowCommentSafe(w http.ResponseWriter, r *http.Request) {
	comment := r.FormValue("comment")
	// ok: go/template-unescaped
	tmpl.Execute(w, map[string]any{"Body": comment})
}

func ShowSanitized(w http.ResponseWriter, r *http.Request) {
	policy := bluemonday.UGCPolicy()
	// ok: go/template-unescaped
	body := template.HTML(policy.Sanitize(r.FormValue("comment")))
	tmpl.Execute(w, map[string]any{"Body": body})
}

func Footer() template.HTML {
	// ok: go/template-unescaped
	return template.HTML("<footer>&copy; Example Ltd</footer>")
}
