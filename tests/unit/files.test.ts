import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/content/files.ts';

describe('classify', () => {
  it('recognises every kind of content file', () => {
    expect(classify('site.yaml')).toEqual({ type: 'content', kind: 'site', slug: 'site' });
    expect(classify('systems/ladok.yaml')).toEqual({ type: 'content', kind: 'system', slug: 'ladok' });
    expect(classify('incidents/2024/03/x.md')).toEqual({ type: 'content', kind: 'incident', slug: 'x' });
    expect(classify('maintenance/y.md')).toEqual({ type: 'content', kind: 'maintenance', slug: 'y' });
    expect(classify('schedules/train.yml')).toEqual({ type: 'content', kind: 'schedule', slug: 'train' });
    expect(classify('reports/2024-01.md')).toEqual({ type: 'content', kind: 'report', slug: '2024-01' });
  });

  it('skips drafts and hidden files, and reports everything else', () => {
    expect(classify('incidents/_draft.md')).toEqual({ type: 'draft' });
    expect(classify('incidents/.gitkeep')).toEqual({ type: 'ignored' });
    expect(classify('README.md')).toEqual({ type: 'ignored' });
    expect(classify('incident/x.md').type).toBe('problem');
    expect(classify('incidents/x.txt').type).toBe('problem');
    expect(classify('systems/nested/x.yaml').type).toBe('problem');
    expect(classify('notes.md').type).toBe('problem');
  });
});
