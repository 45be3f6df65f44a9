/** Code fixes of the go pack, registered by name for `fix.module`. */
export {};
