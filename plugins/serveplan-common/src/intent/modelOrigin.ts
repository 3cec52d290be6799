/**
 * Where model developers are based, for requests such as "no models from Chinese labs" or
 * "European models only". The kb records each model's developer country (`developer_country`,
 * ISO 3166-1 alpha-2, with its source); this file only knows the geography: which country codes
 * an origin word covers.
 */
import { IntentVocabulary } from './vocabulary';

export type ModelOrigin = 'china' | 'usa' | 'europe';

/**
 * The EU and EEA member states, the United Kingdom and Switzerland: "European models" means a
 * developer headquartered in one of these.
 */
const EUROPE = [
  // EU
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  // EEA outside the EU
  'IS',
  'LI',
  'NO',
  // and
  'GB',
  'CH',
];

/** The ISO 3166-1 alpha-2 codes each origin covers. */
const COUNTRIES: Record<ModelOrigin, ReadonlySet<string>> = {
  china: new Set(['CN']),
  usa: new Set(['US']),
  europe: new Set(EUROPE),
};

/**
 * "Chinese models", "the Chinese ones", "models from Chinese labs", "US-based vendors", "European models": the
 * words naming an origin next to a model word, with the origin they name.
 */
export const ORIGIN_RE =
  /\b(?<adj>chinese|china[\s-]based|american|us[\s-]based|u\.s\.|european|eu[\s-]based|french)[\s-](?:ai\s)?(?:labs?|models?|llms?|origin|weights|ones)\b|\b(?:models?|llms?|weights|anything|nothing)\s(?:that\s(?:comes?|come)\s)?(?:from|made in|developed in|built in|trained in|out of)\s(?:a\s|the\s)?(?<place>china|the us|the usa|the united states|america|europe|the eu|france|(?:chinese|american|european|us|eu)\s(?:ai\s)?(?:labs?|companies|vendors|developers|providers?|firms))\b/g;

/** The origin a phrase matched by ORIGIN_RE names. */
export function originOf(words: string): ModelOrigin | undefined {
  if (/chin/.test(words)) return 'china';
  if (/europe|\beu\b|french|france/.test(words)) return 'europe';
  if (/americ|\bus\b|u\.s\.|usa|united states/.test(words)) return 'usa';
  return undefined;
}

/** The kb models whose developer is headquartered in `origin` (by the kb's developer_country). */
export function modelsFrom(
  vocabulary: IntentVocabulary,
  origin: ModelOrigin,
): string[] {
  const countries = COUNTRIES[origin];
  return vocabulary.models
    .filter(m => countries.has(m.developerCountry))
    .map(m => m.id);
}
