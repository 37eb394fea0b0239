/** The profiles the importer knows, in the order they are tried when none is named. */
import { dvc766, dvc766Subunits, dvc766Trend } from './dvc766.ts';
import { long, wide, wideIndicators } from './generic.ts';
import { papi } from './papi.ts';
import { pxweb } from './pxweb.ts';
import type { Profile } from './types.ts';

export type { Profile, ValueLayout } from './types.ts';

export const PROFILES: readonly Profile[] = [papi, dvc766, dvc766Subunits, dvc766Trend, pxweb, long, wide, wideIndicators];

/**
 * Finds a profile by name.
 * @throws on an unknown name (a usage mistake), listing the known ones
 */
export function profileByName(name: string): Profile {
  const p = PROFILES.find((x) => x.name === name);
  if (!p) throw new Error(`unknown profile: ${name} (known: ${PROFILES.map((x) => x.name).join(', ')})`);
  return p;
}

/**
 * The first profile whose detection patterns all match the header (and file name).
 * @returns the profile, or the generic wide profile when none matches
 */
export function detectProfile(header: readonly string[], fileName: string): Profile {
  for (const p of PROFILES) {
    if (!p.detect) continue;
    if (p.detect.file && !p.detect.file.test(fileName)) continue;
    if (p.detect.headers.every((re) => header.some((h) => re.test(h)))) return p;
  }
  return wide;
}
