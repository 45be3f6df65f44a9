/** Code fixes of the java pack, registered by name for `fix.module`. */
export {};
