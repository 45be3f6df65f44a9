using Newtonsoft.Json;

public class MessageReader
{
    public object Read(string body)
    {
        // ruleid: csharp/json-typenamehandling
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
        return JsonConvert.DeserializeObject(body, settings);
    }

    public Message ReadAuto(string body)
    {
        var settings = new JsonSerializerSettings();
        // ruleid: csharp/json-typenamehandling
        settings.TypeNameHandling = TypeNameHandling.Auto;
        return JsonConvert.DeserializeObject<Message>(body, settings);
    }

    public Message ReadPlain(string body)
    {
        // ok: csharp/json-typenamehandling
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
        return JsonConvert.DeserializeObject<Message>(body, settings);
    }

    public Message ReadDefault(string body)
    {
        // ok: csharp/json-typenamehandling
        return JsonConvert.DeserializeObject<Message>(body);
    }
}
