using System.Security.Cryptography;

public class CardVault
{
    public byte[] Encrypt(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        // ruleid: csharp/ecb-mode
        aes.Mode = CipherMode.CBC;
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public byte[] EncryptOneShot(Aes aes, byte[] data)
    {
        // ruleid: csharp/ecb-mode
        return aes.EncryptEcb(data, PaddingMode.PKCS7);
    }

    public byte[] EncryptCbc(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        // ok: csharp/ecb-mode
        aes.Mode = CipherMode.CBC;
        aes.GenerateIV();
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public byte[] EncryptOneShotCbc(Aes aes, byte[] data, byte[] iv)
    {
        // ok: csharp/ecb-mode
        return aes.EncryptCbc(data, iv, PaddingMode.PKCS7);
    }
}
