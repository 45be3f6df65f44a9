/** Code fixes of the mcp pack, registered by name for `fix.module`. */
export {};
