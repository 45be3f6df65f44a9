package com.example.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class Database {
    private static final String URL = "jdbc:postgresql://db.internal:5432/shop";
    private static final String PASSWORD = "S3cr3t!Prod";

    public Connection connect() throws SQLException {
        // ruleid: java/hardcoded-db-password
        return DriverManager.getConnection(URL, "app", PASSWORD);
    }

    public Connection connectUrl() throws SQLException {
        // ruleid: java/hardcoded-db-password
        return DriverManager.getConnection("jdbc:mysql://localhost:3306/shop?user=root&password=hunter22");
    }

    public HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setUsername("app");
        // ruleid: java/hardcoded-db-password
        config.setPassword(System.getenv("DB_PASSWORD"));
        return new HikariDataSource(config);
    }

    public Connection connectFromEnv() throws SQLException {
        // ok: java/hardcoded-db-password
        return DriverManager.getConnection(URL, "app", System.getenv("DB_PASSWORD"));
    }

    public HikariDataSource poolFromEnv() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv("JDBC_URL"));
        // ok: java/hardcoded-db-password
        config.setPassword(System.getenv("DB_PASSWORD"));
        return new HikariDataSource(config);
    }

    public Connection local() throws SQLException {
        // ok: java/hardcoded-db-password
        return DriverManager.getConnection("jdbc:h2:mem:test");
    }

    public Connection connectLiteral() throws SQLException {
        // ruleid: java/hardcoded-db-password
        return DriverManager.getConnection(URL, "app", System.getenv("DB_PASSWORD"));
    }
}
