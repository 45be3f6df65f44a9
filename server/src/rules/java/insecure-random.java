package com.example.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

public class TokenService {
    private static final String ALPHANUMERIC_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private final Random random = new Random();
    private final SecureRandom secureRandom = new SecureRandom();

    public String generateToken(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // ruleid: java/insecure-random
            sb.append(ALPHANUMERIC_CHARS.charAt(random.nextInt(ALPHANUMERIC_CHARS.length())));
        }
        return sb.toString();
    }

    public byte[] newSalt() {
        byte[] salt = new byte[16];
        // ruleid: java/insecure-random
        random.nextBytes(salt);
        return salt;
    }

    public void startPasswordReset(User user) {
        // ruleid: java/insecure-random
        user.setResetCode(String.valueOf(100000 + ThreadLocalRandom.current().nextInt(900000)));
    }

    public String generateTokenSafe() {
        byte[] bytes = new byte[32];
        // ok: java/insecure-random
        secureRandom.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public long retryDelay(int attempt) {
        // ok: java/insecure-random
        return (long) Math.pow(2, attempt) * 100 + random.nextInt(100);
    }

    public String pickColor(String[] colors) {
        // ok: java/insecure-random
        return colors[random.nextInt(colors.length)];
    }

    public interface User {
        void setResetCode(String code);
    }
}
