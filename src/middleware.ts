/**
 * `astro dev` only: while the content has never been valid since the server started (a fresh clone
 * with a mistake), every page is the list of problems — with status 200 and no stack trace — instead
 * of an error, since there is nothing else to show. Once it is valid, pages show the problems in a
 * banner above the last valid content (src/components/layout/ContentProblems.astro).
 */
import { defineMiddleware } from 'astro:middleware';
import { contentProblems } from './data/problems';
import { translator } from './i18n';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const onRequest = defineMiddleware((_context, next) => {
  if (!import.meta.env.DEV) return next();
  const problems = contentProblems();
  if (problems.hasContent) return next();
  const t = translator(problems.locale);
  const title = t('dev.problems.title', { count: String(problems.lines.length) });
  const html = `<!doctype html>
<html lang="${problems.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body>
<main>
<section class="content-problems" aria-labelledby="content-problems-title" data-content-problems>
<h1 id="content-problems-title">${escape(title)}</h1>
<p>${escape(t('dev.problems.nothing'))}</p>
<ul>
${problems.lines.map((line) => `<li><code>${escape(line)}</code></li>`).join('\n')}
</ul>
</section>
</main>
<script type="module" src="/@vite/client"></script>
</body>
</html>
`;
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
});
