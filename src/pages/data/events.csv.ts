import type { APIRoute } from 'astro';
import { allMessengerData, csvResponse } from '../../data/export.ts';
import { eventsTable } from '../../lib/dataset.ts';

export const GET: APIRoute = async () => csvResponse(eventsTable(await allMessengerData()));
