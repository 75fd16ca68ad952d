import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CRISIS_CATEGORIES, type CrisisCategory, type ScreenLang } from '../types.js';
import { modelFeatures, modelTokens } from './features.js';

/** The trained weights as stored in crisis-model.json (written by `npm run crisis:train`). */
export const modelFileSchema = z.object({
  version: z.literal(1),
  trainedOn: z.array(z.object({ file: z.string(), lines: z.number() })),
  threshold: z.number().min(0).max(1),
  bias: z.number(),
  categoryBias: z.array(z.number()).length(CRISIS_CATEGORIES.length),
  /** feature → [crisis weight, one weight per category in CRISIS_CATEGORIES order] */
  weights: z.record(z.string(), z.array(z.number()).length(CRISIS_CATEGORIES.length + 1)),
});
export type ModelFile = z.infer<typeof modelFileSchema>;

/** What the model says of a message. */
export interface ModelVerdict {
  readonly probability: number;
  readonly crisis: boolean;
  readonly category: CrisisCategory;
  readonly lang: ScreenLang;
  /** The words that weighed most towards a crisis: why it fired, never the message. */
  readonly words: readonly string[];
}

const ES_WORDS = new Set(['que', 'de', 'la', 'el', 'y', 'no', 'me', 'mi', 'por', 'con', 'para', 'ya', 'pero', 'estoy', 'es', 'todo', 'nada', 'quiero']);
const FR_WORDS = new Set(['je', 'de', 'la', 'le', 'et', 'pas', 'me', 'mon', 'ma', 'pour', 'avec', 'tout', 'est', 'suis', 'veux', 'pu', 'chu', 'rien', 'j']);

function guessLang(tokens: readonly string[]): ScreenLang {
  let es = 0;
  let fr = 0;
  for (const token of tokens) {
    if (ES_WORDS.has(token)) es += 1;
    if (FR_WORDS.has(token)) fr += 1;
  }
  if (es >= 2 && es > fr) return 'es';
  if (fr >= 2 && fr > es) return 'fr';
  return 'en';
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// A short message gives the model little to go on ("i took my meds", "he hit me up"): it must
// be surer before it speaks. Below this many words the bar is SHORT_MESSAGE_THRESHOLD.
const SHORT_MESSAGE_WORDS = 8;
const SHORT_MESSAGE_THRESHOLD = 0.95;

/**
 * A linear model over words, word pairs and letter pieces, trained on the labelled messages
 * in tests/fixtures: the safety net under the rules, for crises phrased in ways no rule says.
 */
export class CrisisModel {
  private readonly weights: ReadonlyMap<string, readonly number[]>;

  private constructor(private readonly file: ModelFile) {
    this.weights = new Map(Object.entries(file.weights));
  }

  static fromFile(file: unknown): CrisisModel {
    return new CrisisModel(modelFileSchema.parse(file));
  }

  static load(): CrisisModel {
    return CrisisModel.fromFile(JSON.parse(readFileSync(new URL('./crisis-model.json', import.meta.url), 'utf8')));
  }

  get threshold(): number {
    return this.file.threshold;
  }

  judge(text: string): ModelVerdict {
    const tokens = modelTokens(text.slice(0, 5000));
    const { bias, categoryBias, threshold } = this.file;
    let z = bias;
    const categoryScores = [...categoryBias];
    const contributions: [string, number][] = [];
    for (const feature of modelFeatures(tokens)) {
      const w = this.weights.get(feature);
      if (!w) continue;
      z += w[0]!;
      for (let c = 0; c < categoryScores.length; c += 1) categoryScores[c]! += w[c + 1]!;
      if (feature.startsWith('w:') && w[0]! > 0) contributions.push([feature.slice(2), w[0]!]);
    }
    const probability = sigmoid(z);
    const needed = tokens.length < SHORT_MESSAGE_WORDS ? Math.max(threshold, SHORT_MESSAGE_THRESHOLD) : threshold;
    const best = categoryScores.indexOf(Math.max(...categoryScores));
    return {
      probability,
      crisis: probability >= needed,
      category: CRISIS_CATEGORIES[best] ?? 'suicide',
      lang: guessLang(tokens),
      words: contributions
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([word]) => word),
    };
  }
}
