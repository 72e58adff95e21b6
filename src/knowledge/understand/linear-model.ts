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

/** The version of `toBytes`' layout. */
const BYTES_FORMAT = 1;

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
    const rows = new TrainingRows();
    for (const e of examples) rows.add(e.features, e.label);
    return LinearModel.trainOn(rows, opts);
  }

  /** `train` over examples already in rows (added in the same order, the same model). */
  static trainOn(training: TrainingRows, opts: TrainOptions = {}): LinearModel {
    const epochs = opts.epochs ?? 12;
    const rate = opts.rate ?? 0.5;
    const l2 = opts.l2 ?? 1e-5;
    const labels = [...new Set(training.labels)].sort();
    const K = labels.length;
    const labelIndex = new Map(labels.map((l, i) => [l, i]));
    const featureIndex = training.featureIndex;
    const D = featureIndex.size;
    // Each weight beside its sum of squared gradients (AdaGrad's), so one feature's row of both is one run of memory.
    const WG = new Float64Array(D * K * 2);
    for (let j = 1; j < WG.length; j += 2) WG[j] = 1e-8;
    const B = new Float64Array(K);
    const GB = new Float64Array(K).fill(1e-8);
    const rows = training.rows.map((r, i) => ({ idx: r.idx, val: r.val, y: labelIndex.get(training.labels[i]!)! }));
    const z = new Float64Array(K);
    const K2 = 2 * K;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (const { idx, val, y } of rows) {
        for (let k = 0; k < K; k++) z[k] = B[k]!;
        for (let n = 0; n < idx.length; n++) {
          const base = idx[n]! * K2;
          const v = val[n]!;
          for (let k = 0; k < K; k++) z[k]! += WG[base + 2 * k]! * v;
        }
        softmaxInPlace(z);
        // z becomes the gradient of each label's score.
        z[y]! -= 1;
        for (let k = 0; k < K; k++) {
          const g = z[k]!;
          GB[k]! += g * g;
          B[k]! -= (rate * g) / Math.sqrt(GB[k]!);
        }
        // Feature by feature, so that each feature's row of weights is read in one run.
        for (let n = 0; n < idx.length; n++) {
          const base = idx[n]! * K2;
          const v = val[n]!;
          for (let k = 0; k < K; k++) {
            const j = base + 2 * k;
            const gw = z[k]! * v + l2 * WG[j]!;
            const g2 = WG[j + 1]! + gw * gw;
            WG[j + 1] = g2;
            WG[j]! -= (rate * gw) / Math.sqrt(g2);
          }
        }
      }
    }
    const W = new Float64Array(D * K);
    for (let j = 0; j < W.length; j++) W[j] = WG[2 * j]!;
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

  /**
   * The stored model as one block of bytes, for a cache file that loads with
   * little work and leaves little behind: a 4-byte length, a JSON header
   * (labels, bias, the features' byte length), the features as a JSON list, zero
   * to three bytes to align, then the weights as 32-bit floats in this
   * machine's byte order (little-endian on the machines Node runs on).
   */
  toBytes(): Buffer {
    const s = this.store();
    const features = Buffer.from(JSON.stringify(s.features), 'utf8');
    const header = Buffer.from(JSON.stringify({ format: BYTES_FORMAT, labels: s.labels, bias: s.bias, count: s.features.length, featureBytes: features.length }), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const head = 4 + header.length + features.length;
    return Buffer.concat([length, header, features, Buffer.alloc((4 - (head % 4)) % 4), Buffer.from(s.weights, 'base64')]);
  }

  /** A model from `toBytes`; throws if the bytes are not one. */
  static fromBytes(bytes: Buffer): LinearModel {
    if (bytes.length < 4) throw new Error('The stored model is cut short.');
    const headerEnd = 4 + bytes.readUInt32LE(0);
    if (headerEnd > bytes.length) throw new Error('The stored model is cut short.');
    const h = JSON.parse(bytes.toString('utf8', 4, headerEnd)) as { format?: unknown; labels: string[]; bias: number[]; count: number; featureBytes: number };
    if (h.format !== BYTES_FORMAT || !Array.isArray(h.labels) || !Array.isArray(h.bias) || h.bias.length !== h.labels.length) throw new Error('The stored model is not in this format.');
    const featuresEnd = headerEnd + h.featureBytes;
    const features = JSON.parse(bytes.toString('utf8', headerEnd, featuresEnd)) as unknown;
    const start = featuresEnd + ((4 - (featuresEnd % 4)) % 4);
    const n = h.count * h.labels.length;
    if (!Array.isArray(features) || features.length !== h.count || start + n * 4 !== bytes.length) throw new Error('The stored model does not fit its labels.');
    // A view of the bytes when they are aligned for 32-bit floats (a file read whole is), else a copy.
    const at = bytes.byteOffset + start;
    const weights = at % 4 === 0 ? new Float32Array(bytes.buffer, at, n) : new Float32Array(new Uint8Array(bytes.buffer, at, n * 4).slice().buffer);
    return new LinearModel(h.labels, new Map((features as string[]).map((f, i) => [f, i])), weights, Float64Array.from(h.bias));
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

/**
 * Examples as the trainer reads them, added one by one: each feature by its place in the order features were
 * first seen, beside its value. An example's map of features can be let go as soon as it is added.
 */
export class TrainingRows {
  readonly featureIndex = new Map<string, number>();
  readonly rows: Array<{ idx: Int32Array; val: Float64Array }> = [];
  readonly labels: string[] = [];

  add(features: ReadonlyMap<string, number>, label: string): void {
    const idx = new Int32Array(features.size);
    const val = new Float64Array(features.size);
    let n = 0;
    for (const [f, v] of features) {
      let i = this.featureIndex.get(f);
      if (i === undefined) this.featureIndex.set(f, (i = this.featureIndex.size));
      idx[n] = i;
      val[n++] = v;
    }
    this.rows.push({ idx, val });
    this.labels.push(label);
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
