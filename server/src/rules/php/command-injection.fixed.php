<?php

function ping_host(): string
{
    $host = $_GET['host'];
    // ruleid: php/command-injection
    return shell_exec('ping -c 1 ' . escapeshellarg($host));
}

function thumbnail(string $upload, string $size): void
{
    // ruleid: php/command-injection
    exec('convert ' . escapeshellarg($upload) . ' -resize ' . escapeshellarg($size) . ' /tmp/thumb.png', $output, $status);
}

function disk_usage(string $dir): string
{
    // ruleid: php/command-injection
    return `du -sh $dir`;
}

function ping_safely(): string
{
    $host = $_GET['host'];
    // ok: php/command-injection
    return shell_exec('ping -c 1 ' . escapeshellarg($host));
}

function uptime(): void
{
    // ok: php/command-injection
    system('uptime');
}

function convert_safely(string $upload): void
{
    // ok: php/command-injection
    $process = proc_open(['convert', $upload, '/tmp/thumb.png'], [], $pipes);
    proc_close($process);
}
