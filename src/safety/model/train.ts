import { CRISIS_CATEGORIES, type CrisisCategory } from '../types.js';
import type { ModelFile } from './crisis-model.js';
import { modelFeatures, modelTokens } from './features.js';

/** One labelled message; `category` as the fixture files write it (either naming). */
export interface LabelledMessage {
  readonly text: string;
  readonly crisis: boolean;
  readonly category?: string;
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
  readonly iterations?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  /** The largest share of out-of-fold non-crisis messages the threshold may flag. */
  readonly maxFalseAlarmRate?: number;
  readonly folds?: number;
}

interface Encoded {
  readonly features: Int32Array;
  readonly crisis: number;
  readonly category: number; // -1 when unknown or not a crisis
}

function encode(messages: readonly LabelledMessage[], vocabulary: Map<string, number>): Encoded[] {
  return messages.map((message) => {
    const indices = [...modelFeatures(modelTokens(message.text))]
      .map((feature) => vocabulary.get(feature))
      .filter((index): index is number => index !== undefined);
    const category = message.crisis && message.category ? CRISIS_CATEGORIES.indexOf(CATEGORY_NAMES[message.category] ?? ('' as CrisisCategory)) : -1;
    return { features: Int32Array.from(indices), crisis: message.crisis ? 1 : 0, category };
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

/** Full-batch gradient descent: class-weighted logistic regression, and softmax over categories. */
function fit(data: readonly Encoded[], size: number, options: Required<TrainOptions>): Weights {
  const positives = data.filter((row) => row.crisis === 1).length;
  const negatives = data.length - positives;
  // Classes weigh the same in total, so the bias does not lean towards the larger one.
  const classWeight = [data.length / (2 * Math.max(1, negatives)), data.length / (2 * Math.max(1, positives))];
  const w: Weights = {
    crisis: new Float64Array(size),
    bias: 0,
    categories: CRISIS_CATEGORIES.map(() => new Float64Array(size)),
    categoryBias: new Float64Array(CRISIS_CATEGORIES.length),
  };
  const labelled = data.filter((row) => row.category >= 0);
  const gradient = new Float64Array(size);
  const categoryGradients = CRISIS_CATEGORIES.map(() => new Float64Array(size));
  const k = CRISIS_CATEGORIES.length;
  for (let iteration = 0; iteration < options.iterations; iteration += 1) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const row of data) {
      let z = w.bias;
      for (const index of row.features) z += w.crisis[index]!;
      const error = (1 / (1 + Math.exp(-z)) - row.crisis) * classWeight[row.crisis]!;
      biasGradient += error;
      for (const index of row.features) gradient[index]! += error;
    }
    for (let i = 0; i < size; i += 1) w.crisis[i]! -= options.learningRate * (gradient[i]! / data.length + options.l2 * w.crisis[i]!);
    w.bias -= (options.learningRate * biasGradient) / data.length;

    if (labelled.length === 0) continue;
    for (const g of categoryGradients) g.fill(0);
    const categoryBiasGradient = new Float64Array(k);
    const scores = new Float64Array(k);
    for (const row of labelled) {
      for (let c = 0; c < k; c += 1) {
        let s = w.categoryBias[c]!;
        const weights = w.categories[c]!;
        for (const index of row.features) s += weights[index]!;
        scores[c] = s;
      }
      const max = Math.max(...scores);
      let total = 0;
      for (let c = 0; c < k; c += 1) total += (scores[c] = Math.exp(scores[c]! - max));
      for (let c = 0; c < k; c += 1) {
        const error = scores[c]! / total - (c === row.category ? 1 : 0);
        categoryBiasGradient[c]! += error;
        const g = categoryGradients[c]!;
        for (const index of row.features) g[index]! += error;
      }
    }
    for (let c = 0; c < k; c += 1) {
      const weights = w.categories[c]!;
      const g = categoryGradients[c]!;
      for (let i = 0; i < size; i += 1) weights[i]! -= options.learningRate * (g[i]! / labelled.length + options.l2 * weights[i]!);
      w.categoryBias[c]! -= (options.learningRate * categoryBiasGradient[c]!) / labelled.length;
    }
  }
  return w;
}

function probability(w: Weights, row: Encoded): number {
  let z = w.bias;
  for (const index of row.features) z += w.crisis[index]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Picks the threshold on out-of-fold predictions: the lowest one whose false-alarm rate on
 * messages the fold's model never saw stays within the limit (recall first, within that).
 */
function crossValidatedThreshold(messages: readonly LabelledMessage[], options: Required<TrainOptions>): number {
  const scored: { p: number; crisis: boolean }[] = [];
  for (let fold = 0; fold < options.folds; fold += 1) {
    const train = messages.filter((_, i) => i % options.folds !== fold);
    const held = messages.filter((_, i) => i % options.folds === fold);
    const vocabulary = vocabularyOf(train, options.minCount);
    const w = fit(encode(train, vocabulary), vocabulary.size, options);
    for (const row of encode(held, vocabulary)) scored.push({ p: probability(w, row), crisis: row.crisis === 1 });
  }
  const negatives = scored.filter((row) => !row.crisis).map((row) => row.p).sort((a, b) => b - a);
  const allowed = Math.floor(negatives.length * options.maxFalseAlarmRate);
  return Math.min(0.99, Math.max(0.5, (negatives[allowed] ?? 0.5) + 1e-6));
}

/** Trains the model file from labelled messages (deterministic: same data, same weights). */
export function trainCrisisModel(
  messages: readonly LabelledMessage[],
  trainedOn: ModelFile['trainedOn'],
  options: TrainOptions = {},
): ModelFile {
  const settings: Required<TrainOptions> = {
    minCount: options.minCount ?? 2,
    iterations: options.iterations ?? 600,
    learningRate: options.learningRate ?? 1,
    l2: options.l2 ?? 1e-4,
    maxFalseAlarmRate: options.maxFalseAlarmRate ?? 0.05,
    folds: options.folds ?? 5,
  };
  const threshold = crossValidatedThreshold(messages, settings);
  const vocabulary = vocabularyOf(messages, settings.minCount);
  const w = fit(encode(messages, vocabulary), vocabulary.size, settings);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: ModelFile['weights'] = {};
  for (const [feature, index] of vocabulary) {
    const row = [w.crisis[index]!, ...w.categories.map((c) => c[index]!)].map(round);
    if (row.some((x) => Math.abs(x) >= 1e-3)) weights[feature] = row;
  }
  return {
    version: 1,
    trainedOn,
    threshold: round(threshold),
    bias: round(w.bias),
    categoryBias: [...w.categoryBias].map(round),
    weights,
  };
}
