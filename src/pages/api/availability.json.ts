import { siteAvailability } from '../../data/sla';

export const GET = () =>
  new Response(`${JSON.stringify(siteAvailability, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
