package auth

import (
	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("loaded-from-config")

func IssueDebugToken(user string) (string, error) {
	// ruleid: go/jwt-none-algorithm
	token := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": user})
	// ruleid: go/jwt-none-algorithm
	return token.SignedString(jwt.UnsafeAllowNoneSignatureType)
}

func Issue(user string) (string, error) {
	// ok: go/jwt-none-algorithm
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user})
	// ok: go/jwt-none-algorithm
	return token.SignedString(key)
}
