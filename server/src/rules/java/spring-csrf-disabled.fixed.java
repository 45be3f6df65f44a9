package com.example.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.Customizer;

@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        // ruleid: java/spring-csrf-disabled
        http.csrf(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return http.build();
    }

    SecurityFilterChain legacy(HttpSecurity http) throws Exception {
        // ruleid: java/spring-csrf-disabled
        http.csrf().and().authorizeRequests().anyRequest().authenticated();
        // ruleid: java/spring-csrf-disabled
        http.csrf(Customizer.withDefaults());
        return http.build();
    }

    SecurityFilterChain api(HttpSecurity http) throws Exception {
        // ok: java/spring-csrf-disabled
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/webhooks/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return http.build();
    }

    SecurityFilterChain defaults(HttpSecurity http) throws Exception {
        // ok: java/spring-csrf-disabled
        http.formLogin(form -> form.loginPage("/login"));
        return http.build();
    }
}
