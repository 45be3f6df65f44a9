<?php

function find_user(mysqli $conn): array
{
    $id = $_GET['id'];
    // ruleid: php/sql-injection
    $result = mysqli_query($conn, "SELECT * FROM users WHERE id = $id");
    return mysqli_fetch_assoc($result);
}

function search_products(PDO $pdo, string $term): array
{
    // ruleid: php/sql-injection
    $stmt = $pdo->query("SELECT * FROM products WHERE name LIKE '%" . $term . "%'");
    return $stmt->fetchAll();
}

function sort_orders(string $column): array
{
    // ruleid: php/sql-injection
    return Order::query()->orderByRaw("{$column} DESC")->get()->all();
}

function top_customers(string $region): array
{
    // ruleid: php/sql-injection
    return DB::select(DB::raw("SELECT * FROM customers WHERE region = '$region' ORDER BY total DESC"));
}

function orders_with_status(string $status): array
{
    // ruleid: php/sql-injection
    return DB::select("SELECT * FROM orders WHERE status = '" . $status . "' LIMIT 10");
}

function users_by_email(string $email): array
{
    // ruleid: php/sql-injection
    return User::query()->whereRaw("email = '{$email}'")->get()->all();
}

function find_user_safely(PDO $pdo): array
{
    $stmt = $pdo->prepare('SELECT * FROM users WHERE id = ?');
    // ok: php/sql-injection
    $stmt->execute([$_GET['id']]);
    return $stmt->fetch();
}

function find_by_number(mysqli $conn): array
{
    // ok: php/sql-injection
    $result = mysqli_query($conn, 'SELECT * FROM users WHERE id = ' . (int) $_GET['id']);
    return mysqli_fetch_assoc($result);
}

function count_users(PDO $pdo): int
{
    // ok: php/sql-injection
    return (int) $pdo->query('SELECT COUNT(*) FROM users')->fetchColumn();
}
