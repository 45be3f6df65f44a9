package auth

import (
	"errors"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte("loaded-from-config")

func UserID(r *http.Request) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	// ruleid: go/jwt-parse-unverified
	_, _, err := jwt.NewParser().ParseUnverified(raw, claims)
	if err != nil {
		return "", err
	}
	return claims["sub"].(string), nil
}

func Role(raw string) string {
	parser := new(jwt.Parser)
	claims := jwt.MapClaims{}
	// ruleid: go/jwt-parse-unverified
	parser.ParseUnverified(raw, claims)
	role, _ := claims["role"].(string)
	return role
}

func UserIDVerified(r *http.Request) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	// ok: go/jwt-parse-unverified
	token, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { return secret, nil }, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !token.Valid {
		return "", errors.New("invalid token")
	}
	return token.Claims.GetSubject()
}

func Claims(raw string) (*jwt.RegisteredClaims, error) {
	claims := &jwt.RegisteredClaims{}
	// ok: go/jwt-parse-unverified
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) { return secret, nil })
	return claims, err
}
