<?php

function linkify(string $text): string
{
    // ruleid: php/preg-replace-eval
    return preg_replace_callback('/\[(\w+)\]/', fn ($m) => strtoupper($m[1]), $text);
}

function expand(string $template): string
{
    // ruleid: php/preg-replace-eval
    return preg_replace_callback("#\{(\w+)\}#i", fn ($m) => $vars[$m[1]], $template);
}

function linkify_safely(string $text): string
{
    // ok: php/preg-replace-eval
    return preg_replace_callback('/\[(\w+)\]/', fn ($m) => strtoupper($m[1]), $text);
}

function slug(string $title): string
{
    // ok: php/preg-replace-eval
    return preg_replace('/[^a-z0-9]+/i', '-', $title);
}
