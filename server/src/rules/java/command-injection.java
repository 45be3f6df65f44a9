package com.example.tools;

import java.io.IOException;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DiagnosticsController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException {
        // ruleid: java/command-injection
        Process process = Runtime.getRuntime().exec("ping -c 1 " + host);
        return new String(process.getInputStream().readAllBytes());
    }

    @GetMapping("/lookup")
    public String lookup(HttpServletRequest request) throws IOException {
        String domain = request.getParameter("domain");
        // ruleid: java/command-injection
        Process process = new ProcessBuilder("sh", "-c", "nslookup " + domain).start();
        return new String(process.getInputStream().readAllBytes());
    }

    public void archive(String dir) throws IOException {
        // ruleid: java/command-injection
        Runtime.getRuntime().exec(new String[] {"/bin/bash", "-c", "tar czf /tmp/backup.tgz " + dir});
    }

    @GetMapping("/ping-safe")
    public String pingSafe(@RequestParam String host) throws IOException {
        // ok: java/command-injection
        Process process = new ProcessBuilder(List.of("ping", "-c", "1", host)).start();
        return new String(process.getInputStream().readAllBytes());
    }

    public void diskUsage() throws IOException {
        // ok: java/command-injection
        Runtime.getRuntime().exec("df -h");
        // ok: java/command-injection
        new ProcessBuilder("sh", "-c", "df -h | sort -k5 -r").start();
    }

    public void restart(String service) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        // todoruleid: java/command-injection
        runtime.exec("systemctl restart " + service);
    }

    public String whois(String domain, String server) throws IOException {
        // ruleid: java/command-injection
        Process process = Runtime.getRuntime().exec("whois -h " + server + " " + domain);
        return new String(process.getInputStream().readAllBytes());
    }

    public void query(String name) throws IOException {
        // ruleid: java/command-injection
        Runtime.getRuntime().exec("dig --name=" + name);
    }
}
