/** Code fixes of the shell pack, registered by name for `fix.module`. */
export {};
