import type { APIRoute } from 'astro';
import { allMessengerData, csvResponse, TODAY } from '../../data/export.ts';
import { messengersTable } from '../../lib/dataset.ts';

export const GET: APIRoute = async () => csvResponse(messengersTable(await allMessengerData(), TODAY));
