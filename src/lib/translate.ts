/**
 * The translate function that domain code is given. Each user names the keys it needs as `Key`; the
 * UI strings supply a function over all their keys, which fits wherever the keys needed are a subset
 * of them, so a key missing from the strings fails the type check where the two meet.
 */
export type Translate<Key extends string = string> = (key: Key, values?: Record<string, string>) => string;
