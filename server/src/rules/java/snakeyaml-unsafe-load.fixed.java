package com.example.config;

import java.io.InputStream;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class ConfigLoader {

    public Map<String, Object> load(InputStream input) {
        // ruleid: java/snakeyaml-unsafe-load
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return yaml.load(input);
    }

    public Object loadTyped(String text) {
        // ruleid: java/snakeyaml-unsafe-load
        Yaml yaml = new Yaml(new Constructor(AppConfig.class, new LoaderOptions()));
        return yaml.load(text);
    }

    public Map<String, Object> loadSafe(InputStream input) {
        // ok: java/snakeyaml-unsafe-load
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return yaml.load(input);
    }

    public Map<String, Object> loadSafeShort(String text) {
        // ok: java/snakeyaml-unsafe-load
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    public static class AppConfig {
        public String name;
    }
}
