/**
 * The intent model as its cache file keeps it (LinearModel.toBytes / fromBytes):
 * the same predictions after the round trip as the stored form gives, and
 * damaged bytes refused rather than read as a different model.
 */
import { describe, expect, it } from 'vitest';
import { LinearModel, type Example } from '../../src/knowledge/understand/linear-model.js';

const f = (...names: string[]) => new Map(names.map((n) => [n, 1]));
const examples: Example[] = [
  { features: f('w:become', 'w:nurse'), label: 'pathway' },
  { features: f('w:how', 'w:become', 'role'), label: 'pathway' },
  { features: f('w:course', 'w:learn'), label: 'resources' },
  { features: f('w:learn', 'w:reading'), label: 'resources' },
  { features: f('w:delete', 'w:data'), label: 'privacy' },
  { features: f('w:what', 'w:hold', 'w:data'), label: 'privacy' },
  { features: f('w:a "quoted"\nfeature', 'w:é'), label: 'privacy' },
];

describe('the intent model in bytes', () => {
  const model = LinearModel.train(examples, { epochs: 20 });

  it('predicts after the round trip exactly as the restored stored form does', () => {
    const back = LinearModel.fromBytes(model.toBytes());
    const stored = LinearModel.restore(model.store());
    expect(back.labels).toEqual(model.labels);
    expect(back.store()).toEqual(model.store());
    for (const e of [...examples, { features: f('w:become', 'w:data', 'w:unknown'), label: '' }]) {
      expect(back.predict(e.features)).toEqual(stored.predict(e.features));
    }
    expect(back.predict(f('w:a "quoted"\nfeature')).label).toBe('privacy');
  });

  it('reads bytes that do not start on a 4-byte boundary', () => {
    const bytes = model.toBytes();
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    expect(LinearModel.fromBytes(shifted.subarray(1)).store()).toEqual(model.store());
  });

  it('refuses bytes cut short, with extra bytes, or of another layout', () => {
    const bytes = model.toBytes();
    expect(() => LinearModel.fromBytes(bytes.subarray(0, bytes.length - 4))).toThrow();
    expect(() => LinearModel.fromBytes(Buffer.concat([bytes, Buffer.alloc(4)]))).toThrow();
    expect(() => LinearModel.fromBytes(bytes.subarray(0, 3))).toThrow();
    expect(() => LinearModel.fromBytes(Buffer.from('{"labels":["pathway"],"bias":[0]}'))).toThrow();
  });
});
