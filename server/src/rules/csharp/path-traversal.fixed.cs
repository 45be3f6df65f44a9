using System.IO;
using Microsoft.AspNetCore.Mvc;

public class DownloadsController : Controller
{
    private const string Root = "/srv/app/uploads";

    [HttpGet("download")]
    public IActionResult Download()
    {
        string name = Request.Query["file"];
        // ruleid: csharp/path-traversal
        var path = Path.Combine(Root, Path.GetFileName(name));
        return PhysicalFile(path, "application/octet-stream");
    }

    [HttpGet("report")]
    public string Report()
    {
        // ruleid: csharp/path-traversal
        return System.IO.File.ReadAllText("/srv/reports/" + Request.Query["id"]);
    }

    [HttpGet("safe")]
    public IActionResult DownloadSafely()
    {
        string name = Path.GetFileName(Request.Query["file"]);
        // ok: csharp/path-traversal
        var path = Path.Combine(Root, name);
        return PhysicalFile(path, "application/octet-stream");
    }

    public string Template()
    {
        // ok: csharp/path-traversal
        return System.IO.File.ReadAllText("/srv/app/templates/welcome.html");
    }

    public string Read(string path)
    {
        // ruleid: csharp/path-traversal
        return System.IO.File.ReadAllText(path);
    }
}
