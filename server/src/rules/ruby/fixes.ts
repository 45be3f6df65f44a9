/** Code fixes of the ruby pack, registered by name for `fix.module`. */
export {};
