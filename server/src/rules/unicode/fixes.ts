/** Code fixes of the unicode pack, registered by name for `fix.module`. */
export {};
