/** Code fixes of the agents pack, registered by name for `fix.module`. */
export {};
