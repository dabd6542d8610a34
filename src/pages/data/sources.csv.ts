import type { APIRoute } from 'astro';
import { allMessengerData, csvResponse } from '../../data/export.ts';
import { sourcesTable } from '../../lib/dataset.ts';

export const GET: APIRoute = async () => csvResponse(sourcesTable(await allMessengerData()));
