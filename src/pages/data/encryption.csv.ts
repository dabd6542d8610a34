import type { APIRoute } from 'astro';
import { allMessengerData, csvResponse } from '../../data/export.ts';
import { encryptionTable } from '../../lib/dataset.ts';

export const GET: APIRoute = async () => csvResponse(encryptionTable(await allMessengerData()));
