package com.example.xml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;

public class XmlImporter {

    public Document parse(InputStream body) throws Exception {
        // ruleid: java/xxe
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(body);
    }

    public XMLStreamReader stream(InputStream body) throws Exception {
        // ruleid: java/xxe
        XMLInputFactory factory = XMLInputFactory.newFactory();
        return factory.createXMLStreamReader(body);
    }

    public void sax(InputStream body, DefaultHandler handler) throws Exception {
        // ruleid: java/xxe
        SAXParserFactory factory = SAXParserFactory.newInstance();
        // Turning the feature on is not enough when it is set to the wrong value.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        SAXParser parser = factory.newSAXParser();
        parser.parse(body, handler);
    }

    public Document parseSafe(InputStream body) throws Exception {
        // ok: java/xxe
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        return factory.newDocumentBuilder().parse(body);
    }

    public XMLStreamReader streamSafe(InputStream body) throws Exception {
        // ok: java/xxe
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        return factory.createXMLStreamReader(body);
    }

    public void saxSafe(InputStream body, DefaultHandler handler) throws Exception {
        // ok: java/xxe
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.newSAXParser().parse(body, handler);
    }

    public void transform(javax.xml.transform.Source xslt, javax.xml.transform.Source in, javax.xml.transform.Result out) throws Exception {
        javax.xml.transform.TransformerFactory factory;
        // ruleid: java/xxe
        factory = javax.xml.transform.TransformerFactory.newInstance();
        factory.newTransformer(xslt).transform(in, out);
    }

    public javax.xml.validation.Schema schema(javax.xml.transform.Source xsd) throws Exception {
        // ruleid: java/xxe
        return javax.xml.validation.SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    }
}
