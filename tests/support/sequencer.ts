/**
 * Orders the test files: the browser files first, then the rest, each group as Vitest would sort it.
 * The browser test of both example sites alone takes about as long as all build files together, so
 * with two site files at a time the run ends soonest when it starts at once — also on a clean clone,
 * where Vitest has no durations of an earlier run to sort by and goes by file size.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const inBrowser = (file: TestSpecification) => file.moduleId.split('\\').join('/').includes('/tests/e2e/');

export default class SiteSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(inBrowser), ...sorted.filter((file) => !inBrowser(file))];
  }
}
