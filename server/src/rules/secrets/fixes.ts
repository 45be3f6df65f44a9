/** Code fixes of the secrets pack, registered by name for `fix.module`. */
export {};
