using System;
using System.Linq;
using System.Security.Cryptography;

public class TokenService
{
    private static readonly Random _random = new Random();
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public string CreateResetToken()
    {
        // ruleid: csharp/insecure-random
        return new string(Enumerable.Range(0, 32).Select(_ => Alphabet[_random.Next(Alphabet.Length)]).ToArray());
    }

    public int NewOtp()
    {
        // ruleid: csharp/insecure-random
        var otp = Random.Shared.Next(100000, 999999);
        return otp;
    }

    public byte[] Salt()
    {
        var salt = new byte[16];
        // ok: csharp/insecure-random
        RandomNumberGenerator.Fill(salt);
        return salt;
    }

    public string CreateApiKey()
    {
        // ok: csharp/insecure-random
        return RandomNumberGenerator.GetHexString(40);
    }

    public int RollDice()
    {
        // ok: csharp/insecure-random
        return _random.Next(1, 7);
    }

    public void Shuffle(int[] cards)
    {
        // ok: csharp/insecure-random
        Random.Shared.Shuffle(cards);
    }
}
