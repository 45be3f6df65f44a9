using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

public static class CorsSetup
{
    public static void Configure(IServiceCollection services)
    {
        services.AddCors(options =>
        {
            // ruleid: csharp/cors-any-origin-credentials
            options.AddPolicy("spa", policy => policy.SetIsOriginAllowed(origin => true).AllowAnyHeader().AllowAnyMethod().AllowCredentials());
            // ruleid: csharp/cors-any-origin-credentials
            options.AddPolicy("legacy", policy => policy.AllowAnyOrigin().AllowAnyHeader());
            // ok: csharp/cors-any-origin-credentials
            options.AddPolicy("public", policy => policy.AllowAnyOrigin().AllowAnyHeader());
            // ok: csharp/cors-any-origin-credentials
            options.AddPolicy("app", policy => policy.WithOrigins("https://app.example.com").AllowAnyHeader().AllowCredentials());
            // ok: csharp/cors-any-origin-credentials
            options.AddPolicy("partners", policy => policy.SetIsOriginAllowed(origin => origin.EndsWith(".partner.example")).AllowCredentials());
        });
    }
}
