/**
 * The Decision 766/QĐ-TTg index ("serving citizens and businesses") as exported from the National
 * Public Service Portal: one row per agency (TEN "UBND tỉnh …"), six component scores and their
 * sum TONG_SCORE, out of 100. After the 2025 merger: 34 provinces (VN34). Only provincial
 * people's committees are provinces; departments and communes are left out.
 */
import type { IndicatorRow } from '../../../lib/types.ts';
import type { Profile } from './types.ts';

const LEGAL = 'Quyết định 766/QĐ-TTg của Thủ tướng Chính phủ (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp)';
const indicator = (id: string, vi: string, en: string, code: string): IndicatorRow => ({
  id,
  name_vi: `Chỉ số 766 – ${vi}`,
  name_en: `Decision 766 index – ${en}`,
  definition_vi: `Điểm thành phần ${code} của Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg, như Cổng Dịch vụ công quốc gia công bố.`,
  definition_en: `Component ${code} of the Decision 766/QĐ-TTg index of service to citizens and businesses, as published by the National Public Service Portal.`,
  unit: 'points',
  direction: 'higher_better',
  aggregation: 'none',
  scheme: '',
  legal_basis: LEGAL,
  legal_basis_url: '',
  note: 'Định nghĩa do công cụ nhập đề xuất; điểm tối đa chưa đối chiếu với văn bản Quyết định. Proposed by the importer profile; maxima not checked against the Decision.',
});

export const dvc766: Profile = {
  name: 'dvc766',
  description: 'Decision 766 index export of the National Public Service Portal (XLSX; TEN, six component scores, TONG_SCORE; VN34)',
  detect: { headers: [/^TEN$/, /^TONG_SCORE$/, /^CKMB$/, /^MDSH$/] },
  // The monthly sheet first: its period is one month, which the merger rule accepts for VN34.
  sheets: [/tháng$/i, /766/, /năm/i],
  geo: { header: /^TEN$/, by: 'name' },
  values: {
    kind: 'columns',
    columns: [
      { header: /^CKMB$/, indicator: 'dvc766_publicity' },
      { header: /^TDGQ$/, indicator: 'dvc766_progress' },
      { header: /^CLGQ$/, indicator: 'dvc766_online_provision' },
      { header: /^TTTT$/, indicator: 'dvc766_online_payment' },
      { header: /^MDHL$/, indicator: 'dvc766_satisfaction' },
      { header: /^MDSH$/, indicator: 'dvc766_digitisation' },
      { header: /^TONG_SCORE$/, indicator: 'dvc766_total' },
    ],
  },
  periodFromFile: /(?:T|thang_?)(?<month>\d{1,2})_(?<year>20\d\d)/i,
  vintage: 'VN34',
  units: 34,
  locale: 'en',
  breakdownBySheet: [{ sheet: /năm/i, breakdown: 'year_to_date' }],
  skipRows: [{ pattern: /^(sở|ban|bộ|ubnd (xã|phường|huyện|quận|thị xã|thành phố .* - tỉnh))\b/i, why: 'not a provincial people\'s committee' }],
  indicators: [
    indicator('dvc766_publicity', 'Công khai, minh bạch (CKMB)', 'Publicity and transparency (CKMB)', 'CKMB'),
    indicator('dvc766_progress', 'Tiến độ giải quyết (TDGQ)', 'Processing progress (TDGQ)', 'TDGQ'),
    indicator('dvc766_online_provision', 'Cung cấp dịch vụ trực tuyến (CLGQ)', 'Online service provision (CLGQ)', 'CLGQ'),
    indicator('dvc766_online_payment', 'Thanh toán trực tuyến (TTTT)', 'Online payment (TTTT)', 'TTTT'),
    indicator('dvc766_satisfaction', 'Mức độ hài lòng (MDHL)', 'Satisfaction (MDHL)', 'MDHL'),
    indicator('dvc766_digitisation', 'Số hóa hồ sơ (MDSH)', 'Digitisation (MDSH)', 'MDSH'),
    indicator('dvc766_total', 'Tổng điểm (TONG_SCORE)', 'Total score (TONG_SCORE)', 'TONG_SCORE'),
  ],
};
