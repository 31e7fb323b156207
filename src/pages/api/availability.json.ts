import { availability } from '../../data/sla';

export const GET = () =>
  new Response(`${JSON.stringify(availability, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
