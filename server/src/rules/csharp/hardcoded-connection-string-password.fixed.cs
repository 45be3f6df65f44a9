using System.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

public class AppDbContext : DbContext
{
    private readonly IConfiguration _configuration;

    protected override void OnConfiguring(DbContextOptionsBuilder options)
    {
        // ruleid: csharp/hardcoded-connection-string-password
        options.UseSqlServer(System.Environment.GetEnvironmentVariable("DB_CONNECTION_STRING"));
    }

    public SqlConnection Open()
    {
        // ruleid: csharp/hardcoded-connection-string-password
        var connection = new SqlConnection(System.Environment.GetEnvironmentVariable("DB_CONNECTION_STRING"));
        connection.Open();
        return connection;
    }

    public SqlConnection OpenFromConfig()
    {
        // ok: csharp/hardcoded-connection-string-password
        var connection = new SqlConnection(_configuration.GetConnectionString("Crm"));
        connection.Open();
        return connection;
    }

    public SqlConnection OpenIntegrated()
    {
        // ok: csharp/hardcoded-connection-string-password
        return new SqlConnection("Server=db.internal;Database=shop;Integrated Security=True");
    }

    public SqlConnection OpenTemplate(string password)
    {
        // ok: csharp/hardcoded-connection-string-password
        return new SqlConnection($"Server=db.internal;Database=shop;User Id=app;Password={password}");
    }
}
