using System.Net;
using System.Net.Http;

public class PartnerClient
{
    public HttpClient Create()
    {
        var handler = new HttpClientHandler
        {
            // ruleid: csharp/certificate-validation-disabled
        };
        return new HttpClient(handler);
    }

    public void Legacy()
    {
        // ruleid: csharp/certificate-validation-disabled
    }

    public HttpClient CreateDangerous()
    {
        var handler = new HttpClientHandler();
        // ruleid: csharp/certificate-validation-disabled
        return new HttpClient(handler);
    }

    public HttpClient CreatePinned(string thumbprint)
    {
        var handler = new HttpClientHandler
        {
            // ok: csharp/certificate-validation-disabled
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == System.Net.Security.SslPolicyErrors.None || cert?.GetCertHashString() == thumbprint,
        };
        return new HttpClient(handler);
    }

    public HttpClient CreateDefault()
    {
        // ok: csharp/certificate-validation-disabled
        return new HttpClient(new HttpClientHandler());
    }
}
