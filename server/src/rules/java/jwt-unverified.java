package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import javax.crypto.SecretKey;
import javax.servlet.http.HttpServletRequest;

public class TokenReader {
    private final Algorithm algorithm;
    private final SecretKey key;

    public TokenReader(Algorithm algorithm, SecretKey key) {
        this.algorithm = algorithm;
        this.key = key;
    }

    public String userId(HttpServletRequest request) {
        String token = request.getHeader("Authorization").substring(7);
        // ruleid: java/jwt-unverified
        DecodedJWT jwt = JWT.decode(token);
        return jwt.getSubject();
    }

    public Claims claims(String token) {
        // ruleid: java/jwt-unverified
        return Jwts.parser().unsecured().build().parseUnsecuredClaims(token).getPayload();
    }

    public String userIdVerified(HttpServletRequest request) {
        String token = request.getHeader("Authorization").substring(7);
        // ok: java/jwt-unverified
        DecodedJWT jwt = JWT.require(algorithm).withIssuer("https://auth.example.com").build().verify(token);
        return jwt.getSubject();
    }

    public Claims claimsVerified(String token) {
        // ok: java/jwt-unverified
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
    }

    public Claims legacyClaims(String token) {
        // ruleid: java/jwt-unverified
        return Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJwt(token).getBody();
    }
}
