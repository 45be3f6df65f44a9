package auth

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

func ETag(body []byte) string {
	// ruleid: go/weak-hash
	sum := md5.Sum(body)
	return hex.EncodeToString(sum[:])
}

func Sign(payload []byte) []byte {
	// ruleid: go/weak-hash
	h := sha1.New()
	h.Write(payload)
	return h.Sum(nil)
}

func HashPasswordSafe(password string) ([]byte, error) {
	// ok: go/weak-hash
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

func Checksum(data []byte) string {
	// ok: go/weak-hash
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
