package com.example.rules;

import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RuleController {
    private final ExpressionParser parser = new SpelExpressionParser();

    @PostMapping("/rules/evaluate")
    public Object evaluate(@RequestBody String rule) {
        // ruleid: java/spel-injection
        Expression expression = parser.parseExpression(rule);
        return expression.getValue();
    }

    public Object field(Object target, String fieldName) {
        // ruleid: java/spel-injection
        return parser.parseExpression("#root." + fieldName).getValue(target);
    }

    @PostMapping("/rules/discount")
    public Object discount(@RequestBody Order order) {
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setVariable("order", order);
        // ok: java/spel-injection
        return parser.parseExpression("#order.total > 100").getValue(context);
    }

    private static final String VIP_RULE = "#order.customer.vip";

    public Object vip(Order order) {
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setVariable("order", order);
        // ok: java/spel-injection
        return parser.parseExpression(VIP_RULE).getValue(context);
    }

    public record Order(double total) {}
}
