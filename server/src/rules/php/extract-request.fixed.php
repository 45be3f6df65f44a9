<?php

function update_profile(): void
{
    $isAdmin = false;
    // ruleid: php/extract-request
    extract($_POST, EXTR_SKIP);
    save_profile($name, $email, $isAdmin);
}

function legacy_filter(string $query): void
{
    // ruleid: php/extract-request
    parse_str($query);
}

function update_profile_safely(): void
{
    $name = $_POST['name'] ?? '';
    // ok: php/extract-request
    extract(['title' => 'Profile', 'name' => $name]);
}

function parse_filters(string $query): array
{
    // ok: php/extract-request
    parse_str($query, $filters);
    return $filters;
}
