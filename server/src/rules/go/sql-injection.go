package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strconv"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
)

type Store struct {
	db  *sql.DB
	dbx *sqlx.DB
}

func (s *Store) FindUser(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	// ruleid: go/sql-injection
	rows, err := s.db.Query("SELECT id, email FROM users WHERE name = '" + name + "'")
	if err != nil {
		return
	}
	defer rows.Close()
}

func (s *Store) DeleteOrder(ctx context.Context, orderID string) error {
	query := fmt.Sprintf("DELETE FROM orders WHERE id = %s", orderID)
	// ruleid: go/sql-injection
	_, err := s.db.ExecContext(ctx, query)
	return err
}

func (s *Store) Search(ctx context.Context, term string) ([]string, error) {
	var names []string
	// ruleid: go/sql-injection
	err := s.dbx.SelectContext(ctx, &names, "SELECT name FROM products WHERE name LIKE '%"+term+"%'")
	return names, err
}

func (s *Store) Product(id string) (string, error) {
	var name string
	// ruleid: go/sql-injection
	err := s.dbx.Get(&name, "SELECT name FROM products WHERE id = "+id)
	return name, err
}

func (s *Store) Orders(ctx context.Context, status string, limit int) (*sql.Rows, error) {
	// ruleid: go/sql-injection
	return s.db.QueryContext(ctx, fmt.Sprintf("SELECT id FROM orders WHERE status = '%s' LIMIT %d", status, limit))
}

func (s *Store) SortedUsers(column string) (*sql.Rows, error) {
	// ruleid: go/sql-injection
	return s.db.Query("SELECT id FROM users ORDER BY " + column)
}

func (s *Store) CacheKey(cache map[string]string, id string) string {
	// ok: go/sql-injection
	return cache["user:"+id]
}

func (s *Store) FindUserSafe(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	// ok: go/sql-injection
	rows, err := s.db.Query("SELECT id, email FROM users WHERE name = $1", name)
	if err != nil {
		return
	}
	defer rows.Close()
}

func (s *Store) DeleteOrderSafe(ctx context.Context, orderID string) error {
	// ok: go/sql-injection
	_, err := s.db.ExecContext(ctx, "DELETE FROM orders WHERE id = ?", orderID)
	return err
}

const usersTable = "users"

func (s *Store) Count() (int, error) {
	var n int
	// ok: go/sql-injection
	err := s.db.QueryRow("SELECT COUNT(*) FROM " + usersTable).Scan(&n)
	return n, err
}

func (s *Store) Page(limit string) (*sql.Rows, error) {
	n, err := strconv.Atoi(limit)
	if err != nil {
		return nil, err
	}
	// ok: go/sql-injection
	return s.db.Query("SELECT id FROM users LIMIT " + strconv.Itoa(n))
}
