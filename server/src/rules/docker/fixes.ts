/** Code fixes of the docker pack, registered by name for `fix.module`. */
export {};
