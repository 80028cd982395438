/**
 * A multinomial logistic regression over sparse binary features: small enough to ship as a table of
 * weights, deterministic to train and to apply.
 */
export interface SoftmaxModel<C extends string = string> {
  classes: readonly C[];
  /** Per feature, one weight per class (same order as `classes`). Unknown features weigh nothing. */
  weights: Readonly<Record<string, readonly number[]>>;
}

export interface Example<C extends string = string> {
  features: readonly string[];
  label: C;
}

export interface TrainingOptions {
  epochs: number;
  /** L2 penalty per update. */
  l2: number;
  /** Base step of AdaGrad. */
  rate: number;
  /** Weights whose largest magnitude is below this are dropped from the shipped table. */
  prune: number;
  /** Features seen in fewer examples than this are ignored: they teach nothing that carries over. */
  minCount: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 20, l2: 1e-3, rate: 0.3, prune: 0.01, minCount: 3 };

/** The weights as a Map, built once per model: a Map lookup is several times faster than a 7,000-key object's. */
const lookups = new WeakMap<SoftmaxModel, Map<string, readonly number[]>>();

function lookupOf(model: SoftmaxModel): Map<string, readonly number[]> {
  let lookup = lookups.get(model);
  if (!lookup) {
    lookup = new Map(Object.entries(model.weights));
    lookups.set(model, lookup);
  }
  return lookup;
}

/** Each class's score for one message: the sum of its weights over the message's features. */
function scoresOf(model: SoftmaxModel, features: readonly string[]): Float64Array {
  const n = model.classes.length;
  const scores = new Float64Array(n);
  const lookup = lookupOf(model);
  for (const feature of features) {
    const w = lookup.get(feature);
    if (w) for (let k = 0; k < n; k++) scores[k] = scores[k]! + w[k]!;
  }
  return scores;
}

/** Class probabilities for one message, in the order of `model.classes`. */
export function probabilities(model: SoftmaxModel, features: readonly string[], allowed?: ReadonlySet<string>): number[] {
  const scores = [...scoresOf(model, features)];
  const open = model.classes.map((c) => !allowed || allowed.has(c));
  const top = Math.max(...scores.filter((_, k) => open[k]));
  const exp = scores.map((s, k) => (open[k] ? Math.exp(s - top) : 0));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** The most probable class, among `allowed` when given. */
export function predict<C extends string>(model: SoftmaxModel<C>, features: readonly string[], allowed?: ReadonlySet<C>): C {
  // The most probable class is the one with the highest score: no need to normalise.
  const scores = scoresOf(model, features);
  let best = -1;
  for (let k = 0; k < scores.length; k++) {
    if (allowed && !allowed.has(model.classes[k]!)) continue;
    if (best < 0 || scores[k]! > scores[best]!) best = k;
  }
  return model.classes[Math.max(best, 0)]!;
}

/** Trains by AdaGrad over the examples in their given order, so the same data gives the same weights. */
export function trainSoftmax<C extends string>(
  classes: readonly C[],
  examples: readonly Example<C>[],
  options: TrainingOptions = DEFAULT_TRAINING,
): SoftmaxModel<C> {
  const weights = new Map<string, Float64Array>();
  const squares = new Map<string, Float64Array>();
  const n = classes.length;
  for (const { label } of examples) if (!classes.includes(label)) throw new Error(`unknown class '${label}'`);
  const seen = new Map<string, number>();
  for (const { features } of examples) for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const kept = examples.map(({ features, label }) => ({ features: features.filter((f) => seen.get(f)! >= options.minCount), label }));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const { features, label } of kept) {
      const scores = new Float64Array(n);
      for (const f of features) {
        const w = weights.get(f);
        if (w) for (let k = 0; k < n; k++) scores[k] = scores[k]! + w[k]!;
      }
      const top = Math.max(...scores);
      let sum = 0;
      for (let k = 0; k < n; k++) sum += scores[k] = Math.exp(scores[k]! - top);
      const target = classes.indexOf(label);
      for (const f of features) {
        let w = weights.get(f);
        let g = squares.get(f);
        if (!w || !g) {
          w = new Float64Array(n);
          g = new Float64Array(n).fill(1e-8);
          weights.set(f, w);
          squares.set(f, g);
        }
        for (let k = 0; k < n; k++) {
          const gradient = scores[k]! / sum - (k === target ? 1 : 0) + options.l2 * w[k]!;
          const squared = g[k]! + gradient * gradient;
          g[k] = squared;
          w[k] = w[k]! - (options.rate / Math.sqrt(squared)) * gradient;
        }
      }
    }
  }
  const table: Record<string, number[]> = {};
  for (const [feature, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Math.max(...w.map(Math.abs)) < options.prune) continue;
    table[feature] = [...w].map((x) => Math.round(x * 1e3) / 1e3);
  }
  return { classes, weights: table };
}
