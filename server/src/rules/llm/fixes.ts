/** Code fixes of the llm pack, registered by name for `fix.module`. */
export {};
