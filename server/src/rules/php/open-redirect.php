<?php

function after_login(): void
{
    // ruleid: php/open-redirect
    header('Location: ' . $_GET['next']);
    exit;
}

function back_to_shop(Illuminate\Http\Request $request)
{
    // ruleid: php/open-redirect
    return redirect()->away($request->input('return_to'));
}

function after_logout(): void
{
    // ok: php/open-redirect
    header('Location: /login');
    exit;
}

function json_response(): void
{
    // ok: php/open-redirect
    header('Content-Type: ' . $_GET['format']);
}

function safe_redirect(): void
{
    // ok: php/open-redirect
    wp_redirect('/dashboard');
}
