using System.DirectoryServices;
using Microsoft.AspNetCore.Mvc;

public class DirectoryController : Controller
{
    [HttpGet("people")]
    public IActionResult Find()
    {
        string user = Request.Query["user"];
        using var root = new DirectoryEntry("LDAP://dc=corp,dc=example");
        // ruleid: csharp/ldap-injection
        using var searcher = new DirectorySearcher(root, "(&(objectClass=user)(sAMAccountName=" + user + "))");
        return Ok(searcher.FindOne()?.Path);
    }

    public SearchResult Lookup(DirectorySearcher searcher, string email)
    {
        // ruleid: csharp/ldap-injection
        searcher.Filter = $"(mail={email})";
        return searcher.FindOne();
    }

    public SearchResult LookupSafely(DirectorySearcher searcher, string email)
    {
        // ok: csharp/ldap-injection
        searcher.Filter = "(mail=" + LdapFilter.Escape(email) + ")";
        return searcher.FindOne();
    }

    public SearchResult AllUsers(DirectorySearcher searcher)
    {
        // ok: csharp/ldap-injection
        searcher.Filter = "(objectClass=user)";
        return searcher.FindOne();
    }
}
