<?php

function connect(): PDO
{
    // ruleid: php/hardcoded-db-password
    return new PDO('mysql:host=db.internal;dbname=shop', 'shop', getenv('DB_PASSWORD'));
}

function legacy_connect(): mysqli
{
    // ruleid: php/hardcoded-db-password
    return mysqli_connect('10.0.0.12', 'reporting', getenv('DB_PASSWORD'), 'analytics');
}

function connect_from_env(): PDO
{
    // ok: php/hardcoded-db-password
    return new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASSWORD'));
}

function connect_local_dev(): PDO
{
    // ok: php/hardcoded-db-password
    return new PDO('sqlite:' . __DIR__ . '/dev.sqlite3', null, null);
}
