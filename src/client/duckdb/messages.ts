/** Plain explanations of why the engine could not start, Vietnamese first. */

export type EngineFailure = 'no_webassembly' | 'memory' | 'worker' | 'network' | 'other';

export interface EngineError {
  kind: EngineFailure;
  vi: string;
  en: string;
  detail: string;
}

const TEXT: Record<EngineFailure, { vi: string; en: string }> = {
  no_webassembly: {
    vi: 'Trình duyệt này không hỗ trợ WebAssembly nên không chạy được truy vấn. Các bảng và biểu đồ có sẵn vẫn dùng được.',
    en: 'This browser does not support WebAssembly, so queries cannot run. The prepared tables and charts still work.',
  },
  memory: {
    vi: 'Không đủ bộ nhớ để khởi động bộ máy truy vấn. Hãy đóng bớt thẻ rồi tải lại trang.',
    en: 'Not enough memory to start the query engine. Close some tabs and reload the page.',
  },
  worker: {
    vi: 'Trình duyệt đã chặn tiến trình nền (Web Worker) của bộ máy truy vấn.',
    en: 'The browser blocked the query engine’s background worker.',
  },
  network: {
    vi: 'Không tải được bộ máy truy vấn hoặc cơ sở dữ liệu. Hãy kiểm tra kết nối rồi thử lại.',
    en: 'The query engine or the database could not be downloaded. Check the connection and try again.',
  },
  other: {
    vi: 'Không khởi động được bộ máy truy vấn.',
    en: 'The query engine could not start.',
  },
};

/** Classifies a start-up failure into a plain message; `detail` keeps the original text. */
export function describeEngineFailure(error: unknown): EngineError {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const text = detail.toLowerCase();
  let kind: EngineFailure = 'other';
  if (text.includes('webassembly is not') || text.includes('no webassembly')) kind = 'no_webassembly';
  else if (text.includes('memory') || text.includes('rangeerror')) kind = 'memory';
  else if (text.includes('worker')) kind = 'worker';
  else if (text.includes('fetch') || text.includes('download') || text.includes('network') || text.includes('http')) kind = 'network';
  return { kind, ...TEXT[kind], detail };
}
