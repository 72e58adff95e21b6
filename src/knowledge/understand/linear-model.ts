/**
 * A small multinomial logistic regression over sparse string features: the
 * learned part of question understanding.
 *
 * Trained with AdaGrad over the examples in a fixed order, from weights of
 * zero, so the same examples always give the same model (no randomness).
 * Prediction is a sum of a few hundred weights per class.
 */

export interface Example {
  features: ReadonlyMap<string, number>;
  label: string;
}

export interface TrainOptions {
  epochs?: number;
  /** Step size before AdaGrad scaling. */
  rate?: number;
  /** L2 penalty per step. */
  l2?: number;
}

export interface Prediction {
  label: string;
  /** Probability of the label, 0 to 1. */
  p: number;
  /** Every label with its probability, most likely first. */
  ranked: Array<{ label: string; p: number }>;
}

/** A model as stored: its labels, bias, and one row of weights per feature (little-endian float32, base64). */
export interface StoredModel {
  labels: string[];
  bias: number[];
  features: string[];
  weights: string;
}

export class LinearModel {
  private constructor(
    readonly labels: readonly string[],
    /** Feature → its row in `weights`. */
    private readonly rows: ReadonlyMap<string, number>,
    /** One row of weights (one per label) per feature, all in one array: far less memory than an array per feature. */
    private readonly weights: Float64Array | Float32Array,
    private readonly bias: Float64Array,
  ) {}

  private weight(f: string, k: number): number | undefined {
    const i = this.rows.get(f);
    return i === undefined ? undefined : this.weights[i * this.labels.length + k];
  }

  /** The weights of a feature, one per label; undefined for a feature the model does not know. */
  private row(f: string): Float64Array | Float32Array | undefined {
    const i = this.rows.get(f);
    if (i === undefined) return undefined;
    const K = this.labels.length;
    return this.weights.subarray(i * K, i * K + K);
  }

  static train(examples: readonly Example[], opts: TrainOptions = {}): LinearModel {
    const epochs = opts.epochs ?? 12;
    const rate = opts.rate ?? 0.5;
    const l2 = opts.l2 ?? 1e-5;
    const labels = [...new Set(examples.map((e) => e.label))].sort();
    const K = labels.length;
    const labelIndex = new Map(labels.map((l, i) => [l, i]));
    const featureIndex = new Map<string, number>();
    for (const e of examples) for (const f of e.features.keys()) if (!featureIndex.has(f)) featureIndex.set(f, featureIndex.size);
    const D = featureIndex.size;
    const W = new Float64Array(D * K);
    const G = new Float64Array(D * K).fill(1e-8);
    const B = new Float64Array(K);
    const GB = new Float64Array(K).fill(1e-8);
    const rows = examples.map((e) => ({
      idx: Int32Array.from([...e.features.keys()].map((f) => featureIndex.get(f)!)),
      val: Float64Array.from([...e.features.values()]),
      y: labelIndex.get(e.label)!,
    }));
    const z = new Float64Array(K);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (const { idx, val, y } of rows) {
        for (let k = 0; k < K; k++) z[k] = B[k]!;
        for (let n = 0; n < idx.length; n++) {
          const base = idx[n]! * K;
          const v = val[n]!;
          for (let k = 0; k < K; k++) z[k]! += W[base + k]! * v;
        }
        softmaxInPlace(z);
        for (let k = 0; k < K; k++) {
          const g = z[k]! - (k === y ? 1 : 0);
          GB[k]! += g * g;
          B[k]! -= (rate * g) / Math.sqrt(GB[k]!);
          for (let n = 0; n < idx.length; n++) {
            const j = idx[n]! * K + k;
            const gw = g * val[n]! + l2 * W[j]!;
            G[j]! += gw * gw;
            W[j]! -= (rate * gw) / Math.sqrt(G[j]!);
          }
        }
      }
    }
    return new LinearModel(labels, featureIndex, W, B);
  }

  /** For a cache file. Features whose weights are all near zero are left out: they change nothing. */
  store(): StoredModel {
    const K = this.labels.length;
    const kept = [...this.rows.keys()].filter((f) => this.row(f)!.some((x) => Math.abs(x) >= 1e-4));
    const buf = new Float32Array(kept.length * K);
    kept.forEach((f, i) => buf.set(this.row(f)!, i * K));
    return { labels: [...this.labels], bias: [...this.bias], features: kept, weights: Buffer.from(buf.buffer).toString('base64') };
  }

  /** A stored model; its weights stay as stored (32-bit), so it gives the same predictions as widening each one would. */
  static restore(s: StoredModel): LinearModel {
    const K = s.labels.length;
    const bytes = Buffer.from(s.weights, 'base64');
    // Copied into an array of its own: a view would keep the whole base64 buffer's pool alive and may be misaligned.
    const buf = new Float32Array(bytes.byteLength / 4);
    new Uint8Array(buf.buffer).set(bytes);
    if (buf.length !== s.features.length * K || s.bias.length !== K) throw new Error('The stored model does not fit its labels.');
    return new LinearModel(s.labels, new Map(s.features.map((f, i) => [f, i])), buf, Float64Array.from(s.bias));
  }

  predict(features: ReadonlyMap<string, number>): Prediction {
    const K = this.labels.length;
    const z = Float64Array.from(this.bias);
    for (const [f, v] of features) {
      const i = this.rows.get(f);
      if (i === undefined) continue;
      const base = i * K;
      for (let k = 0; k < K; k++) z[k]! += this.weights[base + k]! * v;
    }
    softmaxInPlace(z);
    const ranked = this.labels.map((label, k) => ({ label, p: z[k]! })).sort((a, b) => b.p - a.p || (a.label < b.label ? -1 : 1));
    return { label: ranked[0]!.label, p: ranked[0]!.p, ranked };
  }

  /** The features that pushed most towards a label, for explanations. */
  strongest(features: ReadonlyMap<string, number>, label: string, n = 3): string[] {
    const k = this.labels.indexOf(label);
    if (k < 0) return [];
    return [...features]
      .map(([f, v]) => ({ f, s: (this.weight(f, k) ?? 0) * v }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || (a.f < b.f ? -1 : 1))
      .slice(0, n)
      .map((x) => x.f);
  }
}

function softmaxInPlace(z: Float64Array): void {
  let m = -Infinity;
  for (const v of z) if (v > m) m = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k]! - m);
    sum += z[k]!;
  }
  for (let k = 0; k < z.length; k++) z[k]! /= sum;
}
