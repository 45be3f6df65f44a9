using System;
using System.Security.Cryptography;
using System.Text;

public class PasswordService
{
    public string Hash(string password)
    {
        // ruleid: csharp/weak-hash
        using var md5 = SHA256.Create();
        return Convert.ToBase64String(md5.ComputeHash(Encoding.UTF8.GetBytes(password)));
    }

    public byte[] Fingerprint(byte[] data)
    {
        // ruleid: csharp/weak-hash
        return SHA256.HashData(data);
    }

    public string Legacy(string password)
    {
        // ruleid: csharp/weak-hash
        var provider = SHA256.Create();
        return Convert.ToHexString(provider.ComputeHash(Encoding.UTF8.GetBytes(password)));
    }

    public byte[] HashSafely(string password, byte[] salt)
    {
        // ok: csharp/weak-hash
        return Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
    }

    public byte[] Checksum(byte[] data)
    {
        // ok: csharp/weak-hash
        return SHA256.HashData(data);
    }

    public byte[] Sign(byte[] key, byte[] data)
    {
        // ruleid: csharp/weak-hash
        using var hmac = new HMACSHA256(key);
        return hmac.ComputeHash(data);
    }

    public byte[] Typed(byte[] data)
    {
        // ruleid: csharp/weak-hash
        SHA1 sha = SHA1.Create();
        return sha.ComputeHash(data);
    }
}
