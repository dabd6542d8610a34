import { yearRange } from '../lib/at-date.ts';
import { yearModel, type YearModel } from '../lib/year.ts';
import { loadMessengers, TODAY } from './messengers.ts';

export interface Years {
  /** From the oldest launch in the atlas to the build year. */
  years: number[];
  models: ReadonlyMap<number, YearModel>;
}

let years: Promise<Years> | undefined;

/** Every year page's model, built once per build and shared by both languages and the pages that link them. */
export function loadYears(): Promise<Years> {
  years ??= loadMessengers().then((loaded) => {
    const messengers = loaded.map(({ entry }) => entry.data);
    const range = yearRange(messengers, TODAY);
    return { years: range, models: new Map(range.map((year) => [year, yearModel(messengers, year, TODAY, range)])) };
  });
  return years;
}
