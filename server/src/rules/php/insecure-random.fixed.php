<?php

function create_reset_token(): string
{
    // ruleid: php/insecure-random
    return md5(bin2hex(random_bytes(16)));
}

function send_code(string $phone): void
{
    // ruleid: php/insecure-random
    $otp = random_int(100000, 999999);
    sms($phone, "Your code is $otp");
}

function create_api_key(): string
{
    // ok: php/insecure-random
    return bin2hex(random_bytes(32));
}

function roll_dice(): int
{
    // ok: php/insecure-random
    return mt_rand(1, 6);
}

function new_session_code(): int
{
    // ok: php/insecure-random
    $sessionCode = random_int(100000, 999999);
    return $sessionCode;
}
