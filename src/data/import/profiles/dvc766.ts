/**
 * The Decision 766/QĐ-TTg index ("serving citizens and businesses") as exported from the National
 * Public Service Portal: one row per agency (TEN "UBND tỉnh …"), six component scores and their
 * sum TONG_SCORE, out of 100. After the 2025 merger: 34 provinces (VN34). Only provincial
 * people's committees are provinces; departments and communes are left out.
 */
import type { IndicatorRow } from '../../../lib/types.ts';
import type { Profile } from './types.ts';

const LEGAL = 'Quyết định 766/QĐ-TTg của Thủ tướng Chính phủ (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp)';
const LEGAL_EN = 'Decision 766/QĐ-TTg of the Prime Minister (the index set for direction, administration and assessment of the quality of service to citizens and businesses)';
const MAX: Record<string, number> = { CKMB: 18, TDGQ: 20, CLGQ: 12, TTTT: 10, MDHL: 18, MDSH: 22, TONG_SCORE: 100 };
const indicator = (id: string, vi: string, en: string, code: string): IndicatorRow => ({
  id,
  name_vi: `Chỉ số 766 – ${vi}`,
  name_en: `Decision 766 index – ${en}`,
  definition_vi: code === 'TONG_SCORE'
    ? `Tổng điểm (TONG_SCORE) của Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg (23/6/2022), trên thang 100: tổng của sáu điểm thành phần CKMB (tối đa 18), TDGQ (20), CLGQ (12), TTTT (10), MDHL (18), MDSH (22), như Cổng Dịch vụ công quốc gia hiển thị và kho xuất dữ liệu truongquangphuc/new-766 ghi. Điểm tối đa là theo kho xuất dữ liệu, chưa đối chiếu với văn bản Quyết định.`
    : `Điểm thành phần ${code} (tối đa ${MAX[code]} điểm) của Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg (23/6/2022), như Cổng Dịch vụ công quốc gia hiển thị. Mã và điểm tối đa là theo kho xuất dữ liệu truongquangphuc/new-766, chưa đối chiếu với văn bản Quyết định.`,
  definition_en: code === 'TONG_SCORE'
    ? `Total score (TONG_SCORE) of the Decision 766/QĐ-TTg (23/6/2022) index of direction, administration and quality of service to citizens and businesses, out of 100: the sum of the six components CKMB (max 18), TDGQ (20), CLGQ (12), TTTT (10), MDHL (18), MDSH (22), as shown by the National Public Service Portal and stated by the exporting repository truongquangphuc/new-766. The maxima are that repository's, unverified against the Decision's text.`
    : `Component ${code} (at most ${MAX[code]} points) of the Decision 766/QĐ-TTg (23/6/2022) index of direction, administration and quality of service to citizens and businesses, as shown by the National Public Service Portal. Code and maximum as the exporting repository truongquangphuc/new-766 states them, unverified against the Decision's text.`,
  unit: 'points',
  direction: 'higher_better',
  aggregation: 'none',
  scheme: '',
  legal_basis: LEGAL,
  legal_basis_en: LEGAL_EN,
  legal_basis_url: '',
  note_vi: '',
  note_en: '',
});

/** The national trend sheets: one score per month or quarter, no place column. */
const TREND: IndicatorRow = {
  ...indicator('dvc766_trend_score', 'Điểm xu hướng toàn quốc', 'National trend score', 'TONG_SCORE'),
  definition_vi: 'Điểm của các trang "Xu hướng tháng" và "Xu hướng quý" (cột score) trong bản xuất Chỉ số 766 của Cổng Dịch vụ công quốc gia (Quyết định 766/QĐ-TTg, 23/6/2022): một điểm toàn quốc cho mỗi tháng hoặc quý. Bản xuất không nói điểm này được tính thế nào từ điểm các tỉnh; tháng hoặc quý chưa kết thúc vào ngày xuất là số liệu tính đến ngày đó.',
  definition_en: 'The score of the "Xu hướng tháng" (monthly trend) and "Xu hướng quý" (quarterly trend) sheets (column score) of the National Public Service Portal\'s Decision 766/QĐ-TTg (23/6/2022) index export: one national score per month or quarter. The export does not say how it is computed from the provinces\' scores; a month or quarter not over on the export day is as of that day.',
};
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

/** The departments ("Sở Ban") and communes ("Xã Phường") sheets: sub-units named "… - tỉnh X". */
export const dvc766Subunits: Profile = {
  name: 'dvc766-subunits',
  description: 'Decision 766 index export, departments or communes of one province (TEN "Sở … - tỉnh X"): rows as sub-units of X',
  sheets: [/sở ban/i, /xã phường/i],
  geo: { header: /^TEN$/, by: 'subunit', province: /(?:^|\s)(?<province>(?:tỉnh|thành phố) [^-]+)$/ },
  values: dvc766.values,
  periodFromFile: dvc766.periodFromFile!,
  vintage: 'VN34',
  locale: 'en',
};

/** The monthly and quarterly national trend sheets (month|quarter, year, score). */
export const dvc766Trend: Profile = {
  name: 'dvc766-trend',
  description: 'Decision 766 index export, national trend sheet (month or quarter, year, score): geo VN',
  sheets: [/xu hướng/i],
  geo: { header: /^year$/, by: 'fixed', code: 'VN' },
  periodColumns: { year: /^year$/, month: /^month$/, quarter: /^quarter$/ },
  values: { kind: 'columns', columns: [{ header: /^score$/, indicator: 'dvc766_trend_score' }] },
  locale: 'en',
  indicators: [TREND],
};
