using System.Web.Script.Serialization;

public class OrderApi
{
    public object Read(string json)
    {
        // ruleid: csharp/javascriptserializer-type-resolver
        var serializer = new JavaScriptSerializer();
        return serializer.DeserializeObject(json);
    }

    public Order ReadWithResolver(string json, JavaScriptTypeResolver resolver)
    {
        // ruleid: csharp/javascriptserializer-type-resolver
        return new JavaScriptSerializer().Deserialize<Order>(json);
    }

    public Order ReadPlain(string json)
    {
        // ok: csharp/javascriptserializer-type-resolver
        var serializer = new JavaScriptSerializer();
        return serializer.Deserialize<Order>(json);
    }

    public Order ReadNullResolver(string json)
    {
        // ok: csharp/javascriptserializer-type-resolver
        return new JavaScriptSerializer(null).Deserialize<Order>(json);
    }
}
