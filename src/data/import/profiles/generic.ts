/**
 * Generic tables: wide (provinces × periods with --indicator, or provinces × indicators with
 * --period) and long (one row per figure: province, period, value, and optionally indicator,
 * vintage, breakdown, sub-unit, source).
 */
import type { Profile } from './types.ts';

const GEO = /^(tỉnh|tinh|tỉnh\/thành( phố)?|tỉnh, thành phố|địa phương|dia phuong|province|geo|địa bàn|tên tỉnh|ten)$/i;

export const wide: Profile = {
  name: 'wide',
  description: 'Generic wide table: provinces as rows, periods (with --indicator) or indicators (with --period) as columns',
  geo: { header: GEO, by: 'name' },
  values: { kind: 'periods' },
};

export const wideIndicators: Profile = {
  name: 'wide-indicators',
  description: 'Generic wide table: provinces as rows, indicators as columns (headers are indicator ids or mapped with --indicator "HEADER=id"; --period)',
  geo: { header: GEO, by: 'name' },
  values: { kind: 'indicators' },
};

export const long: Profile = {
  name: 'long',
  description: 'Generic long table: one row per figure (province, period, value; optionally indicator, vintage, breakdown, subunit, source)',
  detect: { headers: [GEO, /^(period|kỳ|ky|năm|nam|year|thời gian)$/i, /^(value|giá trị|gia tri|số liệu)$/i] },
  geo: { header: GEO, by: 'name' },
  values: {
    kind: 'long',
    value: /^(value|giá trị|gia tri|số liệu)$/i,
    period: /^(period|kỳ|ky|năm|nam|year|thời gian)$/i,
    indicator: /^(indicator|chỉ tiêu|chi tieu|chỉ số)$/i,
    vintage: /^vintage$/i,
    breakdown: /^breakdown$/i,
    subunit: /^(subunit|đơn vị)$/i,
    source: /^(source|nguồn)$/i,
  },
};
