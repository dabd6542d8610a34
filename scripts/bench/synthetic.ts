// Synthetic entries for benchmarks: valid, varied, clearly fake (ids start with "synthetic-").
const CATEGORIES = ['consumer', 'workplace', 'social', 'open-network'];
const ARCH = ['centralized', 'federated', 'peer-to-peer'];
const LEVELS = ['default', 'optional', 'none'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'zu', 'te', 'no', 'vi', 'sha', 'gram', 'chat', 'talk', 'pin', 'go', 'ly'];
const CYR = ['ка', 'ло', 'ми', 'ра', 'зу', 'те', 'но', 'ви', 'ша', 'грам', 'чат'];

/** A small deterministic generator so every run benchmarks the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function syntheticEntry(index: number): { id: string; entry: string; ru: string } {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
  const name = `${word()} ${word()}`.replace(/\b\w/g, (c) => c.toUpperCase());
  const id = `synthetic-${String(index).padStart(4, '0')}`;
  const year = 1995 + Math.floor(next() * 30);
  const users = Array.from(
    { length: 3 },
    (_, i) =>
      `  - date: "${year + i}"\n    value: ${1000 + Math.floor(next() * 1e9)}\n    metric: ${pick(['mau', 'registered', 'dau'])}\n    scope: world\n    measuredBy: ${next() > 0.5 ? 'company' : 'estimate'}\n    source: s1`,
  ).join('\n');
  const entry = `---
id: ${id}
name: ${name} ${index}
aliases: [${Array.from({ length: 2 }, () => pick(CYR)).join('')}${index}]
summary: A synthetic messenger generated for benchmarks; not real data.
category: ${pick(CATEGORIES)}
launched: "${year}"
architecture: ${pick(ARCH)}
phoneNumber: ${pick(['required', 'optional', 'no'])}
platforms: [android, ios]
encryption:
  history:
    - from: "${year}"
      oneToOne: ${pick(LEVELS)}
      source: s1
owners:
  - owner: ${word()} Ltd
    from: "${year}"
    source: s1
users:
${users}
events:
  - date: "${year}"
    kind: launch
    title:
      en: Launched
      ru: Запуск
    source: s1
sources:
  - id: s1
    title: Synthetic source ${index}
    publisher: Benchmark
    url: https://example.org/synthetic/${index}
    accessed: "2026-01-01"
    language: en
reviewed: "2026-01-01"
---

${'Synthetic prose for benchmarking only. '.repeat(30)}
`;
  const ru = `---\nsummary: Синтетическая запись для замеров, не настоящие данные.\n---\n\n${'Синтетический текст для замеров. '.repeat(30)}\n`;
  return { id, entry, ru };
}
