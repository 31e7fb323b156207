/**
 * A deterministic, realistic content folder of any size, for benchmarks and tests: systems in groups
 * with several environments, incidents with 2–4 updates and Markdown bodies spread over ten years,
 * biweekly planned windows, monthly reports and a few English translations. Same options, same bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, addMonths, localDateTimeText, parseDateTime, toIso } from '../../src/lib/time.ts';

export interface CorpusOptions {
  incidents: number;
  windows: number;
  out: string;
  /** Seed of the pseudo-random choices. */
  seed?: number;
}

const ZONE = 'Europe/Stockholm';
const FIRST_DAY = '2016-01-04';
const LAST_DAY = '2026-10-28';
const MINUTE = 60_000;

/** mulberry32: a small, fast, seedable generator, so the corpus is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const GROUPS = ['Studieadministration', 'Gemensamma tjänster', 'Integrationer', 'Stöd och uppföljning'];
const SYSTEMS = [
  ['ladok', 'Ladok', 0, ['production', 'test', 'training']],
  ['ladok-api', 'Ladok-API', 0, ['production', 'test']],
  ['antagning', 'Antagning', 0, ['production', 'test']],
  ['examen', 'Examensmodul', 0, ['production']],
  ['inloggning', 'Inloggning', 1, ['production', 'test']],
  ['epost', 'E-post', 1, ['production']],
  ['kalender', 'Kalender', 1, ['production']],
  ['lms', 'Lärplattform', 2, ['production', 'test']],
  ['bibliotek', 'Bibliotek', 2, ['production']],
  ['betalning', 'Betalning', 2, ['production', 'test']],
  ['statistik', 'Statistik', 3, ['production']],
  ['arkiv', 'Arkiv', 3, ['production', 'test']],
] as const;

const PROBLEMS = ['Inloggningen fungerar inte', 'Långa svarstider', 'Fel vid sökning', 'Utskrifter misslyckas', 'Resultat sparas inte', 'Tjänsten svarar inte', 'Fel i exporten', 'Meddelanden skickas inte'];
const STEPS = [
  ['investigating', 'Vi har fått rapporter om problemet och felsöker.'],
  ['identified', 'Orsaken är **identifierad**: en tjänst i driftmiljön hade slutat svara. Vi åtgärdar felet.'],
  ['monitoring', 'En rättning är installerad. Vi bevakar att allt fungerar.'],
  ['resolved', 'Felet är åtgärdat och tjänsten fungerar igen.'],
] as const;
const BODY = (title: string, minutes: number) =>
  `## Vad hände\n\n${title} i ${minutes} minuter. Felet upptäcktes av övervakningen och bekräftades av användare.\n\n` +
  `## Åtgärder\n\n- Tjänsten startades om\n- Övervakningen kompletterades\n- Rutinen för \`driftstopp\` ses över\n`;

function quote(text: string): string {
  return JSON.stringify(text);
}

/** Writes the corpus to `out`, replacing what was there. Returns the number of files written. */
export function writeCorpus({ incidents, windows, out, seed = 1 }: CorpusOptions): number {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  rmSync(out, { recursive: true, force: true });
  let files = 0;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), text);
    files += 1;
  };
  const at = (date: string, minutes: number) => {
    const parsed = parseDateTime(`${date} 00:00`, ZONE);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value + minutes * MINUTE;
  };
  // Local wall-clock text, as editors write it; in the autumn hour that happens twice, an exact UTC time.
  const local = (instant: number) => {
    const text = localDateTimeText(instant, ZONE);
    const back = parseDateTime(text, ZONE);
    return back.ok && back.value === instant ? text : toIso(instant, 'minute');
  };
  const days = (Date.parse(`${LAST_DAY}T00:00Z`) - Date.parse(`${FIRST_DAY}T00:00Z`)) / 86_400_000;

  write('site.yaml', 'title: Driftstatus (benchmark)\nurl: https://status.example.se/\ntimezone: Europe/Stockholm\nlocale: sv\nlocales: [sv, en, da]\nsla: { excludePlanned: true, degradedWeight: 0, byCause: true }\n');
  for (const [id, name, group, environments] of SYSTEMS) {
    write(`systems/${id}.yaml`, `name: ${name}\ngroup: ${GROUPS[group]}\nsla: 99.5\nenvironments: [${environments.join(', ')}]\n`);
  }

  for (let i = 0; i < incidents; i += 1) {
    // Spread evenly over the decade, at a random time of day, so every month has its share.
    const date = addDays(FIRST_DAY, Math.floor(((i + next()) / incidents) * days));
    const start = at(date, Math.floor(next() * 1380));
    const minutes = 10 + Math.floor(next() * 470);
    const [system, , , environments] = pick(SYSTEMS);
    const title = `${pick(PROBLEMS)} i ${SYSTEMS.find((s) => s[0] === system)?.[1]}`;
    const count = 2 + Math.floor(next() * 3);
    const steps = [...STEPS.slice(0, count - 1), STEPS[3]];
    const updates = steps.map(([status, text], n) => {
      const when = n === steps.length - 1 ? start + (minutes + 5) * MINUTE : start + Math.floor(((n + 1) * minutes) / (steps.length + 1)) * MINUTE;
      return `  - at: ${local(when)}\n    status: ${status}\n    text: ${quote(text)}\n`;
    });
    const slug = `${date}-incident-${i + 1}`;
    const environment = environments.length > 1 && next() < 0.3 ? `environments: ${pick(environments)}\n` : '';
    write(
      `incidents/${date.slice(0, 4)}/${slug}.md`,
      `---\ntitle: ${quote(title)}\nsystems: ${system}\n${environment}impact: ${next() < 0.6 ? 'outage' : 'degraded'}\n` +
        `cause: ${next() < 0.5 ? 'application' : 'infrastructure'}\nstart: ${local(start)}\nend: ${local(start + minutes * MINUTE)}\n` +
        `updates:\n${updates.join('')}---\n${BODY(title, minutes)}`,
    );
    if (i % 50 === 0) {
      write(`incidents/${date.slice(0, 4)}/${slug}.en.md`, `---\ntitle: ${quote(`Service problem ${i + 1}`)}\n---\nA translated summary of the incident.\n`);
    }
  }

  // Biweekly planned windows: every second Wednesday, the systems in turn.
  const perCycle = Math.max(1, Math.ceil(windows / Math.floor(days / 14)));
  for (let i = 0; i < windows; i += 1) {
    const date = addDays('2016-01-06', 14 * Math.floor(i / perCycle));
    const [system, , , environments] = SYSTEMS[i % SYSTEMS.length] ?? SYSTEMS[0];
    const start = at(date, 330);
    write(
      `maintenance/${date.slice(0, 4)}/${date}-upgrade-${i + 1}.md`,
      `---\ntitle: Planerad uppgradering\nkind: upgrade\nsystems: ${system}\nenvironments: ${environments[0]}\n` +
        `start: ${local(start)}\nend: ${local(start + 210 * MINUTE)}\nannounced: ${addDays(date, -7)}\n---\nNy version med rättningar.\n`,
    );
  }

  for (let month = FIRST_DAY.slice(0, 7); month <= LAST_DAY.slice(0, 7); month = addMonths(month, 1)) {
    write(`reports/${month}.md`, `---\nchanges: ${10 + Math.floor(next() * 30)}\nserviceWindows: ${1 + Math.floor(next() * 3)}\n---\nDriften har varit stabil.\n`);
  }
  return files;
}
