/**
 * npm run data:check [-- --data DIR]
 * Validates data/ and prints every problem as `file:line:column: message`.
 * Exit status: 0 no problem, 1 problems, 2 bad options.
 */
import { checkData, formatProblem } from '../src/data/check/index.ts';
import { readArgs, reportStats } from './lib/cli.ts';

const HELP = `Kiểm tra dữ liệu trong data/ / Check the data in data/

Cách dùng / usage: npm run data:check [-- --data DIR]

  --data DIR   thư mục dữ liệu / data directory (mặc định / default: ./data)
  --stats      in bộ nhớ tối đa ra stderr / print peak memory to stderr (benchmark)
  --help       in hướng dẫn này / print this help

Mỗi lỗi in một dòng / one line per problem: file:line:column: message
Mã thoát / exit status: 0 không có lỗi / no problem, 1 có lỗi / problems, 2 tùy chọn sai / bad options.
`;

/**
 * Runs the check and prints its report.
 * @returns the exit status
 */
export async function main(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const args = readArgs(argv, { usage: HELP, options: { data: { type: 'string' }, help: { type: 'boolean', short: 'h' }, stats: { type: 'boolean' } } });
  if ('status' in args) {
    if (args.error === undefined) out(HELP);
    else [`data:check: ${args.error}`, '', HELP.trimEnd()].forEach((line) => err(line));
    return args.status;
  }
  const { values } = args;
  const dataDir = values.data ?? './data';
  if (values.stats === true) process.once('beforeExit', () => reportStats(true));
  const { problems, dataset, files } = await checkData(dataDir);
  for (const p of problems) out(formatProblem(p));
  const root = files[0]?.replace(/geo\/units\.csv$/, '') ?? `${dataDir}/`;
  const n = dataset.observations.count;
  const summary = `${root}: ${files.length} files, ${n} observations`;
  if (problems.length === 0) {
    out(`${summary}, 0 problems`);
    return 0;
  }
  const withProblems = new Set(problems.map((p) => p.file)).size;
  out(
    `${summary}, ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${withProblems} file${withProblems === 1 ? '' : 's'}`,
  );
  return 1;
}

if (import.meta.main) {
  const lines: string[] = [];
  const code = await main(process.argv.slice(2), (l) => lines.push(l), (l) => console.error(l));
  // One write: a million problem lines through console.log one by one is slow.
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = code;
}
