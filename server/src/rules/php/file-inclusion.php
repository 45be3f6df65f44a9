<?php

$page = $_GET['page'] ?? 'home';
// ruleid: php/file-inclusion
include 'pages/' . $page . '.php';
// ruleid: php/file-inclusion
Include_Once "themes/{$_GET['theme']}/header.php";

function load_language(string $lang): array
{
    // ruleid: php/file-inclusion
    return require_once(__DIR__ . "/lang/{$_COOKIE['lang']}.php");
}

// ok: php/file-inclusion
require __DIR__ . '/../vendor/autoload.php';

// ok: php/file-inclusion
require_once dirname(__FILE__) . '/config.php';

// ok: php/file-inclusion
include 'pages/home.php';
