import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentEncryption, encryptionAt, foldSteps, sinceByKind } from '../../src/lib/encryption.ts';
import { sourceIds } from '../../src/lib/sources.ts';
import type { Encryption } from '../../src/schemas/encryption.ts';
import { encryptionSchema } from '../../src/schemas/encryption.ts';

// WhatsApp-like: nothing, then everything by default, then optional backups.
const encryption: Encryption = {
  protocol: 'Signal Protocol',
  history: [
    { from: '2009', oneToOne: 'none', groups: 'none', calls: 'n/a', source: 'launch' },
    { from: '2016-04-05', oneToOne: 'default', groups: 'default', calls: 'default', protocol: 'Signal Protocol', source: 'e2ee' },
    { from: '2021-10-14', backups: 'optional', source: 'backups' },
    { from: '2022', oneToOne: 'default', source: 'restated' },
  ],
};

describe('encryption history', () => {
  it('folds the steps: later steps override only the kinds they name', () => {
    assert.deepEqual(currentEncryption(encryption), {
      oneToOne: 'default',
      groups: 'default',
      calls: 'default',
      backups: 'optional',
      protocol: 'Signal Protocol',
    });
    assert.deepEqual(foldSteps(encryption.history.slice(0, 1)), { oneToOne: 'none', groups: 'none', calls: 'n/a' });
    assert.equal(currentEncryption(undefined), undefined);
  });
  it('gives the state at any date, partial dates read to their end', () => {
    assert.equal(encryptionAt({ encryption }, '2008'), undefined);
    assert.equal(encryptionAt({ encryption }, '2016-04-04')?.oneToOne, 'none');
    assert.equal(encryptionAt({ encryption }, '2016-04')?.oneToOne, 'default');
    assert.equal(encryptionAt({ encryption }, '2016')?.backups, undefined);
    assert.equal(encryptionAt({ encryption }, '2021-10-14')?.backups, 'optional');
    assert.equal(encryptionAt({}, '2020'), undefined);
  });
  it('dates each kind by the step that last changed it, not by a step that restates it', () => {
    const since = sinceByKind(encryption);
    assert.deepEqual(since.oneToOne, { level: 'default', since: '2016-04-05', sources: ['e2ee'], changed: true });
    assert.deepEqual(since.backups, { level: 'optional', since: '2021-10-14', sources: ['backups'], changed: false });
    assert.deepEqual(since.calls, { level: 'default', since: '2016-04-05', sources: ['e2ee'], changed: true });
    assert.deepEqual(sinceByKind(undefined), {});
  });
  it('lets a step name several sources, in order: one dates the change, another names the protocol', () => {
    const history = [{ from: '2016-03', oneToOne: 'default', protocol: 'Proteus', source: ['dated-report', 'protocol-report'] }] as const;
    const parsed = encryptionSchema.parse({ history });
    assert.deepEqual(sourceIds(parsed.history[0]!.source), ['dated-report', 'protocol-report']);
    assert.deepEqual(sourceIds('one'), ['one']);
    assert.deepEqual(sinceByKind(parsed).oneToOne?.sources, ['dated-report', 'protocol-report']);
    assert.equal(encryptionSchema.safeParse({ history: [{ ...history[0], source: [] }] }).success, false, 'an empty list');
    assert.equal(encryptionSchema.safeParse({ history: [{ ...history[0], source: ['a', 'a'] }] }).success, false, 'a source named twice');
  });
  it('has the schema refuse a step that says nothing and an empty history', () => {
    assert.equal(encryptionSchema.safeParse(encryption).success, true);
    assert.equal(encryptionSchema.safeParse({ history: [] }).success, false);
    assert.equal(encryptionSchema.safeParse({ history: [{ from: '2020', source: 's' }] }).success, false);
    assert.equal(encryptionSchema.safeParse({ history: [{ from: '2020', protocol: 'X', source: 's' }] }).success, true);
    assert.equal(encryptionSchema.safeParse({ oneToOne: 'default', source: 's' }).success, false, 'the v1 shape is refused');
  });
});
