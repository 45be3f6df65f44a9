<?php

function preview(): string
{
    $url = $_GET['url'];
    // ruleid: php/ssrf
    return file_get_contents($url);
}

function fetch_avatar(): string
{
    $ch = curl_init();
    // ruleid: php/ssrf
    curl_setopt($ch, CURLOPT_URL, $_POST['avatar_url']);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch);
}

function read_template(): string
{
    // ok: php/ssrf
    return file_get_contents(__DIR__ . '/templates/email.html');
}

function fetch_weather(string $city): string
{
    // ok: php/ssrf
    return file_get_contents('https://api.weather.example/v1?city=' . urlencode($_GET['city']));
}
