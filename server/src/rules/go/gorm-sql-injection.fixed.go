package repo

import (
	"fmt"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Name  string
	Email string
}

func FindByName(db *gorm.DB, c *gin.Context) (User, error) {
	var user User
	name := c.Query("name")
	// ruleid: go/gorm-sql-injection
	err := db.Where("name = ?", name).First(&user).Error
	return user, err
}

func Sorted(db *gorm.DB, column string) ([]User, error) {
	var users []User
	// ruleid: go/gorm-sql-injection
	err := db.Order(fmt.Sprintf("%s desc", column)).Find(&users).Error
	return users, err
}

func Stats(db *gorm.DB, table string) (int64, error) {
	var n int64
	// ruleid: go/gorm-sql-injection
	err := db.Raw("SELECT COUNT(*) FROM " + table).Scan(&n).Error
	return n, err
}

func FindByNameSafe(db *gorm.DB, c *gin.Context) (User, error) {
	var user User
	name := c.Query("name")
	// ok: go/gorm-sql-injection
	err := db.Where("name = ?", name).First(&user).Error
	return user, err
}

func FindByEmail(db *gorm.DB, email string) (User, error) {
	var user User
	// ok: go/gorm-sql-injection
	err := db.Where(&User{Email: email}).First(&user).Error
	return user, err
}

func Newest(db *gorm.DB) ([]User, error) {
	var users []User
	// ok: go/gorm-sql-injection
	err := db.Order("created_at desc").Limit(10).Find(&users).Error
	return users, err
}
