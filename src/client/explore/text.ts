/** The explore page's own words, Vietnamese first. */
import type { Lang } from '../../lib/format/number.ts';

const vi = {
  title: 'Truy vấn dữ liệu',
  intro: 'Đặt câu hỏi bằng SQL cho toàn bộ cơ sở dữ liệu, ngay trong trình duyệt. Bộ máy truy vấn (DuckDB) chỉ tải khi cần và chỉ đọc được cơ sở dữ liệu của trang này.',
  run: 'Chạy',
  runHint: 'Ctrl/⌘ + Enter',
  cancel: 'Dừng',
  running: 'Đang chạy…',
  loadEngine: 'Đang tải bộ máy truy vấn',
  starting: 'Đang khởi động bộ máy truy vấn…',
  ready: 'Sẵn sàng',
  rows: 'dòng',
  shown: 'Đang hiện',
  showMore: 'Xem thêm',
  more: 'còn nữa',
  downloadCsv: 'Tải CSV',
  share: 'Sao chép liên kết',
  copied: 'Đã sao chép',
  schema: 'Bảng và cột',
  schemaHint: 'Bấm vào tên để chèn vào câu truy vấn.',
  insertTable: 'Chèn tên bảng',
  examples: 'Câu hỏi mẫu',
  table: 'Bảng',
  chart: 'Biểu đồ',
  noChart: 'Kết quả này không có cột số để vẽ biểu đồ.',
  noRows: 'Truy vấn không trả về dòng nào.',
  noResultSet: 'Câu lệnh đã chạy xong. Nó không trả về bảng kết quả nào (như ATTACH, INSTALL, SET).',
  error: 'Lỗi',
  atLine: 'dòng',
  atColumn: 'cột',
  cancelled: 'Đã dừng truy vấn.',
  took: 'mất',
  precomputed: 'kết quả tính sẵn lúc dựng trang',
  editorLabel: 'Câu truy vấn SQL',
  editorKeys: 'Trong ô soạn thảo, phím Tab thụt lề. Để rời ô bằng bàn phím: bấm Esc rồi Tab.',
  correlation: 'Tương quan giữa hai chỉ số',
  correlationIntro: 'Chọn hai chỉ số và kỳ số liệu trên cùng bản đồ hành chính: mỗi chấm là một tỉnh có cả hai số liệu.',
  xAxis: 'Trục ngang',
  yAxis: 'Trục dọc',
  vintage: 'Bản đồ',
  pairs: 'tỉnh có cả hai số liệu',
  notEnough: 'Cần ít nhất 3 tỉnh có cả hai số liệu để tính hệ số tương quan.',
  derivedNote: 'Chấm rỗng: số liệu suy ra từ các tỉnh cũ trước sáp nhập.',
  draw: 'Vẽ',
  noScript: 'Phần truy vấn cần JavaScript và WebAssembly. Các câu hỏi mẫu và lược đồ dưới đây vẫn đọc được.',
} as const;

const en: Record<keyof typeof vi, string> = {
  title: 'Query the data',
  intro: 'Ask the whole database questions in SQL, right in the browser. The query engine (DuckDB) loads only when needed and can read nothing but this site’s database.',
  run: 'Run',
  runHint: 'Ctrl/⌘ + Enter',
  cancel: 'Stop',
  running: 'Running…',
  loadEngine: 'Loading the query engine',
  starting: 'Starting the query engine…',
  ready: 'Ready',
  rows: 'rows',
  shown: 'Showing',
  showMore: 'Show more',
  more: 'more to come',
  downloadCsv: 'Download CSV',
  share: 'Copy link',
  copied: 'Copied',
  schema: 'Tables and columns',
  schemaHint: 'Click a name to insert it into the query.',
  insertTable: 'Insert table name',
  examples: 'Example questions',
  table: 'Table',
  chart: 'Chart',
  noChart: 'This result has no number column to chart.',
  noRows: 'The query returned no rows.',
  noResultSet: 'The statement ran. It returns no result table (as ATTACH, INSTALL or SET).',
  error: 'Error',
  atLine: 'line',
  atColumn: 'column',
  cancelled: 'Query stopped.',
  took: 'took',
  precomputed: 'precomputed when the site was built',
  editorLabel: 'SQL query',
  editorKeys: 'In the editor, Tab indents. To leave it with the keyboard, press Esc, then Tab.',
  correlation: 'Correlation between two indicators',
  correlationIntro: 'Pick two indicators and periods on the same administrative map: each dot is a province that has both figures.',
  xAxis: 'Horizontal axis',
  yAxis: 'Vertical axis',
  vintage: 'Map',
  pairs: 'provinces with both figures',
  notEnough: 'At least 3 provinces with both figures are needed to compute a correlation.',
  derivedNote: 'Hollow dot: figure derived from the former provinces before the merger.',
  draw: 'Draw',
  noScript: 'Querying needs JavaScript and WebAssembly. The example questions and the schema below can still be read.',
};

export type TextKey = keyof typeof vi;

/** The explore page's dictionary for one language. */
export function exploreText(lang: Lang): Record<TextKey, string> {
  return lang === 'en' ? en : vi;
}

/** "1,2 MB" / "1.2 MB": compressed bytes as the progress line shows them. */
export function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / 1_000_000;
  return `${mb.toLocaleString(lang === 'en' ? 'en-US' : 'vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}
