using System.Net.Http;
using Microsoft.AspNetCore.Mvc;

public class PreviewController : Controller
{
    private readonly HttpClient _http;

    [HttpGet("preview")]
    public async Task<IActionResult> Preview()
    {
        string url = Request.Query["url"];
        // ruleid: csharp/ssrf
        var html = await _http.GetStringAsync(url);
        return Content(html);
    }

    [HttpPost("webhooks/test")]
    public async Task<IActionResult> TestWebhook([FromBody] WebhookModel model)
    {
        // ruleid: csharp/ssrf
        await _http.PostAsync(model.CallbackUrl, new StringContent("{}"));
        return Ok();
    }

    public async Task<string> Weather(string city)
    {
        // ok: csharp/ssrf
        return await _http.GetStringAsync($"https://api.weather.example/v1?city={Uri.EscapeDataString(city)}");
    }

    public async Task<string> Orders(int id)
    {
        // ok: csharp/ssrf
        return await _http.GetStringAsync($"orders/{id}");
    }
}
