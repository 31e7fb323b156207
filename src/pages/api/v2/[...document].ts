import type { APIRoute } from 'astro';
import { statuspageDocuments } from '../../../data/site';
import { STATUSPAGE_DOCUMENTS } from '../../../lib/statuspage';

export function getStaticPaths() {
  return STATUSPAGE_DOCUMENTS.map((document) => ({ params: { document } }));
}

export const GET: APIRoute = ({ params }) => {
  const document = params['document'] as (typeof STATUSPAGE_DOCUMENTS)[number];
  return new Response(`${JSON.stringify(statuspageDocuments[document], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
