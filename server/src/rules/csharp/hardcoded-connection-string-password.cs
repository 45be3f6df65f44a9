using System.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

public class AppDbContext : DbContext
{
    private readonly IConfiguration _configuration;

    protected override void OnConfiguring(DbContextOptionsBuilder options)
    {
        // ruleid: csharp/hardcoded-connection-string-password
        options.UseSqlServer("Server=db.internal;Database=shop;User Id=sa;Password=Winter2024!;TrustServerCertificate=True");
    }

    public SqlConnection Open()
    {
        // ruleid: csharp/hardcoded-connection-string-password
        var connection = new SqlConnection("Data Source=10.0.0.5;Initial Catalog=crm;User ID=app;Pwd=s3cr3tP@ss");
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
