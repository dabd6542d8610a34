import type { APIRoute } from 'astro';
import { allMessengerData, csvResponse } from '../../data/export.ts';
import { userCountsTable } from '../../lib/dataset.ts';

export const GET: APIRoute = async () => csvResponse(userCountsTable(await allMessengerData()));
