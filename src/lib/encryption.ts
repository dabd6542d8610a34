// Encryption derived from its dated history (`Encryption` → `EncryptionState`): the state now, at
// any date, and since when each kind has held. Pure functions; the history is never rewritten.
import type { Encryption, EncryptionStep } from '../schemas/encryption.ts';
import { endOf, type PartialDate } from './partial-date.ts';
import { sourceIds } from './sources.ts';
import { ENCRYPTION_KINDS, type EncryptionKind, type EncryptionLevel } from './vocabulary.ts';

/** What held at one moment: a level per kind (a kind no step has named is left out) and the protocol. */
export type EncryptionState = Partial<Record<EncryptionKind, EncryptionLevel>> & { protocol?: string };

/** Since when a kind has had its current level, and what supports that. */
export interface KindSince {
  level: EncryptionLevel;
  /** Date of the step that last changed this kind. */
  since: PartialDate;
  /** The ids of the step's sources, in the order the step names them. */
  sources: string[];
  /**
   * True when an earlier step recorded another level, so `since` is the date of a change; false
   * when this is the first the history says about the kind: it held on that date, perhaps earlier.
   */
  changed: boolean;
}

/** Applies steps in order: each sets the kinds it names and, if given, the protocol. */
export function foldSteps(steps: readonly EncryptionStep[]): EncryptionState {
  const state: EncryptionState = {};
  for (const step of steps) {
    for (const kind of ENCRYPTION_KINDS) {
      const level = step[kind];
      if (level !== undefined) state[kind] = level;
    }
    if (step.protocol !== undefined) state.protocol = step.protocol;
  }
  return state;
}

/** The state now: the fold of the whole history; the entry's `protocol` names the current protocol. */
export function currentEncryption(encryption: Encryption | undefined): EncryptionState | undefined {
  if (!encryption) return undefined;
  const state = foldSteps(encryption.history);
  if (encryption.protocol !== undefined) state.protocol = encryption.protocol;
  return state;
}

/**
 * The state on `date` (a partial date: `2016` means by the end of 2016): the fold of the steps
 * known by then. A step counts from the last day its own date can mean (a step dated `2016`
 * from 31 December 2016), the rule of every view at a date (`at-date.ts`). Undefined before the
 * first step, when the history says nothing yet.
 */
export function encryptionAt(entry: { encryption?: Encryption | undefined }, date: PartialDate): EncryptionState | undefined {
  const history = entry.encryption?.history ?? [];
  const begun = history.filter((step) => endOf(step.from) <= endOf(date));
  return begun.length ? foldSteps(begun) : undefined;
}

/** For each kind the history names: its current level and the step that last changed it. */
export function sinceByKind(encryption: Encryption | undefined): Partial<Record<EncryptionKind, KindSince>> {
  const result: Partial<Record<EncryptionKind, KindSince>> = {};
  for (const step of encryption?.history ?? []) {
    for (const kind of ENCRYPTION_KINDS) {
      const level = step[kind];
      if (level === undefined) continue;
      const before = result[kind];
      if (before?.level === level) continue; // restated, not changed: the earlier date stands
      result[kind] = { level, since: step.from, sources: sourceIds(step.source), changed: before !== undefined };
    }
  }
  return result;
}
