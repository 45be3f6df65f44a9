/** Sources of untrusted data and sanitizers for C and C++. */
import type { SanitizerSpec, SourceSpec } from './types';

export const sources: SourceSpec[] = [
    { pattern: 'argv', kind: 'cli', description: 'command-line arguments' },
    { pattern: 'getenv', kind: 'env', description: 'an environment variable' },
    { pattern: 'std.getenv', kind: 'env', description: 'an environment variable' },
    { pattern: 'secure_getenv', kind: 'env', description: 'an environment variable' },
    { pattern: 'fgets', kind: 'stdin', description: 'input read with fgets' },
    { pattern: 'gets', kind: 'stdin', description: 'standard input' },
    { pattern: 'getline', kind: 'stdin', description: 'input read with getline' },
    { pattern: 'std.getline', kind: 'stdin', description: 'input read with getline' },
    { pattern: 'recv', kind: 'network', description: 'data received from a socket' },
    { pattern: 'recvfrom', kind: 'network', description: 'data received from a socket' },
    { pattern: 'read', kind: 'file', description: 'data read from a file descriptor' },
    { pattern: 'fread', kind: 'file', description: 'data read from a file' },
];

export const sanitizers: SanitizerSpec[] = [
    { pattern: 'atoi', categories: [] },
    { pattern: 'atol', categories: [] },
    { pattern: 'strtol', categories: [] },
    { pattern: 'strtoul', categories: [] },
    { pattern: 'std.stoi', categories: [] },
    { pattern: 'std.stol', categories: [] },
    { pattern: 'strlen', categories: [] },
    { pattern: 'sizeof', categories: [] },
];
