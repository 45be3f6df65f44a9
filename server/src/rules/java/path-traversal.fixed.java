package com.example.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

public class DownloadController {
    private static final String UPLOAD_DIR = "/srv/uploads";

    @GetMapping("/download")
    public byte[] download(@RequestParam String name) throws IOException {
        // ruleid: java/path-traversal
        return Files.readAllBytes(Paths.get(UPLOAD_DIR, Paths.get(name).getFileName().toString()));
    }

    public InputStream open(HttpServletRequest request) throws IOException {
        // ruleid: java/path-traversal
        return new FileInputStream(UPLOAD_DIR + "/" + request.getParameter("file"));
    }

    public boolean delete(String name) {
        // ruleid: java/path-traversal
        File file = new File(UPLOAD_DIR, Paths.get(name).getFileName().toString());
        return file.delete();
    }

    @GetMapping("/download-safe")
    public byte[] downloadSafe(@RequestParam String name) throws IOException {
        Path base = Paths.get(UPLOAD_DIR);
        // ok: java/path-traversal
        Path file = base.resolve(Paths.get(name).getFileName());
        return Files.readAllBytes(file);
    }

    public byte[] config() throws IOException {
        // ok: java/path-traversal
        return Files.readAllBytes(Paths.get(UPLOAD_DIR, "config.json"));
    }
}
