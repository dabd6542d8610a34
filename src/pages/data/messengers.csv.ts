import type { APIRoute } from 'astro';
import { allMessengerData, csvResponse } from '../../data/export.ts';
import { TODAY } from '../../data/messengers.ts';
import { messengersTable } from '../../lib/dataset.ts';

export const GET: APIRoute = async () => csvResponse(messengersTable(await allMessengerData(), TODAY));
