package com.example.importer;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.thoughtworks.xstream.XStream;
import java.beans.XMLDecoder;
import java.beans.XMLEncoder;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServletRequest;

public class SettingsImporter {

    public Object importSettings(HttpServletRequest request) throws IOException {
        // ruleid: java/xml-decoder
        XMLDecoder decoder = new XMLDecoder(request.getInputStream());
        return decoder.readObject();
    }

    public Object importWithXStream(String xml) {
        XStream xstream = new XStream();
        // ruleid: java/xml-decoder
        return xstream.fromXML(xml);
    }

    public Settings importSafe(InputStream body) throws IOException {
        // ok: java/xml-decoder
        return new XmlMapper().readValue(body, Settings.class);
    }

    public void export(Settings settings, java.io.OutputStream out) {
        // ok: java/xml-decoder
        try (XMLEncoder encoder = new XMLEncoder(out)) {
            encoder.writeObject(settings);
        }
    }

    public Object importDefaults() {
        XStream xstream = new XStream();
        // ok: java/xml-decoder
        return xstream.fromXML("<settings><theme>dark</theme></settings>");
    }

    public static class Settings {
        public String theme;
    }
}
