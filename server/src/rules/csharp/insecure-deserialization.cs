using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;
using System.Web.UI;

public class SessionStore
{
    public object Load(Stream stream)
    {
        // ruleid: csharp/insecure-deserialization
        var formatter = new BinaryFormatter();
        return formatter.Deserialize(stream);
    }

    public object LoadViewState(string state)
    {
        // ruleid: csharp/insecure-deserialization
        return new LosFormatter().Deserialize(state);
    }

    public object LoadLegacy(Stream stream)
    {
        // ruleid: csharp/insecure-deserialization
        var serializer = new System.Runtime.Serialization.NetDataContractSerializer();
        return serializer.ReadObject(stream);
    }

    public Cart LoadCart(Stream stream)
    {
        // ok: csharp/insecure-deserialization
        return JsonSerializer.Deserialize<Cart>(stream);
    }

    public Cart LoadCartXml(Stream stream)
    {
        // ok: csharp/insecure-deserialization
        var serializer = new System.Runtime.Serialization.DataContractSerializer(typeof(Cart));
        return (Cart)serializer.ReadObject(stream);
    }
}
