/**
 * PAPI, the Provincial Governance and Public Administration Performance Index: one table per
 * year, provinces as rows P01..P63 in the order of the 63 statistics-office codes, sub-dimension
 * scores as columns SC11..SC83. Only the E-Governance dimension (SC81–SC83, from 2018) is
 * imported: before 2018 the framework was different and the column labels do not mean the same.
 * https://papi.org.vn
 */
import type { IndicatorRow } from '../../../lib/types.ts';
import type { Profile } from './types.ts';

const indicator = (id: string, vi: string, en: string, code: string): IndicatorRow => ({
  id,
  name_vi: `PAPI – ${vi}`,
  name_en: `PAPI – ${en}`,
  definition_vi: `Điểm nội dung thành phần ${code} của chỉ số PAPI (trục nội dung Quản trị điện tử, từ năm 2018).`,
  definition_en: `PAPI sub-dimension ${code} score (E-Governance dimension, from 2018).`,
  unit: 'score',
  direction: 'higher_better',
  aggregation: 'none',
  scheme: '',
  legal_basis: '',
  legal_basis_url: '',
  note: 'Định nghĩa do công cụ nhập đề xuất từ hồ sơ PAPI; cần đối chiếu với tài liệu PAPI. Proposed by the importer profile; check against the PAPI codebook.',
});

export const papi: Profile = {
  name: 'papi',
  description: 'PAPI yearly sub-dimension table (Province P01..P63 × SC11..SC83); imports the E-Governance sub-dimensions SC81–SC83',
  detect: { headers: [/^province$/i, /^SC81$/i, /^SC82$/i, /^SC83$/i] },
  geo: { header: /^province$/i, by: 'papi_order' },
  values: {
    kind: 'columns',
    columns: [
      { header: /^SC81$/i, indicator: 'papi_egov_portal_access' },
      { header: /^SC82$/i, indicator: 'papi_internet_access' },
      { header: /^SC83$/i, indicator: 'papi_e_responsiveness' },
    ],
  },
  periodFromFile: /(?<year>20\d\d)/,
  vintage: 'VN63',
  from: '2018',
  units: 63,
  locale: 'en',
  indicators: [
    indicator('papi_egov_portal_access', 'Tiếp cận cổng thông tin điện tử của chính quyền (SC81)', 'Access to e-government portals (SC81)', 'SC81'),
    indicator('papi_internet_access', 'Tiếp cận Internet (SC82)', 'Access to the internet (SC82)', 'SC82'),
    indicator('papi_e_responsiveness', 'Phản hồi điện tử của chính quyền (SC83)', 'E-responsiveness (SC83)', 'SC83'),
  ],
};
