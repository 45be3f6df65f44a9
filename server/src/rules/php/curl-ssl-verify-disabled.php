<?php

function fetch_rates(string $url): string
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    // ruleid: php/curl-ssl-verify-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    // ruleid: php/curl-ssl-verify-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    $body = curl_exec($ch);
    curl_close($ch);
    return $body;
}

function fetch_options(string $url): array
{
    return [
        CURLOPT_URL => $url,
        // ruleid: php/curl-ssl-verify-disabled
        CURLOPT_SSL_VERIFYPEER => false,
        // ok: php/curl-ssl-verify-disabled
        CURLOPT_SSL_VERIFYHOST => 2,
    ];
}

function partner_client(): GuzzleHttp\Client
{
    // ruleid: php/curl-ssl-verify-disabled
    return new GuzzleHttp\Client(['base_uri' => 'https://partner.example', 'verify' => false]);
}

function fetch_safely(string $url): string
{
    $ch = curl_init($url);
    // ok: php/curl-ssl-verify-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
    // ok: php/curl-ssl-verify-disabled
    curl_setopt($ch, CURLOPT_CAINFO, '/etc/ssl/certs/internal-ca.pem');
    return curl_exec($ch);
}
