package com.example.orders;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {
    private final JdbcTemplate jdbcTemplate;
    private final EntityManager entityManager;

    public OrderController(JdbcTemplate jdbcTemplate, EntityManager entityManager) {
        this.jdbcTemplate = jdbcTemplate;
        this.entityManager = entityManager;
    }

    @GetMapping("/orders")
    public List<Map<String, Object>> orders(@RequestParam String status) {
        // ruleid: java/sql-injection-spring
        return jdbcTemplate.queryForList("SELECT * FROM orders WHERE status = ?", status);
    }

    @GetMapping("/customers")
    public List<?> customers(@RequestParam String sort) {
        String jpql = "SELECT c FROM Customer c ORDER BY c." + sort;
        // ruleid: java/sql-injection-spring
        return entityManager.createQuery(jpql).getResultList();
    }

    public int archive(String before) {
        // ruleid: java/sql-injection-spring
        return jdbcTemplate.update(String.format("UPDATE orders SET archived = true WHERE created < '%s'", before));
    }

    @GetMapping("/orders-safe")
    public List<Map<String, Object>> ordersSafe(@RequestParam String status) {
        // ok: java/sql-injection-spring
        return jdbcTemplate.queryForList("SELECT * FROM orders WHERE status = ?", status);
    }

    @GetMapping("/customers-safe")
    public List<?> customersSafe(@RequestParam String name) {
        // ok: java/sql-injection-spring
        return entityManager.createQuery("SELECT c FROM Customer c WHERE c.name = :name")
                .setParameter("name", name)
                .getResultList();
    }

    public String customerName(long id, String region) {
        // ruleid: java/sql-injection-spring
        return jdbcTemplate.queryForObject("SELECT name FROM customers WHERE id = ? AND region = ?", String.class, id, region);
    }

    public List<?> customersNamed(String name) {
        // ruleid: java/sql-injection-spring
        return entityManager.createQuery("SELECT c FROM Customer c WHERE c.name = ?1").setParameter(1, name).getResultList();
    }

    public List<Map<String, Object>> search(String term) {
        // ruleid: java/sql-injection-spring
        return jdbcTemplate.queryForList("SELECT * FROM orders WHERE note LIKE '%" + term + "%'");
    }
}
