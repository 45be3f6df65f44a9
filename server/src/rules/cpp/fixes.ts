/** Code fixes of the cpp pack, registered by name for `fix.module`. */
export {};
