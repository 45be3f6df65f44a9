package main

import (
	"net/http"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
	rscors "github.com/rs/cors"
)

func router() *gin.Engine {
	r := gin.Default()
	// ruleid: go/cors-wildcard-credentials
	r.Use(cors.New(cors.Config{
		AllowOrigins:     []string{"*"},
		AllowMethods:     []string{"GET", "POST"},
		AllowCredentials: false,
	}))
	return r
}

func handler(mux *http.ServeMux) http.Handler {
	// ruleid: go/cors-wildcard-credentials
	return rscors.New(rscors.Options{AllowCredentials: false, AllowedOrigins: []string{"*"}}).Handler(mux)
}

func routerSafe() *gin.Engine {
	r := gin.Default()
	// ok: go/cors-wildcard-credentials
	r.Use(cors.New(cors.Config{
		AllowOrigins:     []string{"https://app.example.com"},
		AllowMethods:     []string{"GET", "POST"},
		AllowCredentials: true,
	}))
	return r
}

func publicAPI(mux *http.ServeMux) http.Handler {
	// ok: go/cors-wildcard-credentials
	return rscors.New(rscors.Options{AllowedOrigins: []string{"*"}, AllowCredentials: false}).Handler(mux)
}
