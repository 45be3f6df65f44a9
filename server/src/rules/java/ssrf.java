package com.example.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestTemplate;

public class PreviewController {
    private final RestTemplate restTemplate = new RestTemplate();

    public InputStream preview(HttpServletRequest request) throws IOException {
        // ruleid: java/ssrf
        URL url = new URL(request.getParameter("url"));
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        return connection.getInputStream();
    }

    @GetMapping("/avatar")
    public byte[] avatar(@RequestParam String imageUrl) {
        // ruleid: java/ssrf
        return restTemplate.getForObject(imageUrl, byte[].class);
    }

    @GetMapping("/weather")
    public String weather(@RequestParam String city) {
        String query = URLEncoder.encode(city, StandardCharsets.UTF_8);
        // ok: java/ssrf
        return restTemplate.getForObject("https://api.weather.example.com/v1/current?city=" + query, String.class);
    }

    public InputStream status() throws IOException {
        // ok: java/ssrf
        URL url = new URL("https://status.example.com/health");
        return url.openStream();
    }
}
