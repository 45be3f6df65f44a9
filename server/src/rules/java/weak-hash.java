package com.example.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

public class Hashes {

    public static byte[] hashPassword(String password) throws NoSuchAlgorithmException {
        // ruleid: java/weak-hash
        MessageDigest digest = MessageDigest.getInstance("MD5");
        return digest.digest(password.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] sign(byte[] payload) throws NoSuchAlgorithmException {
        // ruleid: java/weak-hash
        return MessageDigest.getInstance("SHA-1").digest(payload);
    }

    public static String apiKeyHash(String key) {
        // ruleid: java/weak-hash
        return DigestUtils.md5Hex(key);
    }

    public static String hashPasswordSafe(String password) {
        // ok: java/weak-hash
        return new BCryptPasswordEncoder().encode(password);
    }

    public static byte[] checksum(byte[] data) throws NoSuchAlgorithmException {
        // ok: java/weak-hash
        return MessageDigest.getInstance("SHA-256").digest(data);
    }
}
