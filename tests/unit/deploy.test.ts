/** The deployment files are valid YAML, check the content before building, and rebuild on a schedule. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CSP } from '../support/browser.ts';

describe('deployment', () => {
  it('GitHub Pages: checks, builds, publishes dist/ and rebuilds every 15 minutes', () => {
    const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8'));
    const runs = workflow.jobs.build.steps.flatMap((step: { run?: string }) => (step.run ? [step.run] : []));
    expect(runs.indexOf('npm run check')).toBeGreaterThan(-1);
    expect(runs.indexOf('npm run check')).toBeLessThan(runs.indexOf('npm run build'));
    expect(workflow.on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
    expect(workflow.jobs.build.steps[0].with['fetch-depth']).toBe(0);
  });

  it('GitLab Pages: checks, builds and publishes public/', () => {
    const pipeline = parse(readFileSync('.gitlab-ci.yml', 'utf8'));
    const script: string[] = pipeline.pages.script;
    expect(script.indexOf('npm run check')).toBeLessThan(script.indexOf('npm run build'));
    expect(pipeline.pages.artifacts.paths).toEqual(['public']);
    expect(pipeline.pages.rules).toContainEqual({ if: '$CI_PIPELINE_SOURCE == "schedule"' });
  });

  it('nginx example: short caching for what each build changes, long for hashed assets, feed and calendar types', () => {
    const readme = readFileSync('README.md', 'utf8');
    const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(nginx).toContain('text/calendar ics;');
    expect(nginx).toContain('application/rss+xml xml;');
    expect(nginx).toMatch(/location \/ \{[\s\S]*max-age=60/);
    expect(nginx).toMatch(/location \/_astro\/ \{[\s\S]*immutable/);
    // The policy the browser tests enforce is the one the docs recommend.
    expect(nginx).toContain(`add_header Content-Security-Policy "${CSP}" always;`);
  });
});
