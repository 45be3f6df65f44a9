using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

public static class CommentHelpers
{
    public static IHtmlContent Render(IHtmlHelper Html, Comment comment)
    {
        // ruleid: csharp/html-raw-xss
        return Html.Raw("<p>" + comment.Body + "</p>");
    }

    public static IHtmlContent Bio(User user)
    {
        // ruleid: csharp/html-raw-xss
        return new HtmlString(user.Biography);
    }

    public static IHtmlContent Badge(IHtmlHelper Html)
    {
        // ok: csharp/html-raw-xss
        return Html.Raw("<span class=\"badge\">new</span>");
    }

    public static IHtmlContent Encoded(IHtmlHelper Html, Comment comment)
    {
        // ok: csharp/html-raw-xss
        return Html.Raw(System.Net.WebUtility.HtmlEncode(comment.Body));
    }
}
