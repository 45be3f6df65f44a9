/** Code fixes of the csharp pack, registered by name for `fix.module`. */
export {};
