import { readFileSync } from 'node:fs';
import { CrisisScreen } from '../safety/index.js';

const CORPUS_SIZE = 20_000;
const WARM_UP = 2_000;
const FIXTURES = ['crisis-dev.jsonl', 'crisis-extra.jsonl', 'crisis-holdout.jsonl'];
const LONG_MESSAGES = [
  'Hi! quick update from me: went to group on tuesday and it was good, my sponsor says hi, work has been busy but ok, the kids had a school play and my daughter was a tree lol, I cooked pasta twice this week and went for a walk by the river with my sister, slept maybe 6 hours most nights, cravings are around a 3, mood is a 6, thanks for checking in as always',
  'ok so long story but my car broke down again on the way to my probation meeting and i had to call my cousin to get me, then the bus was late and it was raining and i forgot my umbrella, my boss was annoyed but he let it go, anyway i made it to my meeting tonight and we talked about gratitude lists which honestly helped, going to bed early',
  'hola, te cuento que esta semana fue larga, fui a trabajar todos los días, mi hermano vino el sábado y comimos tacos, fui a mi reunión el martes y el jueves, dormí más o menos bien y las ganas de tomar están bajas, gracias por preguntar',
  "salut, la semaine a été chargée, je suis allé au travail tous les jours, j'ai vu ma sœur dimanche, on a fait un gâteau, je suis allé à ma réunion mardi et jeudi, je dors un peu mieux et les envies sont faibles",
];

/** Median and p99 time to screen one message, over a mixed corpus of fixture and long ordinary messages. */
export function benchCrisisScreen(): { metric: string; value: number; unit: string; [k: string]: unknown }[] {
  const screen = CrisisScreen.load();
  const corpus = buildCorpus();
  for (let i = 0; i < WARM_UP; i += 1) screen.screen(corpus[i % corpus.length] ?? '');
  const timesNs: number[] = [];
  for (const message of corpus) {
    const start = process.hrtime.bigint();
    screen.screen(message);
    timesNs.push(Number(process.hrtime.bigint() - start));
  }
  timesNs.sort((a, b) => a - b);
  const us = (ns: number): number => Math.round(ns / 10) / 100;
  const at = (q: number): number => timesNs[Math.min(timesNs.length - 1, Math.floor(q * timesNs.length))] ?? 0;
  return [
    { metric: 'crisis_screen_median_us', value: us(at(0.5)), unit: 'us', messages: corpus.length },
    { metric: 'crisis_screen_p99_us', value: us(at(0.99)), unit: 'us', messages: corpus.length },
  ];
}

function buildCorpus(): string[] {
  const base: string[] = [...LONG_MESSAGES];
  for (const name of FIXTURES) {
    const content = readFileSync(new URL(`../../tests/fixtures/crisis/train/${name}`, import.meta.url), 'utf8');
    for (const line of content.split('\n')) {
      if (line.trim() === '') continue;
      const parsed: unknown = JSON.parse(line);
      if (parsed !== null && typeof parsed === 'object' && typeof (parsed as { text?: unknown }).text === 'string') {
        base.push((parsed as { text: string }).text);
      }
    }
  }
  return Array.from({ length: CORPUS_SIZE }, (_, i) => base[i % base.length] ?? '');
}
