/** The explore page's state in its URL (?q=SQL), so a result can be shared and restored. */

export interface ExploreState {
  sql: string;
  /** correlation picks, "indicator@period" */
  x: string;
  y: string;
  vintage: string;
}

/** Reads the state from a query string; missing fields are empty. */
export function readState(search: string): ExploreState {
  const params = new URLSearchParams(search);
  return { sql: params.get('q') ?? '', x: params.get('x') ?? '', y: params.get('y') ?? '', vintage: params.get('v') ?? '' };
}

/** The query string for a state (leading "?", or "" when empty); empty fields are left out. */
export function writeState(state: Partial<ExploreState>): string {
  const params = new URLSearchParams();
  if (state.sql) params.set('q', state.sql);
  if (state.vintage) params.set('v', state.vintage);
  if (state.x) params.set('x', state.x);
  if (state.y) params.set('y', state.y);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Splits "indicator@period" into its parts; null when malformed. */
export function parsePick(text: string): { indicator: string; period: string } | null {
  const at = text.indexOf('@');
  if (at <= 0 || at === text.length - 1) return null;
  return { indicator: text.slice(0, at), period: text.slice(at + 1) };
}
