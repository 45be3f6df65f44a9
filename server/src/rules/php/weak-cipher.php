<?php

function encrypt_card(string $number, string $key): string
{
    // ruleid: php/weak-cipher
    return openssl_encrypt($number, 'aes-128-ecb', $key);
}

function encrypt_legacy(string $data, string $key, string $iv): string
{
    // ruleid: php/weak-cipher
    return openssl_encrypt($data, 'des-ede3-cbc', $key, 0, $iv);
}

function encrypt_card_safely(string $number, string $key): string
{
    $iv = random_bytes(12);
    // ok: php/weak-cipher
    $ciphertext = openssl_encrypt($number, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
    return base64_encode($iv . $tag . $ciphertext);
}

function seal(string $message, string $key): string
{
    $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
    // ok: php/weak-cipher
    return $nonce . sodium_crypto_secretbox($message, $nonce, $key);
}
