import { icsResponse } from '../data/ics';
import { content } from '../data/site';

export const GET = () => icsResponse(content.site.title, '/', content.maintenance);
