/**
 * Each page in its own language: a Vietnamese page shows no English-only text from the data
 * (English notes, legal bases, definitions, names), and an English page shows no Vietnamese UI
 * string of the dictionary and no Vietnamese-only note from the data. Quotes and names as
 * published stay Vietnamese on both (they are the record). Run after `npm run build`.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/data/db.ts';
import { keys, raw } from '../../src/i18n/dict.ts';
import { startSession, type Session } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Letters only Vietnamese writing uses: a text with none is not Vietnamese. */
const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

let session: Session;
let db: Db;
beforeAll(async () => {
  session = await startSession();
  db = await openDb(resolve(ROOT, 'dist/data/egov.duckdb'), { readOnly: true });
});
afterAll(async () => {
  db?.close();
  await session?.close();
});

/**
 * The page's own-language text: what is marked as another language (`lang="vi"` quotes and
 * names as published on an English page) is left out, as a reader's screen reader would switch.
 */
async function textOf(path: string): Promise<string> {
  const page = await session.newPage();
  const response = await page.goto(new URL(path, session.server.url).href);
  expect(response?.status(), path).toBe(200);
  const text = await page.locator('main').evaluate((main) => {
    const own = document.documentElement.lang;
    const copy = main.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[lang]')) if (el.getAttribute('lang') !== own) el.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  });
  await page.close();
  return text;
}

/** The sentences of `en` that are not in `vi` (file names and codes are in both). */
const onlyIn = (en: string, vi: string): string[] => sentences([en]).filter((s) => !vi.includes(s));

/** Sentences of a data field, long enough that a match is not a coincidence. */
const sentences = (texts: readonly string[]): string[] =>
  [...new Set(texts.flatMap((t) => t.split(/(?<=[.;])\s+/)).map((s) => s.trim()).filter((s) => s.length >= 24))];

const INDICATORS = ['docs_to_vpcp_signed_share', 'dti_score', 'dvc766_total', 'papi_egov_portal_access', 'local_it_ranking_online_services_points', 'online_dossiers_full_process_share'];

describe('each page in its own language', () => {
  it('the pairs checked are real: the data has English and Vietnamese notes that differ', async () => {
    const rows = await db.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM indicators WHERE note_en <> '' AND note_en <> note_vi`);
    expect(rows[0]!.n).toBeGreaterThan(10);
  });

  it('Vietnamese pages show no English-only text from the data', async () => {
    const ind = await db.all<{ definition_vi: string; definition_en: string; note_vi: string; note_en: string; legal_basis: string; legal_basis_en: string }>(
      `SELECT definition_vi, definition_en, note_vi, note_en, legal_basis, legal_basis_en FROM indicators WHERE id IN (${INDICATORS.map((_, i) => `$${i + 1}`).join(', ')})`,
      INDICATORS,
    );
    expect(ind.length).toBe(INDICATORS.length);
    const src = await db.all<{ note_vi: string; note_en: string }>(`SELECT note_vi, note_en FROM sources`);
    const english = [
      ...ind.flatMap((i) => [...onlyIn(i.definition_en, i.definition_vi), ...onlyIn(i.note_en, i.note_vi), ...onlyIn(i.legal_basis_en, i.legal_basis)]),
      ...src.flatMap((s) => onlyIn(s.note_en, s.note_vi)),
    ].filter((s) => !VI_LETTERS.test(s));
    expect(english.length).toBeGreaterThan(20);
    for (const path of [...INDICATORS.map((id) => `/chi-so/${id}/`), '/nguon/']) {
      const text = await textOf(path);
      for (const s of english) expect(text.includes(s), `${path} shows English "${s}"`).toBe(false);
    }
  });

  it('English pages show no Vietnamese UI string and no Vietnamese-only note', async () => {
    const en = new Set(keys('en').map((k) => raw('en', k)));
    const uiVi = keys('vi').map((k) => raw('vi', k)).filter((v) => v.length >= 10 && VI_LETTERS.test(v) && !en.has(v) && !/\{/.test(v));
    expect(uiVi.length).toBeGreaterThan(50);
    const ind = await db.all<{ note_vi: string; note_en: string }>(`SELECT note_vi, note_en FROM indicators WHERE id IN (${INDICATORS.map((_, i) => `$${i + 1}`).join(', ')})`, INDICATORS);
    const src = await db.all<{ note_vi: string; note_en: string }>(`SELECT note_vi, note_en FROM sources`);
    const dataVi = [...ind, ...src].flatMap((r) => onlyIn(r.note_vi, r.note_en)).filter((s) => VI_LETTERS.test(s));
    expect(dataVi.length).toBeGreaterThan(20);
    // a source's title and publisher are shown as published (a citation names them so): not UI text
    const published = (await db.all<{ title: string; publisher: string }>(`SELECT title, publisher FROM sources`)).flatMap((r) => [r.title, r.publisher]).filter((x) => x.length > 0).sort((a, b) => b.length - a.length);
    for (const path of ['/en/', ...INDICATORS.map((id) => `/en/indicators/${id}/`), '/en/sources/', '/en/provinces/vn63/52/']) {
      const text = published.reduce((t, p) => t.replaceAll(p, ' '), await textOf(path));
      for (const s of uiVi) expect(text.includes(s), `${path} shows the Vietnamese UI string "${s}"`).toBe(false);
      for (const s of dataVi) expect(text.includes(s), `${path} shows the Vietnamese note "${s}"`).toBe(false);
    }
  });
});
