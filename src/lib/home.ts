// The overview page's model: the like-for-like rankings outside Russia, the Russian market, the
// encryption headline and the lifespans of the messengers ranked.
import type { Messenger } from '../schemas/messenger.ts';
import { lifespanBars } from './chart-series.ts';
import { encryptionHeadline, rankings, russiaMarket, topOfRankings } from './landscape.ts';

export function homeModel(messengers: readonly Messenger[], today: string) {
  // Russia has its own section: its figures are ranked there, not twice.
  const largest = rankings(messengers, today, { scope: (scope) => scope !== 'RU' });
  const russia = russiaMarket(messengers, today);
  const encryption = encryptionHeadline(messengers);
  // The lifespans chart draws the messengers ranked above; the timeline has all of them.
  const ranked = new Set(topOfRankings([...largest, ...russia.audience]));
  const allBars = lifespanBars(messengers, today);
  const bars = allBars.filter((bar) => ranked.has(bar.id));
  const encryptionGroups = [
    ['home.encryptionDefault', encryption.byLevel.default],
    ['home.encryptionOptional', encryption.byLevel.optional],
    ['home.encryptionNone', encryption.byLevel.none],
    ['home.encryptionUnknown', encryption.unknown],
  ] as const;
  return { count: messengers.length, largest, russia, encryption, encryptionGroups, bars, totalBars: allBars.length };
}
