package auth

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func LoginDone(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	// ruleid: go/open-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

func Logout(c *gin.Context) {
	// ruleid: go/open-redirect
	c.Redirect(http.StatusFound, c.Query("return_to"))
}

func LoginDoneHeader(w http.ResponseWriter, r *http.Request) {
	// todoruleid: go/open-redirect
	w.Header().Set("Location", r.URL.Query().Get("next"))
	w.WriteHeader(http.StatusFound)
}

func Home(w http.ResponseWriter, r *http.Request) {
	// ok: go/open-redirect
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}

func LogoutSafe(c *gin.Context) {
	// ok: go/open-redirect
	c.Redirect(http.StatusFound, "/login")
}
