import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CRISIS_CATEGORIES, SCREEN_LANGS, type CrisisCategory, type ScreenLang, type ScreenLevel } from '../types.js';
import { combinedLevel } from '../levels.js';
import { featureScale, languageIndex, modelFeatures, modelTokens } from './features.js';

/** The trained weights as stored in crisis-model.json (written by `npm run crisis:train`). */
export const modelFileSchema = z.object({
  version: z.literal(2),
  trainedOn: z.array(z.object({ file: z.string(), lines: z.number() })),
  /** The bars of src/safety/levels.ts, set by cross-validation. */
  thresholds: z
    .object({ check: z.number().min(0).max(1), crisis: z.number().min(0).max(1) })
    .refine((t) => t.check <= t.crisis, 'check must not exceed crisis'),
  bias: z.number(),
  categoryBias: z.array(z.number()).length(CRISIS_CATEGORIES.length),
  /** feature → [crisis weight, one weight per category in CRISIS_CATEGORIES order] */
  weights: z.record(z.string(), z.array(z.number()).length(CRISIS_CATEGORIES.length + 1)),
});
export type ModelFile = z.infer<typeof modelFileSchema>;

/** What the model says of a message. */
export interface ModelVerdict {
  readonly probability: number;
  readonly level: ScreenLevel;
  readonly category: CrisisCategory;
  readonly lang: ScreenLang;
  /** The words that weighed most towards a crisis: why it fired, never the message. */
  readonly words: readonly string[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * A linear model over words, their stems in en, es and fr, stem pairs and letter pieces,
 * trained on the labelled corpus in tests/fixtures/crisis/train: the screen's reading of
 * crises phrased in ways no rule says, and its judge of how sure to be.
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

  get thresholds(): ModelFile['thresholds'] {
    return this.file.thresholds;
  }

  /** The probability that a message is a crisis, and the category it leans to. */
  score(text: string): { probability: number; category: CrisisCategory; lang: ScreenLang; words: string[] } {
    const tokens = modelTokens(text);
    const { bias, categoryBias } = this.file;
    const features = modelFeatures(tokens);
    const scale = featureScale(features.size);
    let sum = 0;
    const categorySums = categoryBias.map(() => 0);
    const contributions: [string, number][] = [];
    for (const feature of features) {
      const w = this.weights.get(feature);
      if (!w) continue;
      sum += w[0]!;
      for (let c = 0; c < categorySums.length; c += 1) categorySums[c]! += w[c + 1]!;
      if (feature.startsWith('w:') && w[0]! > 0) contributions.push([feature.slice(2), w[0]!]);
    }
    const z = bias + sum * scale;
    const categoryScores = categoryBias.map((b, c) => b + categorySums[c]! * scale);
    const best = categoryScores.indexOf(Math.max(...categoryScores));
    return {
      probability: sigmoid(z),
      category: CRISIS_CATEGORIES[best] ?? 'suicide',
      lang: SCREEN_LANGS[languageIndex(tokens.map((token) => token.word))],
      words: contributions
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([word]) => word),
    };
  }

  /** The model's verdict alone, as if no rule had fired. */
  judge(text: string): ModelVerdict {
    const scored = this.score(text);
    return { ...scored, level: combinedLevel(false, scored.probability, this.file.thresholds) };
  }
}
