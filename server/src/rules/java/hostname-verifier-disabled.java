package com.example.http;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

public class Clients {

    public static void trustAnyHost() {
        // ruleid: java/hostname-verifier-disabled
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);
    }

    public static CloseableHttpClient lenientClient() {
        // ruleid: java/hostname-verifier-disabled
        return HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();
    }

    static class AcceptAll implements HostnameVerifier {
        @Override
        // ruleid: java/hostname-verifier-disabled
        public boolean verify(String hostname, SSLSession session) {
            return true;
        }
    }

    public static CloseableHttpClient strictClient() {
        // ok: java/hostname-verifier-disabled
        return HttpClients.custom().setSSLHostnameVerifier(new DefaultHostnameVerifier()).build();
    }

    static class InternalOnly implements HostnameVerifier {
        private final HostnameVerifier delegate = HttpsURLConnection.getDefaultHostnameVerifier();

        @Override
        // ok: java/hostname-verifier-disabled
        public boolean verify(String hostname, SSLSession session) {
            return hostname.endsWith(".internal.example.com") && delegate.verify(hostname, session);
        }
    }
}
