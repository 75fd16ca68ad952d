import { CRISIS_CATEGORIES, type CrisisCategory } from '../types.js';
import type { ModelFile } from './crisis-model.js';
import { featureScale, modelFeatures, modelTokens } from './features.js';
import { seeded } from './seeded.js';

/** One labelled message; `category` as the fixture files write it (either naming). */
export interface LabelledMessage {
  readonly text: string;
  readonly crisis: boolean;
  readonly category?: string;
  /** The paraphrase family: grouped cross-validation keeps a family in train or in test, never both. */
  readonly family?: string;
}

const CATEGORY_NAMES: Record<string, CrisisCategory> = {
  suicidal_ideation: 'suicide',
  suicide: 'suicide',
  self_harm: 'self_harm',
  overdose_or_medical: 'overdose_medical',
  overdose_medical: 'overdose_medical',
  harm_to_others: 'harm_to_others',
  abuse_or_unsafe: 'abuse_unsafe',
  abuse_unsafe: 'abuse_unsafe',
  psychosis_acute: 'psychosis',
  psychosis: 'psychosis',
};

export interface TrainOptions {
  /** A feature must appear in at least this many messages to get a weight. */
  readonly minCount?: number;
  /** Passes over the data. */
  readonly iterations?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  readonly folds?: number;
}

interface Encoded {
  readonly features: Int32Array;
  /** 1/√(features in the message): a long message weighs as much as a short one, not ten times more. */
  readonly scale: number;
  readonly crisis: number;
  readonly category: number; // -1 when unknown or not a crisis
}

function encode(messages: readonly LabelledMessage[], vocabulary: Map<string, number>): Encoded[] {
  return messages.map((message) => {
    const all = [...modelFeatures(modelTokens(message.text))];
    const indices = all
      .map((feature) => vocabulary.get(feature))
      .filter((index): index is number => index !== undefined);
    const category = message.crisis && message.category ? CRISIS_CATEGORIES.indexOf(CATEGORY_NAMES[message.category] ?? ('' as CrisisCategory)) : -1;
    return { features: Int32Array.from(indices), scale: featureScale(all.length), crisis: message.crisis ? 1 : 0, category };
  });
}

function vocabularyOf(messages: readonly LabelledMessage[], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) {
    for (const feature of modelFeatures(modelTokens(message.text))) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  const vocabulary = new Map<string, number>();
  for (const [feature, count] of counts) if (count >= minCount) vocabulary.set(feature, vocabulary.size);
  return vocabulary;
}

interface Weights {
  crisis: Float64Array;
  bias: number;
  categories: Float64Array[]; // one per category
  categoryBias: Float64Array;
}

/**
 * Stochastic gradient descent with AdaGrad step sizes: class-weighted logistic regression for
 * crisis or not, and softmax over the categories. Per-feature steps matter here: most words
 * are rare, and plain gradient descent leaves a rare but telling word ("unalive") unlearned.
 */
function fit(data: readonly Encoded[], size: number, options: Required<TrainOptions>): Weights {
  const positives = data.filter((row) => row.crisis === 1).length;
  const negatives = data.length - positives;
  // Classes weigh the same in total, so the bias does not lean towards the larger one.
  const classWeight = [data.length / (2 * Math.max(1, negatives)), data.length / (2 * Math.max(1, positives))];
  const k = CRISIS_CATEGORIES.length;
  const w: Weights = {
    crisis: new Float64Array(size),
    bias: 0,
    categories: CRISIS_CATEGORIES.map(() => new Float64Array(size)),
    categoryBias: new Float64Array(k),
  };
  const squares = new Float64Array(size).fill(1e-8);
  const categorySquares = CRISIS_CATEGORIES.map(() => new Float64Array(size).fill(1e-8));
  let biasSquare = 1e-8;
  const categoryBiasSquare = new Float64Array(k).fill(1e-8);
  const order = data.map((_, i) => i);
  const random = seeded(20261207);
  const scores = new Float64Array(k);
  const rate = options.learningRate;
  for (let epoch = 0; epoch < options.iterations; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const at of order) {
      const row = data[at]!;
      let sum = 0;
      for (const index of row.features) sum += w.crisis[index]!;
      const z = w.bias + sum * row.scale;
      const error = (1 / (1 + Math.exp(-z)) - row.crisis) * classWeight[row.crisis]!;
      biasSquare += error * error;
      w.bias -= (rate * error) / Math.sqrt(biasSquare);
      for (const index of row.features) {
        const g = error * row.scale + options.l2 * w.crisis[index]!;
        squares[index]! += g * g;
        w.crisis[index]! -= (rate * g) / Math.sqrt(squares[index]!);
      }
      if (row.category < 0) continue;
      for (let c = 0; c < k; c += 1) {
        let s = 0;
        const weights = w.categories[c]!;
        for (const index of row.features) s += weights[index]!;
        scores[c] = w.categoryBias[c]! + s * row.scale;
      }
      let max = -Infinity;
      for (let c = 0; c < k; c += 1) max = Math.max(max, scores[c]!);
      let total = 0;
      for (let c = 0; c < k; c += 1) total += scores[c] = Math.exp(scores[c]! - max);
      for (let c = 0; c < k; c += 1) {
        const e = scores[c]! / total - (c === row.category ? 1 : 0);
        categoryBiasSquare[c]! += e * e;
        w.categoryBias[c]! -= (rate * e) / Math.sqrt(categoryBiasSquare[c]!);
        const weights = w.categories[c]!;
        const sq = categorySquares[c]!;
        for (const index of row.features) {
          const g = e * row.scale + options.l2 * weights[index]!;
          sq[index]! += g * g;
          weights[index]! -= (rate * g) / Math.sqrt(sq[index]!);
        }
      }
    }
  }
  return w;
}

function probability(w: Weights, row: Encoded): number {
  let sum = 0;
  for (const index of row.features) sum += w.crisis[index]!;
  return 1 / (1 + Math.exp(-(w.bias + sum * row.scale)));
}

/** The fold a message falls in: by its family, so paraphrases of one idea are never split. */
function foldOf(message: LabelledMessage, folds: number): number {
  const key = message.family ?? message.text;
  let h = 2166136261;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % folds;
}

/** One message's out-of-fold probability: what a model that never saw its family made of it. */
export interface OutOfFold {
  readonly message: LabelledMessage;
  readonly probability: number;
  readonly category: CrisisCategory;
}

/** Grouped k-fold cross-validation: each message scored by a model trained without its family. */
export function crossValidate(messages: readonly LabelledMessage[], options: TrainOptions = {}): OutOfFold[] {
  const settings = settingsOf(options);
  const results: OutOfFold[] = [];
  for (let fold = 0; fold < settings.folds; fold += 1) {
    const train = messages.filter((m) => foldOf(m, settings.folds) !== fold);
    const held = messages.filter((m) => foldOf(m, settings.folds) === fold);
    const vocabulary = vocabularyOf(train, settings.minCount);
    const w = fit(encode(train, vocabulary), vocabulary.size, settings);
    const encoded = encode(held, vocabulary);
    held.forEach((message, i) => {
      const row = encoded[i]!;
      results.push({ message, probability: probability(w, row), category: CRISIS_CATEGORIES[bestCategory(w, row)] ?? 'suicide' });
    });
  }
  return results;
}

function bestCategory(w: Weights, row: Encoded): number {
  let best = 0;
  let bestScore = -Infinity;
  w.categories.forEach((weights, c) => {
    let sum = 0;
    for (const index of row.features) sum += weights[index]!;
    const s = w.categoryBias[c]! + sum * row.scale;
    if (s > bestScore) [best, bestScore] = [c, s];
  });
  return best;
}

function settingsOf(options: TrainOptions): Required<TrainOptions> {
  return {
    minCount: options.minCount ?? 2,
    iterations: options.iterations ?? 8,
    learningRate: options.learningRate ?? 0.2,
    l2: options.l2 ?? 0.01,
    folds: options.folds ?? 5,
  };
}

/** Trains the model file from labelled messages (deterministic: same data, same weights). */
export function trainCrisisModel(
  messages: readonly LabelledMessage[],
  trainedOn: ModelFile['trainedOn'],
  thresholds: ModelFile['thresholds'],
  options: TrainOptions = {},
): ModelFile {
  const settings = settingsOf(options);
  const vocabulary = vocabularyOf(messages, settings.minCount);
  const w = fit(encode(messages, vocabulary), vocabulary.size, settings);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: ModelFile['weights'] = {};
  for (const [feature, index] of vocabulary) {
    const row = [w.crisis[index]!, ...w.categories.map((c) => c[index]!)].map(round);
    if (row.some((x) => Math.abs(x) >= 1e-3)) weights[feature] = row;
  }
  return {
    version: 2,
    trainedOn,
    thresholds: { check: round(thresholds.check), crisis: round(thresholds.crisis) },
    bias: round(w.bias),
    categoryBias: [...w.categoryBias].map(round),
    weights,
  };
}
