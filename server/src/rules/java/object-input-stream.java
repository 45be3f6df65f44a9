package com.example.session;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.databind.ObjectMapper;

public class SessionLoader {

    public Object restore(HttpServletRequest request) throws IOException, ClassNotFoundException {
        // ruleid: java/object-input-stream
        ObjectInputStream in = new ObjectInputStream(request.getInputStream());
        return in.readObject();
    }

    public Object fromCookie(String cookie) throws IOException, ClassNotFoundException {
        byte[] bytes = Base64.getDecoder().decode(cookie);
        // ruleid: java/object-input-stream
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    public Cart restoreJson(HttpServletRequest request) throws IOException {
        // ok: java/object-input-stream
        return new ObjectMapper().readValue(request.getInputStream(), Cart.class);
    }

    public void save(String path, Cart cart) throws IOException {
        // ok: java/object-input-stream
        try (ObjectOutputStream out = new ObjectOutputStream(new FileOutputStream(path))) {
            out.writeObject(cart);
        }
    }

    public static class Cart {
        public String id;
    }
}
