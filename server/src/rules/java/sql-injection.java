package com.example.users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

public class UserDao {
    private final Connection connection;

    public UserDao(Connection connection) {
        this.connection = connection;
    }

    public ResultSet findByName(HttpServletRequest request) throws SQLException {
        String name = request.getParameter("name");
        Statement statement = connection.createStatement();
        // ruleid: java/sql-injection
        return statement.executeQuery("SELECT id, email FROM users WHERE name = '" + name + "'");
    }

    public int deleteOrder(String orderId) throws SQLException {
        String sql = String.format("DELETE FROM orders WHERE id = %s", orderId);
        try (Statement statement = connection.createStatement()) {
            // ruleid: java/sql-injection
            return statement.executeUpdate(sql);
        }
    }

    public ResultSet search(String term) throws SQLException {
        // ruleid: java/sql-injection
        PreparedStatement ps = connection.prepareStatement("SELECT * FROM products WHERE name LIKE '%" + term + "%'");
        return ps.executeQuery();
    }

    public ResultSet report(String region, String sort) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT region, SUM(total) FROM orders WHERE region = '");
        sql.append(region).append("' GROUP BY region ORDER BY ").append(sort);
        // ruleid: java/sql-injection
        return connection.createStatement().executeQuery(sql.toString());
    }

    public ResultSet findByNameSafe(HttpServletRequest request) throws SQLException {
        // ok: java/sql-injection
        PreparedStatement ps = connection.prepareStatement("SELECT id, email FROM users WHERE name = ?");
        ps.setString(1, request.getParameter("name"));
        // ok: java/sql-injection
        return ps.executeQuery();
    }

    private static final String TABLE = "users";

    public ResultSet all() throws SQLException {
        // ok: java/sql-injection
        return connection.createStatement().executeQuery("SELECT * FROM " + TABLE);
    }

    public ResultSet page(String limit) throws SQLException {
        int n = Integer.parseInt(limit);
        // ok: java/sql-injection
        return connection.createStatement().executeQuery("SELECT * FROM users LIMIT " + n);
    }
}
