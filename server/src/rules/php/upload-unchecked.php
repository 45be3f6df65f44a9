<?php

function save_avatar(): void
{
    // ruleid: php/upload-unchecked
    move_uploaded_file($_FILES['avatar']['tmp_name'], 'uploads/' . $_FILES['avatar']['name']);
}

function save_attachment(Illuminate\Http\UploadedFile $file): void
{
    // ruleid: php/upload-unchecked
    rename($file->getPathname(), storage_path('attachments/' . $file->getClientOriginalName()));
}

function save_avatar_safely(): void
{
    $info = new finfo(FILEINFO_MIME_TYPE);
    $allowed = ['image/png' => 'png', 'image/jpeg' => 'jpg'];
    $mime = $info->file($_FILES['avatar']['tmp_name']);
    if (!isset($allowed[$mime])) {
        throw new RuntimeException('unsupported file type');
    }
    // ok: php/upload-unchecked
    move_uploaded_file($_FILES['avatar']['tmp_name'], 'uploads/' . bin2hex(random_bytes(16)) . '.' . $allowed[$mime]);
}

function store_document(DocumentStore $store, int $id): void
{
    // ok: php/upload-unchecked
    move_uploaded_file($_FILES['doc']['tmp_name'], $store->pathFor($id));
}
