/**
 * Hostile and random text for the fuzz tests of inputs strangers control: the search box and the
 * view state in URLs. Shared by the unit fuzzers (the pure parsers) and the browser fuzzer (the
 * pages), so both draw from the same payloads.
 */
import { Rng } from './prng.ts';

export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '.*+?^$()[]{}|\\',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '%E0%A4%A',
  '\u202eRU\u202c',
  'مرحبا',
  '🙂👩‍💻🇷🇺',
  'телеграм',
  'vatsap',
  '\u0000\u0007\u001b',
  '__proto__',
  'constructor',
  'toString',
];

const ALPHABETS = ['abcdefghijklmnopqrstuvwxyz', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', '0123456789', ' ,:;-_.', '<>"\'&/\\=%#?', '🙂✓—«»'];

export class FuzzInput extends Rng {
  /** Random text of at most `max` UTF-16 units: payloads, repeated payloads, long runs or letters of one script. */
  text(max: number): string {
    const kind = this.int(10);
    if (kind < 3) return this.pick(PAYLOADS);
    if (kind === 3)
      return this.pick(PAYLOADS)
        .repeat(1 + this.int(20))
        .slice(0, max);
    if (kind === 4) return 'x'.repeat(this.int(max));
    const alphabet = [...this.pick(ALPHABETS)];
    return Array.from({ length: 1 + this.int(Math.min(max, 40)) }, () => this.pick(alphabet)).join('');
  }

  /** A comma-separated list mixing values the page offers with random text. */
  list(offered: readonly string[]): string {
    const parts = Array.from({ length: 1 + this.int(6) }, () => (this.chance(0.6) && offered.length ? this.pick(offered) : this.text(30)));
    return parts.join(this.pick([',', ', ', ':', ',,']));
  }

  /**
   * A query string: mostly keys the page reads, each with a valid value, a list of valid and
   * invalid ones, or random text; sometimes a raw string with stray `&`, `=` and `%`.
   */
  query(values: Readonly<Record<string, readonly string[]>>): URLSearchParams {
    if (this.chance(0.1)) return new URLSearchParams(this.text(300));
    const keys = Object.keys(values);
    const params = new URLSearchParams();
    for (let i = 0, total = 1 + this.int(5); i < total; i++) {
      const key = this.chance(0.85) && keys.length ? this.pick(keys) : this.text(12);
      const offered = (Object.hasOwn(values, key) && values[key]) || [];
      const roll = this.next();
      const value = roll < 0.35 && offered.length ? this.pick(offered) : roll < 0.7 ? this.list(offered) : this.text(300);
      params.append(key, value);
    }
    return params;
  }
}
