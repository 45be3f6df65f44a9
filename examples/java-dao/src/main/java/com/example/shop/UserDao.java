package com.example.shop;

import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** User lookups. Each method an assistant wrote is followed by the version a reviewer accepted. */
public class UserDao {
    private final Connection connection;

    public UserDao(Connection connection) {
        this.connection = connection;
    }

    public ResultSet findByEmail(String email) throws SQLException {
        Statement statement = connection.createStatement();
        return statement.executeQuery("SELECT id, name FROM users WHERE email = '" + email + "'");
    }

    public ResultSet findByEmailSafe(String email) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT id, name FROM users WHERE email = ?");
        statement.setString(1, email);
        return statement.executeQuery();
    }

    public String hashPassword(String password) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("MD5");
        return Base64.getEncoder().encodeToString(digest.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    public String hashPasswordSafe(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 310000, 256);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        return Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(hash);
    }

    public Object readSession(InputStream body) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(body)) {
            return in.readObject();
        }
    }
}
