<?php

function register(PDO $pdo, string $email, string $password): void
{
    // ruleid: php/weak-password-hash
    $hash = password_hash($password, PASSWORD_DEFAULT);
    $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)')->execute([$email, $hash]);
}

function check_login(array $user): bool
{
    // ruleid: php/weak-password-hash
    return hash('sha256', $user['salt'] . $_POST['password']) === $user['password_hash'];
}

function register_safely(PDO $pdo, string $email, string $password): void
{
    // ok: php/weak-password-hash
    $hash = password_hash($password, PASSWORD_DEFAULT);
    $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)')->execute([$email, $hash]);
}

function etag(string $body): string
{
    // ok: php/weak-password-hash
    return md5($body);
}
