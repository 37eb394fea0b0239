/**
 * The explore page's gallery: questions people ask of the data, each one SQL statement over the
 * baked database (docs/CONTRACTS.md). Indicator ids are those of data/indicators.csv.
 */

export interface Example {
  id: string;
  title_vi: string;
  title_en: string;
  sql: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'no-level4-dossiers-2019',
    title_vi: 'Tỉnh nào chưa có hồ sơ trực tuyến mức độ 4 trong năm 2019?',
    title_en: 'Which provinces had no level-4 online dossiers in 2019?',
    sql: `-- Hồ sơ trực tuyến mức độ 4 (Nghị định 43/2011) bằng 0, kỳ số liệu nằm trong năm 2019
SELECT u.code, u.name_vi, u.name_en, f.period, f.value, f.source
FROM figures AS f
JOIN units AS u ON u.vintage = f.vintage AND u.code = f.geo
WHERE f.indicator = 'online_dossiers_level4_count'
  AND f.vintage = 'VN63'
  AND f.period_start >= DATE '2019-01-01' AND f.period_end <= DATE '2019-12-31'
  AND f.value = 0
ORDER BY u.code, f.period`,
  },
  {
    id: 'signed-documents-ranking',
    title_vi: 'Xếp hạng tỷ lệ văn bản gửi Văn phòng Chính phủ có ký số (kỳ gần nhất)',
    title_en: 'Ranking of the share of digitally signed documents sent to the Government Office (latest period)',
    sql: `-- Số liệu công bố (không tính số suy ra); hạng 1 = tỷ lệ ký số cao nhất; bằng nhau thì chung hạng
WITH latest AS (
  SELECT vintage, max(period_end) AS period_end FROM figures
  WHERE indicator = 'docs_to_vpcp_signed_share' AND geo <> 'VN' AND NOT derived
  GROUP BY vintage ORDER BY period_end DESC, vintage LIMIT 1
)
SELECT r.rank, r.n, u.code, u.name_vi, u.name_en, f.value AS ty_le_ky_so, f.period
FROM figures AS f
JOIN latest AS l ON l.vintage = f.vintage AND l.period_end = f.period_end
JOIN ranks AS r ON r.indicator = f.indicator AND r.vintage = f.vintage AND r.period = f.period AND r.geo = f.geo
JOIN units AS u ON u.vintage = f.vintage AND u.code = f.geo
WHERE f.indicator = 'docs_to_vpcp_signed_share' AND f.geo <> 'VN' AND NOT f.derived
ORDER BY r.rank, u.code`,
  },
  {
    id: 'dti-2022-vs-egov-2017',
    title_vi: 'Hạng DTI 2022 so với hạng Chính phủ điện tử 2017',
    title_en: 'DTI 2022 rank against the 2017 e-government rank',
    sql: `-- Hai bảng xếp hạng công bố, cùng bản đồ 63 tỉnh; thay_doi > 0 là tăng hạng
SELECT u.code, u.name_vi, u.name_en,
       e.value AS hang_cpdt_2017, d.value AS hang_dti_2022,
       e.value - d.value AS thay_doi
FROM figures AS e
JOIN figures AS d ON d.vintage = e.vintage AND d.geo = e.geo
JOIN units AS u ON u.vintage = e.vintage AND u.code = e.geo
WHERE e.indicator = 'egov_index_rank' AND e.period = '2017' AND e.vintage = 'VN63'
  AND d.indicator = 'dti_rank' AND d.period = '2022'
ORDER BY d.value, u.code`,
  },
  {
    id: 'hcmc-members-before-merger',
    title_vi: 'TP. Hồ Chí Minh mới (VN34): các tỉnh thành viên đạt bao nhiêu điểm trước sáp nhập?',
    title_en: 'New Ho Chi Minh City (VN34): what did its member provinces score before the merger?',
    sql: `-- Từ 1/7/2025: Bình Dương + Bà Rịa–Vũng Tàu + TP. Hồ Chí Minh cũ (Nghị quyết 202/2025/QH15)
SELECT c.vn63_code AS ma_vn63, o.name_vi AS tinh_cu, o.name_en, f.indicator, f.period, f.value
FROM crosswalk AS c
JOIN units AS o ON o.vintage = 'VN63' AND o.code = c.vn63_code
JOIN figures AS f ON f.vintage = 'VN63' AND f.geo = c.vn63_code
WHERE c.vn34_code = '79' AND f.indicator IN ('dti_score', 'egov_index_score')
ORDER BY f.indicator, f.period, c.vn63_code`,
  },
  {
    id: 'figures-per-indicator',
    title_vi: 'Mỗi chỉ số có bao nhiêu số liệu, từ kỳ nào đến kỳ nào?',
    title_en: 'How many figures does each indicator have, and over which periods?',
    sql: `SELECT i.id, i.name_vi, i.name_en, count(o.value) AS so_lieu,
       min(o.period_start) AS tu_ngay, max(o.period_end) AS den_ngay
FROM indicators AS i LEFT JOIN observations AS o ON o.indicator = i.id
GROUP BY i.id, i.name_vi, i.name_en
ORDER BY so_lieu DESC, i.id`,
  },
];

/** The example with that id, or undefined. */
export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((example) => example.id === id);
}
