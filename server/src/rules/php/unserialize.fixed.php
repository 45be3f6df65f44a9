<?php

function load_cart(): array
{
    // ruleid: php/unserialize
    return unserialize($_COOKIE['cart'], ['allowed_classes' => false]);
}

function restore_preferences(string $blob): array
{
    // ruleid: php/unserialize
    return unserialize(base64_decode($blob), ['allowed_classes' => false]);
}

function load_cart_json(): array
{
    // ok: php/unserialize
    return json_decode($_COOKIE['cart'], true, 16, JSON_THROW_ON_ERROR);
}

function load_cart_plain(): array
{
    // ok: php/unserialize
    return unserialize($_COOKIE['cart'], ['allowed_classes' => false]);
}
