using System.Web;
using Microsoft.AspNetCore.Http;

public class SearchHandler : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        var term = context.Request.QueryString["q"];
        // ruleid: csharp/response-write-xss
        context.Response.Write("<h1>Results for " + HttpUtility.HtmlEncode(term) + "</h1>");
        // ok: csharp/response-write-xss
        context.Response.Write("<h1>Results for " + HttpUtility.HtmlEncode(term) + "</h1>");
        // ok: csharp/response-write-xss
        context.Response.Write("<footer>Search</footer>");
    }

    public bool IsReusable => true;
}

public class GreetingMiddleware
{
    public async Task InvokeAsync(Microsoft.AspNetCore.Http.HttpContext context)
    {
        string name = context.Request.Query["name"];
        // ruleid: csharp/response-write-xss
        await context.Response.WriteAsync($"<p>Hello {HttpUtility.HtmlEncode(name)}</p>");
    }
}
