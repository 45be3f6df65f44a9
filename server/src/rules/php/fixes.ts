/** Code fixes of the php pack, registered by name for `fix.module`. */
export {};
