package auth

import (
	crand "crypto/rand"
	"encoding/hex"
	"math/rand"
	"time"
)

const letterBytes = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func RandomString(n int) string {
	b := make([]byte, n)
	for i := range b {
		// ruleid: go/insecure-random
		b[i] = letterBytes[rand.Intn(len(letterBytes))]
	}
	return string(b)
}

func NewSessionID() string {
	buf := make([]byte, 16)
	// ruleid: go/insecure-random
	rand.Read(buf)
	return hex.EncodeToString(buf)
}

type User struct {
	ResetCode int
}

func StartReset(u *User) {
	// ruleid: go/insecure-random
	u.ResetCode = rand.Intn(1000000)
}

func Backoff(attempt int) time.Duration {
	// ok: go/insecure-random
	jitter := time.Duration(rand.Intn(100)) * time.Millisecond
	return time.Duration(attempt)*time.Second + jitter
}

func NewSessionIDSafe() (string, error) {
	buf := make([]byte, 16)
	// ok: go/insecure-random
	if _, err := crand.Read(buf); err != nil {
		return "", err
	}
	return hex.EncodeToString(buf), nil
}

func PickServer(servers []string) string {
	// ok: go/insecure-random
	return servers[rand.Intn(len(servers))]
}

func NewAPIKey() string {
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	// todoruleid: go/insecure-random
	return hex.EncodeToString([]byte{byte(rng.Intn(256)), byte(rng.Intn(256))})
}
