package com.example.search;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SearchController {
    private static final Pattern SKU = Pattern.compile("^[A-Z]{3}-\\d{4}$");
    private final List<String> names;

    public SearchController(List<String> names) {
        this.names = names;
    }

    @GetMapping("/search")
    public List<String> search(@RequestParam String pattern) {
        // ruleid: java/regex-injection
        Pattern regex = Pattern.compile(Pattern.quote(pattern), Pattern.CASE_INSENSITIVE);
        return names.stream().filter(n -> regex.matcher(n).find()).collect(Collectors.toList());
    }

    @GetMapping("/filter")
    public List<String> filter(@RequestParam String expr) {
        // ruleid: java/regex-injection
        return names.stream().filter(n -> n.matches(Pattern.quote(expr))).collect(Collectors.toList());
    }

    @GetMapping("/search-literal")
    public List<String> searchLiteral(@RequestParam String text) {
        // ok: java/regex-injection
        Pattern regex = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
        return names.stream().filter(n -> regex.matcher(n).find()).collect(Collectors.toList());
    }

    public boolean validSku(String sku) {
        // ok: java/regex-injection
        return sku.matches("^[A-Z]{3}-\\d{4}$") && SKU.matcher(sku).matches();
    }

    @GetMapping("/split")
    public String[] split(@RequestParam String line, @RequestParam String separator) {
        // ruleid: java/regex-injection
        return line.split(Pattern.quote(separator));
    }
}
