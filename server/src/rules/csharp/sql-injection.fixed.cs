using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

public class UsersController : Controller
{
    private readonly AppDbContext _db;
    private readonly string _connectionString;

    [HttpGet("users/search")]
    public IActionResult Search()
    {
        string name = Request.Query["name"];
        using var connection = new SqlConnection(_connectionString);
        // ruleid: csharp/sql-injection
        var command = new SqlCommand("SELECT * FROM Users WHERE Name = @name", connection);
        command.Parameters.AddWithValue("@name", name);
        return Ok(command.ExecuteReader());
    }

    public List<User> ByEmail(string email)
    {
        // ruleid: csharp/sql-injection
        return _db.Users.FromSqlInterpolated($"SELECT * FROM Users WHERE Email = {email}").ToList();
    }

    public void Rename(SqlConnection connection, int id, string newName)
    {
        using var command = connection.CreateCommand();
        // ruleid: csharp/sql-injection
        command.CommandText = "UPDATE Users SET Name = '" + newName + "' WHERE Id = " + id;
        command.ExecuteNonQuery();
    }

    public async Task Purge(string table)
    {
        var sql = "DELETE FROM " + table;
        // ruleid: csharp/sql-injection
        await _db.Database.ExecuteSqlRawAsync(sql);
    }

    public SqlDataReader Filter(SqlConnection connection, string status)
    {
        var sql = new System.Text.StringBuilder("SELECT * FROM Orders WHERE 1 = 1");
        sql.Append(" AND Status = '" + status + "'");
        // StringBuilder contents are not followed through Append/ToString.
        // todoruleid: csharp/sql-injection
        return new SqlCommand(sql.ToString(), connection).ExecuteReader();
    }

    public List<User> ByEmailSafely(string email)
    {
        // ok: csharp/sql-injection
        return _db.Users.FromSqlInterpolated($"SELECT * FROM Users WHERE Email = {email}").ToList();
    }

    public IActionResult SearchSafely(string name)
    {
        using var connection = new SqlConnection(_connectionString);
        // ok: csharp/sql-injection
        var command = new SqlCommand("SELECT * FROM Users WHERE Name = @name", connection);
        command.Parameters.AddWithValue("@name", name);
        return Ok(command.ExecuteReader());
    }

    public List<User> ByEmailRaw(string email)
    {
        // ok: csharp/sql-injection
        return _db.Users.FromSqlRaw("SELECT * FROM Users WHERE Email = {0}", email).ToList();
    }

    public int Deactivate(SqlConnection connection, int id, string reason)
    {
        // ruleid: csharp/sql-injection
        using (var command = new SqlCommand("UPDATE Users SET Active = 0, Reason = @reason WHERE Id = @id", connection))
        {
            command.Parameters.AddWithValue("@reason", reason);
            command.Parameters.AddWithValue("@id", id);
            return command.ExecuteNonQuery();
        }
    }

    public int Forget(long userId)
    {
        // ruleid: csharp/sql-injection
        return _db.Database.ExecuteSqlInterpolated($"DELETE FROM Sessions WHERE UserId = {userId}");
    }

    public List<User> Like(string term)
    {
        // ruleid: csharp/sql-injection
        return _db.Users.FromSqlRaw("SELECT * FROM Users WHERE Name LIKE '%" + term + "%'").ToList();
    }
}
