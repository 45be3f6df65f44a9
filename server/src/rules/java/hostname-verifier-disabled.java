package com.example.http;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;

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

    public static void trustThisConnection(HttpsURLConnection connection) {
        // ruleid: java/hostname-verifier-disabled
        connection.setHostnameVerifier((hostname, session) -> true);
        connection.setConnectTimeout(5000);
    }

    public static CloseableHttpClient legacyClient() {
        // ruleid: java/hostname-verifier-disabled
        return HttpClients.custom().setSSLHostnameVerifier(SSLConnectionSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER).build();
    }

    public static okhttp3.OkHttpClient okHttp() {
        // ruleid: java/hostname-verifier-disabled
        return new okhttp3.OkHttpClient.Builder().hostnameVerifier((hostname, session) -> true).build();
    }
}
