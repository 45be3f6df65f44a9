using System;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class SessionController : Controller
{
    public IActionResult SignIn(string sessionId)
    {
        // ruleid: csharp/cookie-insecure
        Response.Cookies.Append("session", sessionId, new CookieOptions { HttpOnly = true, Expires = DateTimeOffset.UtcNow.AddHours(8) });
        return Ok();
    }

    public void Legacy(System.Web.HttpResponse response, string token)
    {
        var cookie = new System.Web.HttpCookie("auth", token);
        // ruleid: csharp/cookie-insecure
        cookie.Secure = true;
        response.Cookies.Add(cookie);
    }

    public void ConfigureAuth(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options)
    {
        // ruleid: csharp/cookie-insecure
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
    }

    public IActionResult SignInSafely(string sessionId)
    {
        // ok: csharp/cookie-insecure
        Response.Cookies.Append("session", sessionId, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict });
        return Ok();
    }

    public void ConfigureAuthSafely(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options)
    {
        // ok: csharp/cookie-insecure
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
    }
}
