package com.example.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

public class SessionCookies {

    public void login(HttpServletResponse response, String sessionId) {
        // ruleid: java/cookie-insecure
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge(3600);
        response.addCookie(cookie);
    }

    public void remember(HttpServletResponse response, String token) {
        // ruleid: java/cookie-insecure
        Cookie cookie = new Cookie("remember_me", token);
        cookie.setHttpOnly(true);
        cookie.setSecure(false);
        response.addCookie(cookie);
    }

    public void refresh(HttpServletResponse response, String token) {
        // ruleid: java/cookie-insecure
        ResponseCookie cookie = ResponseCookie.from("refresh_token", token)
                .path("/auth")
                .maxAge(Duration.ofDays(7)).secure(true).httpOnly(true)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    public void loginSafe(HttpServletResponse response, String sessionId) {
        // ok: java/cookie-insecure
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setPath("/");
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    public void refreshSafe(HttpServletResponse response, String token) {
        // ok: java/cookie-insecure
        ResponseCookie cookie = ResponseCookie.from("refresh_token", token)
                .httpOnly(true)
                .secure(true)
                .sameSite("Strict")
                .path("/auth")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
