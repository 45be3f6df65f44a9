package com.example.auth;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

public class LoginController {

    public void afterLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java/open-redirect
        response.sendRedirect(request.getParameter("next"));
    }

    @GetMapping("/logout")
    public RedirectView logout(@RequestParam("returnTo") String returnTo) {
        // ruleid: java/open-redirect
        return new RedirectView(returnTo);
    }

    public void legacy(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(302);
        // ruleid: java/open-redirect
        response.setHeader("Location", request.getParameter("url"));
    }

    public void home(HttpServletResponse response) throws IOException {
        // ok: java/open-redirect
        response.sendRedirect("/dashboard");
    }

    @GetMapping("/logout-safe")
    public RedirectView logoutSafe() {
        // ok: java/open-redirect
        return new RedirectView("/login?logout");
    }
}
