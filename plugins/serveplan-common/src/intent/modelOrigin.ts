/**
 * Where model developers are based, for requests such as "no models from Chinese labs" or
 * "European models only". The kb records each model's developer, not its country, so the
 * developers are listed here by the country of their headquarters (compact names, as
 * vocabulary.ts folds them; a developer matches when its compact name starts with one).
 */
import { compactName, IntentVocabulary } from './vocabulary';

export type ModelOrigin = 'china' | 'usa' | 'europe';

const DEVELOPERS: Record<ModelOrigin, string[]> = {
  china: [
    'alibaba',
    'qwen',
    'deepseek',
    'moonshot',
    'minimax',
    'zhipu',
    'zai',
    'thudm',
    'baichuan',
    'tencent',
    'baidu',
    'bytedance',
    'stepfun',
    '01ai',
    'internlm',
    'shanghaiailab',
    'xiaomi',
    'meituan',
  ],
  usa: [
    'meta',
    'google',
    'openai',
    'microsoft',
    'ibm',
    'nvidia',
    'anthropic',
    'xai',
    'amazon',
    'allenai',
    'ai2',
    'databricks',
    'snowflake',
  ],
  europe: ['mistral', 'aleph', 'silo', 'eurollm', 'openeurollm'],
};

/**
 * "Chinese models", "models from Chinese labs", "US-based vendors", "European models": the
 * words naming an origin next to a model word, with the origin they name.
 */
export const ORIGIN_RE =
  /\b(?<adj>chinese|china[\s-]based|american|us[\s-]based|u\.s\.|european|eu[\s-]based|french)[\s-](?:ai\s)?(?:labs?|models?|llms?|origin|weights)\b|\b(?:models?|llms?|weights|anything|nothing)\s(?:that\s(?:comes?|come)\s)?(?:from|made in|developed in|built in|trained in|out of)\s(?:a\s|the\s)?(?<place>china|the us|the usa|the united states|america|europe|the eu|france|(?:chinese|american|european|us|eu)\s(?:ai\s)?(?:labs?|companies|vendors|developers|providers?|firms))\b/g;

/** The origin a phrase matched by ORIGIN_RE names. */
export function originOf(words: string): ModelOrigin | undefined {
  if (/chin/.test(words)) return 'china';
  if (/europe|\beu\b|french|france/.test(words)) return 'europe';
  if (/americ|\bus\b|u\.s\.|usa|united states/.test(words)) return 'usa';
  return undefined;
}

/** The kb models whose developer is based in `origin`. */
export function modelsFrom(
  vocabulary: IntentVocabulary,
  origin: ModelOrigin,
): string[] {
  const prefixes = DEVELOPERS[origin];
  return vocabulary.models
    .filter(m => {
      const dev = compactName(m.developer);
      return prefixes.some(p => dev.startsWith(p));
    })
    .map(m => m.id);
}
