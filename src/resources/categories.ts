/** The kinds of help participants ask for by name. */
export const CATEGORIES = [
  'food',
  'shelter',
  'treatment',
  'meetings',
  'mentalHealth',
  'crisis',
  'clothing',
  'documents',
  'education',
  'jobs',
  'legal',
  'healthCare',
  'transport',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** True for one of ours. */
export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

// AIRS/211 LA taxonomy code prefixes, most specific first: 211 directories code services this way.
const CODE_PREFIXES: readonly (readonly [string, Category])[] = [
  ['BD', 'food'],
  ['BH-1800', 'shelter'],
  ['BH-8600', 'shelter'],
  ['BM-6500.1500', 'clothing'],
  ['BT', 'transport'],
  ['DF-7000', 'documents'],
  ['FT', 'legal'],
  ['HD', 'education'],
  ['HH', 'education'],
  ['HL', 'education'],
  ['ND', 'jobs'],
  ['PN-8100', 'meetings'],
  ['RP-1400', 'crisis'],
  ['RP-1500', 'crisis'],
  ['RX-8450', 'treatment'],
  ['RX-8470', 'treatment'],
  ['RD-6100', 'treatment'],
  ['R', 'mentalHealth'],
  ['L', 'healthCare'],
];

// Words in taxonomy term names and service names that say what a service is (English, Spanish, French).
const KEYWORDS: Readonly<Record<Category, readonly string[]>> = {
  food: ['food', 'pantry', 'pantries', 'meal', 'meals', 'soup kitchen', 'food bank', 'groceries', 'nutrition', 'snap', 'wic', 'comida', 'alimentos', 'despensa', 'comedor', 'banque alimentaire', 'nourriture', 'repas'],
  shelter: ['shelter', 'shelters', 'emergency housing', 'overnight', 'warming centre', 'warming center', 'drop-in centre', 'homeless', 'albergue', 'refugio', 'refuge', 'hébergement', 'hebergement'],
  treatment: ['detox', 'detoxification', 'withdrawal management', 'substance use', 'addiction', 'rehab', 'rehabilitation', 'treatment', 'opioid', 'methadone', 'suboxone', 'buprenorphine', 'naloxone', 'harm reduction', 'desintoxicación', 'desintoxicacion', 'adicción', 'adiccion', 'désintoxication', 'desintoxication', 'toxicomanie'],
  meetings: ['aa', 'na', 'alcoholics anonymous', 'narcotics anonymous', 'smart recovery', 'al-anon', 'alanon', 'support group', 'support groups', 'mutual aid', 'meeting', 'meetings', '12-step', '12 step', 'recovery group', 'grupo de apoyo', 'reunión', 'reunion', "groupe d'entraide", 'groupe de soutien'],
  mentalHealth: ['mental health', 'counseling', 'counselling', 'therapy', 'psychiatric', 'psychiatry', 'behavioral health', 'behavioural health', 'salud mental', 'santé mentale', 'sante mentale'],
  crisis: ['crisis', 'suicide', 'hotline', 'hotlines', 'helpline', 'helplines', 'lifeline', '988', 'domestic violence', 'crisis line', 'mobile crisis', 'crisis intervention', 'línea de crisis', 'linea de crisis', 'crise'],
  clothing: ['clothing', 'clothes', 'closet', 'coats', 'thrift', 'ropa', 'vêtements', 'vetements'],
  documents: ['identification', 'id card', 'id cards', 'birth certificate', 'birth certificates', 'vital records', 'documents', 'state id', 'driver license', 'identificación', 'identificacion', "pièce d'identité", 'papiers'],
  education: ['ged', 'hiset', 'adult education', 'adult basic education', 'literacy', 'esl', 'high school equivalency', 'classes', 'tutoring', 'educación', 'educacion', 'clases', 'éducation', 'alphabétisation'],
  jobs: ['employment', 'job', 'jobs', 'job training', 'workforce', 'career', 'résumé', 'resume help', 'empleo', 'trabajo', 'emploi'],
  legal: ['legal', 'legal aid', 'lawyer', 'attorney', 'court', 'expungement', 'tenant rights', 'public defender', 'abogado', 'asesoría legal', 'aide juridique', 'avocat'],
  healthCare: ['clinic', 'clinics', 'health care', 'healthcare', 'health centre', 'health center', 'medical', 'primary care', 'dental', 'urgent care', 'clínica', 'clinica', 'médico', 'medico', 'santé', 'sante', 'clinique'],
  transport: ['transportation', 'transport', 'bus', 'bus pass', 'bus tickets', 'ride', 'rides', 'transit', 'transporte', 'autobús', 'autobus'],
};

const keywordPatterns: readonly (readonly [RegExp, Category])[] = Object.entries(KEYWORDS).flatMap(([category, words]) =>
  words.map((word) => [new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'iu'), category as Category] as const),
);

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The category a taxonomy code names, by its longest known prefix ('BD-1800.2000' → food). */
export function categoryOfCode(code: string): Category | undefined {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{1,2}(-\d|$)/.test(upper)) return undefined;
  return CODE_PREFIXES.find(([prefix]) => upper.startsWith(prefix))?.[1];
}

/** Every category a piece of text (a term name, a service's name) names by keyword. */
export function categoriesInText(text: string): Category[] {
  return [...new Set(keywordPatterns.filter(([pattern]) => pattern.test(text)).map(([, category]) => category))];
}

/**
 * A service's categories: from its taxonomy terms (codes, then names) when they name any,
 * else from the words of its name (a description names too much in passing to be trusted).
 */
export function categorize(terms: readonly string[], name: string): Category[] {
  const fromTerms = new Set<Category>();
  for (const term of terms) {
    const byCode = categoryOfCode(term);
    if (byCode) fromTerms.add(byCode);
    for (const category of categoriesInText(term)) fromTerms.add(category);
  }
  if (fromTerms.size > 0) return [...fromTerms];
  return categoriesInText(name);
}
