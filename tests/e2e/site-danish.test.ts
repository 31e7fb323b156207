import { siteInChromium } from '../support/site-in-chromium.ts';

// The Danish fixture, pinned while SF1606 is ongoing.
siteInChromium({ name: 'danish', dir: 'tests/fixtures/danish', now: '2024-02-22T12:00:00+01:00' });
