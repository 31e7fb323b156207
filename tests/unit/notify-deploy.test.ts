/** The deploy workflows run `npm run notify` after a successful deploy, keep its ledger between runs, and name the secrets the README does. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const readme = readFileSync('README.md', 'utf8');
const notifications = readme.slice(readme.indexOf('\n## Notifications\n'), readme.indexOf('\n## ', readme.indexOf('\n## Notifications\n') + 1));

describe('notifications in the deploy workflows', () => {
  it('GitHub: a job after the deploy job restores the ledger, notifies, and saves the ledger even after a failure', () => {
    const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8'));
    const job = workflow.jobs.notify;
    expect(job.needs).toBe('deploy');
    const steps: { uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] = job.steps;
    const restore = steps.findIndex((s) => s.uses?.startsWith('actions/cache/restore'));
    const run = steps.findIndex((s) => s.run === 'npm run notify');
    const save = steps.findIndex((s) => s.uses?.startsWith('actions/cache/save'));
    expect(restore).toBeGreaterThan(-1);
    expect(restore).toBeLessThan(run);
    expect(run).toBeLessThan(save);
    expect(steps[save]!.if).toBe('always()');
    expect(steps[restore]!.with!['path']).toBe('.driftstatus');
    expect(steps[0]!.with!['fetch-depth']).toBe(0);
    // Every secret the job passes is one the README tells people to set.
    for (const name of Object.keys(steps[run]!.env!)) expect(notifications).toContain(`\`${name}\``);
  });

  it('GitLab: a job after pages, one at a time, with the ledger cached also when it fails', () => {
    const pipeline = parse(readFileSync('.gitlab-ci.yml', 'utf8'));
    const job = pipeline.notify;
    expect(job.needs).toEqual(['pages']);
    expect(job.script).toContain('npm run notify');
    expect(job.resource_group).toBe('notify');
    expect(job.cache).toContainEqual({ key: 'notify-ledger', paths: ['.driftstatus/'], when: 'always' });
    expect(job.rules).toContainEqual({ if: '$CI_PIPELINE_SOURCE == "schedule"' });
  });
});
