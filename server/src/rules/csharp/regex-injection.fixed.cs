using System;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

public class SearchController : Controller
{
    [HttpGet("search")]
    public IActionResult Search(string text)
    {
        string pattern = Request.Query["pattern"];
        // ruleid: csharp/regex-injection
        var matches = Regex.Matches(text, Regex.Escape(pattern));
        return Ok(matches.Count);
    }

    [HttpGet("filter")]
    public IActionResult Filter()
    {
        // ruleid: csharp/regex-injection
        var regex = new Regex(Regex.Escape(Request.Query["q"]), RegexOptions.IgnoreCase);
        return Ok(regex.ToString());
    }

    [HttpGet("search-safely")]
    public IActionResult SearchSafely(string text)
    {
        string term = Request.Query["term"];
        // ok: csharp/regex-injection
        var matches = Regex.Matches(text, Regex.Escape(term), RegexOptions.None, TimeSpan.FromMilliseconds(100));
        return Ok(matches.Count);
    }

    public bool IsOrderNumber(string value)
    {
        // ok: csharp/regex-injection
        return Regex.IsMatch(value, @"^ORD-\d{8}$");
    }
}
