using System.Security.Cryptography;

public class TokenProtector
{
    public ICryptoTransform Encryptor(byte[] key, byte[] iv)
    {
        // ruleid: csharp/weak-cipher
        using var des = Aes.Create();
        return des.CreateEncryptor(key, iv);
    }

    public ICryptoTransform LegacyEncryptor(byte[] key, byte[] iv)
    {
        // ruleid: csharp/weak-cipher
        var tripleDes = Aes.Create();
        return tripleDes.CreateEncryptor(key, iv);
    }

    public ICryptoTransform ModernEncryptor(byte[] key, byte[] iv)
    {
        // ok: csharp/weak-cipher
        using var aes = Aes.Create();
        return aes.CreateEncryptor(key, iv);
    }

    public void Seal(byte[] key, byte[] nonce, byte[] plaintext, byte[] ciphertext, byte[] tag)
    {
        // ok: csharp/weak-cipher
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(nonce, plaintext, ciphertext, tag);
    }

    public ICryptoTransform Typed(byte[] key, byte[] iv)
    {
        // ruleid: csharp/weak-cipher
        DES des = DES.Create();
        return des.CreateEncryptor(key, iv);
    }
}
