package com.example.calc;

import groovy.lang.GroovyShell;
import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.servlet.http.HttpServletRequest;
import org.springframework.ai.chat.client.ChatClient;

public class Calculator {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");

    public Object calculate(HttpServletRequest request) throws ScriptException {
        String expression = request.getParameter("expr");
        // ruleid: java/script-engine-eval
        return engine.eval(expression);
    }

    public Object runRule(String rule) {
        GroovyShell shell = new GroovyShell();
        // ruleid: java/script-engine-eval
        return shell.evaluate("return " + rule);
    }

    public Object solve(ChatClient chatClient, String question) throws ScriptException {
        String code = chatClient.prompt()
                .user("Write a JavaScript expression that computes: " + question)
                .call()
                .content();
        // ruleid: java/script-engine-eval
        return engine.eval(code);
    }

    public Object discount(HttpServletRequest request) throws ScriptException {
        Bindings bindings = engine.createBindings();
        bindings.put("total", Double.parseDouble(request.getParameter("total")));
        // ok: java/script-engine-eval
        return engine.eval("total > 100 ? total * 0.9 : total", bindings);
    }

    public Object version() throws ScriptException {
        // ok: java/script-engine-eval
        return engine.eval("1 + 1");
    }
}
