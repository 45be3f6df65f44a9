package db

import (
	"database/sql"
	"fmt"
	"os"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

func Open() (*sql.DB, error) {
	// ruleid: go/hardcoded-db-password
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

func OpenMySQL() (*sql.DB, error) {
	// ruleid: go/hardcoded-db-password
	return sql.Open("mysql", os.Getenv("DATABASE_URL"))
}

func OpenGorm() (*gorm.DB, error) {
	// ruleid: go/hardcoded-db-password
	return gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
}

func OpenFromEnv() (*sql.DB, error) {
	// ok: go/hardcoded-db-password
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

func OpenComposed() (*sql.DB, error) {
	dsn := fmt.Sprintf("postgres://app:%s@db.internal:5432/shop", os.Getenv("DB_PASSWORD"))
	// ok: go/hardcoded-db-password
	return sql.Open("postgres", dsn)
}

func OpenLocal() (*sql.DB, error) {
	// ok: go/hardcoded-db-password
	return sql.Open("sqlite3", "file:shop.db?cache=shared")
}
