/** Container image references (`registry/name:tag@sha256:…`) and how firmly they are pinned. */

export interface ImageReference {
  /** Registry and repository, e.g. `ghcr.io/acme/api` or `python`. */
  name: string;
  tag?: string;
  digest?: string;
}

/** Parses an image reference; undefined for values chosen at run time (`$IMAGE`, `${BASE}`) or `scratch`. */
export function parseImage(reference: string): ImageReference | undefined {
  const value = reference.trim();
  if (!value || value.includes('$') || value === 'scratch') return undefined;
  const at = value.indexOf('@');
  const digest = at >= 0 ? value.slice(at + 1) : undefined;
  const rest = at >= 0 ? value.slice(0, at) : value;
  // A colon after the last slash is a tag; before it, a registry port.
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  const tag = colon > slash ? rest.slice(colon + 1) : undefined;
  const name = colon > slash ? rest.slice(0, colon) : rest;
  return { name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** How an image is pinned: `digest` (immutable), `version` (a tag), `latest` or `untagged` (both mean latest). */
export function pinning(image: ImageReference): 'digest' | 'version' | 'latest' | 'untagged' {
  if (image.digest && /^sha256:[0-9a-f]{64}$/i.test(image.digest)) return 'digest';
  if (!image.tag) return 'untagged';
  if (/^(latest|stable|edge|nightly|main|master|dev|develop|lts|current|rolling)$/i.test(image.tag)) return 'latest';
  return 'version';
}
