/**
 * PAPI, the Provincial Governance and Public Administration Performance Index: one table per
 * year, provinces as rows P01..P63 in the order of the 63 statistics-office codes, sub-dimension
 * scores as columns SC11..SC83. Only the E-Governance dimension (SC81–SC83, from 2018) is
 * imported: before 2018 the framework was different and the column labels do not mean the same.
 * https://papi.org.vn
 */
import type { IndicatorRow } from '../../../lib/types.ts';
import type { Profile } from './types.ts';

const RANGES: Record<string, string> = {
  SC81: '0,33–0,77',
  SC82: '1,18–3,47',
  SC83: '0,33–2,31',
};
const indicator = (id: string, vi: string, en: string, code: string): IndicatorRow => ({
  id,
  name_vi: `PAPI – ${vi}`,
  name_en: `PAPI – ${en}`,
  definition_vi: `Điểm nội dung thành phần ${code} thuộc trục nội dung Quản trị điện tử (E-Governance, C08) của Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI). Trục nội dung này do khung PAPI năm 2018 đưa vào: không có số liệu trước năm 2018. Thang điểm: bảng mã đi kèm dữ liệu không ghi thang điểm, nên trang này không nêu; các giá trị ${code} trong các bảng 2018–2024 nằm trong khoảng ${RANGES[code]}, và khoảng này khác nhau giữa các năm, nên so sánh giữa các năm cần thận trọng.`,
  definition_en: `Score of sub-dimension ${code} of the E-Governance dimension (C08) of the Provincial Governance and Public Administration Performance Index (PAPI). PAPI's 2018 framework introduced this dimension: there are no figures before 2018. Scale: the codebook shipped with the data does not state it, so it is not stated here; the ${code} values in the 2018–2024 tables lie between ${RANGES[code]!.replaceAll(',', '.').replace('–', ' and ')}, and the spread differs between years, so compare years with care.`,
  unit: 'score',
  direction: 'higher_better',
  aggregation: 'none',
  scheme: '',
  legal_basis: '',
  legal_basis_en: '',
  legal_basis_url: '',
  note_vi: 'Tên tiếng Việt do dự án dịch từ bảng mã tiếng Anh (Variable_Name).',
  note_en: 'The Vietnamese name is the project\'s translation of the codebook\'s English Variable_Name.',
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
    indicator('papi_e_responsiveness', 'Phản hồi điện tử của chính quyền tỉnh (SC83)', 'E-responsiveness of provincial authorities (SC83)', 'SC83'),
  ],
};
