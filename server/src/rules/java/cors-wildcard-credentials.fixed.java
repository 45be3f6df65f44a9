package com.example.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@RestController
// ruleid: java/cors-wildcard-credentials
@CrossOrigin(originPatterns = "*", allowCredentials = "false")
class AccountController {
    @GetMapping("/account")
    String account() {
        return "{}";
    }
}

@RestController
// ok: java/cors-wildcard-credentials
@CrossOrigin(origins = "https://app.example.com", allowCredentials = "true")
class ProfileController {
    @GetMapping("/profile")
    String profile() {
        return "{}";
    }
}

@RestController
// ok: java/cors-wildcard-credentials
@CrossOrigin(origins = "*")
class PublicController {
    @GetMapping("/public")
    String status() {
        return "ok";
    }
}

@Configuration
class CorsConfig implements WebMvcConfigurer {
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // ruleid: java/cors-wildcard-credentials
        registry.addMapping("/api/**").allowedOriginPatterns("*").allowedMethods("GET", "POST").allowCredentials(false);
        // ok: java/cors-wildcard-credentials
        registry.addMapping("/public/**").allowedOrigins("https://app.example.com").allowCredentials(true);
    }

    @Bean
    CorsConfiguration corsConfiguration() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOriginPatterns(List.of("*"));
        // todoruleid: java/cors-wildcard-credentials
        config.setAllowCredentials(true);
        return config;
    }
}
