/** Scripted SMS conversations in each language, with the segment budget of every reply they draw. */
import type { Lang } from '../messages/language.js';

/** How many segments each reply to a line may take. */
export const BUDGET = {
  /** Prompts and confirmations. */
  prompt: 1,
  /** The consent message, the crisis first reply and the holding conversation after it, any other reply. */
  reply: 2,
  /** A page of a list the person asked for (resources, goals, the safety plan, history). */
  list: 3,
} as const;

/** One text the person sends, and the budget of each reply it draws (the last budget stands for any further reply). */
export interface ScriptLine {
  readonly text: string;
  readonly budget: number | readonly number[];
}

/** The budget of the `index`-th reply to `line`. */
export function replyBudget(line: ScriptLine, index: number): number {
  if (typeof line.budget === 'number') return line.budget;
  return line.budget[Math.min(index, line.budget.length - 1)] ?? BUDGET.reply;
}

/** A conversation of a new participant: `setup` lines (enrollment) first, unmeasured, then the measured `lines`. */
export interface ScriptedConversation {
  readonly name: string;
  readonly lang: Lang;
  readonly setup: readonly string[];
  readonly lines: readonly ScriptLine[];
}

const p = (text: string): ScriptLine => ({ text, budget: BUDGET.prompt });
const r = (text: string): ScriptLine => ({ text, budget: BUDGET.reply });
const l = (text: string): ScriptLine => ({ text, budget: BUDGET.list });
/** The last answer of the plan's walk: the plan (a list), then a confirmation. */
const planEnd = (text: string): ScriptLine => ({ text, budget: [BUDGET.list, BUDGET.prompt] });

/** What a participant types in one language to go through each part. */
interface Words {
  readonly enrollment: readonly ScriptLine[];
  readonly checkIn: readonly ScriptLine[];
  readonly goal: readonly ScriptLine[];
  readonly lookup: readonly ScriptLine[];
  readonly safetyPlan: readonly ScriptLine[];
  readonly crisis: readonly ScriptLine[];
}

const WORDS: Readonly<Record<Lang, Words>> = {
  en: {
    enrollment: [r('hi'), p('yes'), p('Sam'), p('10001')],
    checkIn: [p('check in'), p('4 tired today'), p('2'), p('7'), r('no'), l('history')],
    goal: [p('my goals'), p('walk 20 minutes'), p('every day at 8pm'), p('yes'), l('my goals')],
    lookup: [l('I need food near 10001'), l('more'), r('call 1')],
    safetyPlan: [
      r('my plan'),
      p("can't sleep, pulling away"),
      p('music, a walk'),
      p("my sister's, the library"),
      p('Ana 555-0142, Jo 555-0143'),
      p('yes'),
      p('Dr Lee 555-0144'),
      p('give my meds to Jo'),
      planEnd('my kids, my dog'),
      l('my plan'),
    ],
    crisis: [r('i want to kill myself'), r('im at home alone'), r('no i havent taken anything')],
  },
  es: {
    enrollment: [r('hola'), r('español'), p('sí'), p('Ana'), p('10001')],
    checkIn: [p('chequeo'), p('4 cansada'), p('2'), p('7'), r('no'), l('historial')],
    goal: [p('mis metas'), p('caminar 20 minutos'), p('todos los días a las 8pm'), p('sí'), l('mis metas')],
    lookup: [l('necesito comida cerca de 10001'), l('más'), r('llamar 1')],
    safetyPlan: [
      r('mi plan'),
      p('no duermo, me aíslo'),
      p('música, caminar'),
      p('casa de mi hermana, la biblioteca'),
      p('Ana 555-0142, Jo 555-0143'),
      p('sí'),
      p('Dra. López 555-0144'),
      p('darle mis medicinas a Jo'),
      planEnd('mis hijos, mi perro'),
      l('mi plan'),
    ],
    crisis: [r('quiero matarme'), r('estoy sola en casa'), r('no he tomado nada')],
  },
  fr: {
    enrollment: [r('bonjour'), r('français'), p('oui'), p('Luc'), p('10001')],
    checkIn: [p('bilan'), p('4 fatigué'), p('2'), p('7'), r('non'), l('historique')],
    goal: [p('objectifs'), p('marcher 20 minutes'), p('tous les jours à 20h'), p('oui'), l('objectifs')],
    lookup: [l("j'ai besoin de nourriture près de 10001"), l('plus'), r('appeler 1')],
    safetyPlan: [
      r('mon plan'),
      p('je dors mal, je m’isole'),
      p('musique, marcher'),
      p('chez ma sœur, la bibliothèque'),
      p('Ana 555-0142, Jo 555-0143'),
      p('oui'),
      p('Dr Roy 555-0144'),
      p('donner mes médicaments à Jo'),
      planEnd('mes enfants, mon chien'),
      l('mon plan'),
    ],
    crisis: [r('je veux me tuer'), r('je suis seul chez moi'), r("non je n'ai rien pris")],
  },
};

/** Enrollment, a check-in, a goal, a lookup, the safety plan and a crisis, each by a new participant, in `lang`. */
export function scriptedConversations(lang: Lang): ScriptedConversation[] {
  const words = WORDS[lang];
  const setup = words.enrollment.map((line) => line.text);
  return [
    { name: 'enrollment', lang, setup: [], lines: words.enrollment },
    { name: 'check-in', lang, setup, lines: words.checkIn },
    { name: 'goal', lang, setup, lines: words.goal },
    { name: 'lookup', lang, setup, lines: words.lookup },
    { name: 'safety plan', lang, setup, lines: words.safetyPlan },
    { name: 'crisis', lang, setup, lines: words.crisis },
  ];
}

/** The languages the scripts are written in. */
export const SCRIPT_LANGUAGES: readonly Lang[] = ['en', 'es', 'fr'];

/** The replies each measured line drew, in order. */
export interface ConversationReplies {
  readonly conversation: ScriptedConversation;
  readonly turns: readonly { readonly line: ScriptLine; readonly replies: readonly string[] }[];
}

/** Plays a conversation through `send` (a text in, the texts the person received for it out). */
export async function playConversation(
  conversation: ScriptedConversation,
  send: (text: string) => Promise<readonly string[]>,
): Promise<ConversationReplies> {
  for (const text of conversation.setup) await send(text);
  const turns: { line: ScriptLine; replies: readonly string[] }[] = [];
  for (const line of conversation.lines) turns.push({ line, replies: await send(line.text) });
  return { conversation, turns };
}
