/** Sources of untrusted data and sanitizers for bash. */
import type { SanitizerSpec, SourceSpec } from './types';

export const sources: SourceSpec[] = [
    { pattern: '$1', kind: 'cli', description: 'a script argument' },
    { pattern: '$@', kind: 'cli', description: 'the script arguments' },
    { pattern: '$*', kind: 'cli', description: 'the script arguments' },
];

export const sanitizers: SanitizerSpec[] = [
];
