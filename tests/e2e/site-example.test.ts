import { siteInChromium } from '../support/site-in-chromium.ts';

// The Swedish example, pinned inside its extra upgrade on 9 December 2026.
siteInChromium({ name: 'example', dir: 'content', now: '2026-12-09T06:00:00+01:00' });
