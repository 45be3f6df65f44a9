package com.example.web;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

public class GreetingServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        response.setContentType("text/html");
        // ruleid: java/servlet-xss
        response.getWriter().println("<h1>Hello, " + name + "!</h1>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintWriter out = response.getWriter();
        // ok: java/servlet-xss
        out.println("<html><body>");
        // ruleid: java/servlet-xss
        out.println("<p>Your comment: " + request.getParameter("comment") + "</p>");
        // ok: java/servlet-xss
        out.println("<p>Escaped: " + Encode.forHtml(request.getParameter("comment")) + "</p>");
        out.println("</body></html>");
    }

    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ok: java/servlet-xss
        response.getWriter().write("ok");
    }
}
