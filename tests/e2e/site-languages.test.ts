/**
 * A held-out site in Chromium (issue 17): its own logo, brand colour and style sheet, in languages
 * Driftstatus's code names nowhere (nb, fi, de), passes the same browser checks as the example:
 * axe, the strict CSP, no other host, no sideways scroll.
 */
import { siteInChromium } from '../support/site-in-chromium.ts';

// Every page kind with axe in Norwegian, the default language; Finnish and German pages are the same
// templates with other words (tests/build/any-language.test.ts reads them).
siteInChromium({ name: 'Norwegian, Finnish and German', dir: 'tests/fixtures/languages', now: '2026-03-12T12:00:00Z', checked: ['nb'] });
