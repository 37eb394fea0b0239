/** How the importer reports data problems: with file, line, column and what was expected. */
import type { Problem } from '../check/problem.ts';
import { formatProblem } from '../check/problem.ts';

export type { Problem } from '../check/problem.ts';

/** An import that cannot go on: every problem found, each with its place in the input. */
export class ImportFailure extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ImportFailure';
    this.problems = problems;
  }
}

/**
 * Builds the failure for one problem.
 * @returns an error to throw
 */
export function failAt(file: string, line: number, column: number, message: string): ImportFailure {
  return new ImportFailure([{ file, line, column, message }]);
}
