/** Code fixes of the deps pack, registered by name for `fix.module`. */
export {};
