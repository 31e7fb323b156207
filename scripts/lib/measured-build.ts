/**
 * Runs one `astro build` in this process and prints its peak memory as JSON on the last line, so that
 * the benchmark measures the whole build (Astro renders in-process) without OS-specific tools.
 * Usage: node scripts/lib/measured-build.ts <outDir>   (content and now from the environment)
 */
import { build } from 'astro';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: measured-build.ts <outDir>');
await build({ root: process.cwd(), outDir, logLevel: 'error' });
process.stdout.write(`\n${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
