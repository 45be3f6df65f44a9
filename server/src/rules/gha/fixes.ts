/** Code fixes of the gha pack, registered by name for `fix.module`. */
export {};
