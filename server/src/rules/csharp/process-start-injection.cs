using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

public class ToolsController : Controller
{
    [HttpGet("ping")]
    public IActionResult Ping()
    {
        string host = Request.Query["host"];
        // ruleid: csharp/process-start-injection
        var process = Process.Start("cmd.exe", "/c ping -n 1 " + host);
        process.WaitForExit();
        return Ok();
    }

    public void Convert(string input, string output)
    {
        var info = new ProcessStartInfo
        {
            FileName = "/bin/sh",
            // ruleid: csharp/process-start-injection
            Arguments = $"-c \"ffmpeg -i {input} {output}\"",
            UseShellExecute = false,
        };
        Process.Start(info);
    }

    public void Archive(string folder)
    {
        // ruleid: csharp/process-start-injection
        var psi = new ProcessStartInfo("bash", "-c \"tar czf backup.tgz " + folder + "\"");
        Process.Start(psi);
    }

    public void RunScript(string script)
    {
        var psi = new ProcessStartInfo("cmd.exe");
        // The receiver's type is not known here, so an `Arguments` assignment outside an initializer is missed.
        // todoruleid: csharp/process-start-injection
        psi.Arguments = "/c " + script;
        Process.Start(psi);
    }

    public void ConvertSafely(string input, string output)
    {
        var info = new ProcessStartInfo("ffmpeg") { UseShellExecute = false };
        info.ArgumentList.Add("-i");
        info.ArgumentList.Add(input);
        info.ArgumentList.Add(output);
        // ok: csharp/process-start-injection
        Process.Start(info);
    }

    public void ListFiles()
    {
        // ok: csharp/process-start-injection
        Process.Start("cmd.exe", "/c dir C:\\logs");
    }

    public void OpenDocs()
    {
        // ok: csharp/process-start-injection
        var psi = new ProcessStartInfo { FileName = "https://learn.microsoft.com", UseShellExecute = true };
        Process.Start(psi);
    }
}
