/** Code fixes of the js pack, registered by name for `fix.module`. */
export {};
