using System.IO;
using System.Xml;

public class InvoiceImporter
{
    public XmlDocument Load(Stream upload)
    {
        var document = new XmlDocument();
        // ruleid: csharp/xml-external-entities
        document.XmlResolver = null;
        document.Load(upload);
        return document;
    }

    public XmlReader Open(Stream upload)
    {
        var settings = new XmlReaderSettings
        {
            // ruleid: csharp/xml-external-entities
            DtdProcessing = DtdProcessing.Prohibit,
        };
        return XmlReader.Create(upload, settings);
    }

    public XmlDocument LoadSafely(Stream upload)
    {
        // ok: csharp/xml-external-entities
        var document = new XmlDocument { XmlResolver = null };
        document.Load(upload);
        return document;
    }

    public XmlReader OpenSafely(Stream upload)
    {
        var settings = new XmlReaderSettings();
        // ok: csharp/xml-external-entities
        settings.DtdProcessing = DtdProcessing.Prohibit;
        return XmlReader.Create(upload, settings);
    }
}
