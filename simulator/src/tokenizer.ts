/**
 * The simulator's offline tokenizer: one token per word or run of punctuation, exactly what a
 * Hugging Face `tokenizers` WordLevel model with a Lowercase normalizer and the Whitespace
 * pre-tokenizer does. `huggingFaceFiles()` writes that tokenizer (tokenizer.json and
 * tokenizer_config.json, chat template included), so load-test clients that need a local
 * tokenizer (GuideLLM, inference-perf, vllm bench) count exactly the tokens the simulator counts.
 * Words outside the vocabulary map to the id of the plain word `unk`: ids and counts stay
 * identical to the exported tokenizer's; decoding such ids is lossy.
 */

/** Filler vocabulary: common English words (ids follow the punctuation and `unk`). */
const WORDS = `the of and to in is that for it as with was on be by this are or from at an which have not
but they has had more can their all been one will its also were other new we about when some time
there than into only these most would first may such many use after two over used any so where
what people system data model models request requests server servers token tokens batch batches
memory cache latency throughput engine step steps load queue queues user users service services
cluster node nodes network capacity plan plans planning test tests value values result results
each between both through during under while before same well very still just then how own much
make made long short large small high low fast slow good better best early late part parts
work works working way ways number numbers level levels rate rates point points case cases
state states form order line lines set sets group groups time times day days year years world
place places hand end ends side sides home house room water light air fire land sea city town
road river field fields tree trees stone wood paper book books page pages word words story
idea ideas question questions answer answers reason reasons example examples problem problems
change changes process processes method methods design designs rule rules power energy force
measure measures signal signals record records report reports table tables chart charts
image images sound sounds voice music color colors shape shapes size sizes weight length
width height depth area space room center edge front back top bottom left right inside outside
open close closed start started begin began finish finished keep kept hold held move moved
turn turned run ran walk walked read wrote write written speak spoke tell told ask asked
give gave take took bring brought send sent show showed find found look looked see saw
know knew think thought feel felt seem seemed become became leave left stay stayed grow grew
build built break broke carry carried pull pushed push pulled cut drew draw fall fell rise rose
follow followed lead led learn learned teach taught help helped try tried need needed want
wanted like liked live lived call called play played stand stood sit sat lie lay meet met
pay paid buy bought sell sold spend spent save saved lose lost win won fight fought choose
clear clearly simple simply quick quickly slowly careful carefully easy easily hard hardly
often always never sometimes usually rarely again already almost enough even ever instead
later less least little lot maybe nearly perhaps quite rather really since soon together too
today tomorrow tonight yesterday morning evening night week month season spring summer autumn
winter north south east west near far here above below across along around behind beside
beyond inside toward upon within without against among because although unless until whether
every few several another either neither none nothing something anything everything someone
anyone everyone nobody somebody everybody whose whom who why yes no`;

const PUNCTUATION = ['.', ',', '?', '!', ':', ';', "'", '"', '-', '(', ')'];

/** A word character as the Rust regex crate's Unicode `\w` defines it (the HF Whitespace pre-tokenizer). */
const W = String.raw`\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}`;
const PRE_TOKENIZE = new RegExp(`[${W}]+|[^${W}\\p{White_Space}]+`, 'gu');

export const EOS_TOKEN = '<|endoftext|>';
const UNK = 'unk';

/** Chat template shared by the simulator and the exported tokenizer (Jinja for Hugging Face). */
export const CHAT_TEMPLATE_JINJA =
  "{% for message in messages %}{{ message['role'] }}: {{ message['content'] }}\n\n{% endfor %}{% if add_generation_prompt %}assistant:{% endif %}";

export interface ChatMessageText {
  role: string;
  content: string;
}

/** Renders chat messages as CHAT_TEMPLATE_JINJA does. */
export function renderChat(
  messages: ChatMessageText[],
  addGenerationPrompt = true,
): string {
  let s = '';
  for (const m of messages) s += `${m.role}: ${m.content}\n\n`;
  return addGenerationPrompt ? `${s}assistant:` : s;
}

export class SimTokenizer {
  readonly vocab: readonly string[];
  readonly eosId: number;
  readonly unkId: number;
  private readonly index = new Map<string, number>();
  /** Ids of filler words (for generated text). */
  readonly wordIds: readonly number[];
  readonly periodId: number;
  readonly commaId: number;

  constructor() {
    const words = Array.from(
      new Set(WORDS.split(/\s+/).filter(w => w.length > 0)),
    );
    const vocab = [UNK, ...PUNCTUATION, ...words];
    vocab.forEach((t, i) => this.index.set(t, i));
    this.vocab = vocab;
    this.unkId = 0;
    this.eosId = vocab.length;
    this.wordIds = words.map(w => this.index.get(w)!);
    this.periodId = this.index.get('.')!;
    this.commaId = this.index.get(',')!;
  }

  /** Vocabulary size including the end-of-text special token. */
  get size(): number {
    return this.vocab.length + 1;
  }

  /** Token strings of a text (lowercased words and punctuation runs, special tokens kept whole). */
  pieces(text: string): string[] {
    const out: string[] = [];
    const parts = text.split(EOS_TOKEN);
    parts.forEach((part, i) => {
      if (i > 0) out.push(EOS_TOKEN);
      const lower = part.toLowerCase();
      for (const m of lower.matchAll(PRE_TOKENIZE)) out.push(m[0]);
    });
    return out;
  }

  /** Number of tokens of a text without building the pieces. */
  count(text: string): number {
    let n = 0;
    const parts = text.split(EOS_TOKEN);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) n++;
      const lower = parts[i].toLowerCase();
      PRE_TOKENIZE.lastIndex = 0;
      while (PRE_TOKENIZE.exec(lower) !== null) n++;
    }
    return n;
  }

  idOf(piece: string): number {
    if (piece === EOS_TOKEN) return this.eosId;
    return this.index.get(piece) ?? this.unkId;
  }

  encode(text: string): number[] {
    return this.pieces(text).map(p => this.idOf(p));
  }

  /** The token string of an id, or undefined when the id is outside the vocabulary. */
  tokenString(id: number): string | undefined {
    if (id === this.eosId) return EOS_TOKEN;
    return Number.isInteger(id) && id >= 0 && id < this.vocab.length
      ? this.vocab[id]
      : undefined;
  }

  /** Joins token strings with spaces (as Hugging Face decodes a WordLevel model without a decoder). */
  decode(ids: readonly number[]): string {
    return ids.map(id => this.tokenString(id) ?? UNK).join(' ');
  }

  /**
   * The same tokenizer as Hugging Face files: `tokenizer.json` (WordLevel, Lowercase, Whitespace)
   * and `tokenizer_config.json` (PreTrainedTokenizerFast with the chat template), loadable with
   * `AutoTokenizer.from_pretrained(dir)` without any download.
   */
  huggingFaceFiles(maxModelLen: number): Record<string, string> {
    const vocab: Record<string, number> = {};
    this.vocab.forEach((t, i) => {
      vocab[t] = i;
    });
    vocab[EOS_TOKEN] = this.eosId;
    const tokenizer = {
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: [
        {
          id: this.eosId,
          content: EOS_TOKEN,
          single_word: false,
          lstrip: false,
          rstrip: false,
          normalized: false,
          special: true,
        },
      ],
      normalizer: { type: 'Lowercase' },
      pre_tokenizer: { type: 'Whitespace' },
      post_processor: null,
      decoder: null,
      model: { type: 'WordLevel', vocab, unk_token: UNK },
    };
    const config = {
      tokenizer_class: 'PreTrainedTokenizerFast',
      model_max_length: maxModelLen,
      eos_token: EOS_TOKEN,
      pad_token: EOS_TOKEN,
      clean_up_tokenization_spaces: false,
      chat_template: CHAT_TEMPLATE_JINJA,
      added_tokens_decoder: {
        [String(this.eosId)]: {
          content: EOS_TOKEN,
          lstrip: false,
          normalized: false,
          rstrip: false,
          single_word: false,
          special: true,
        },
      },
    };
    return {
      'tokenizer.json': `${JSON.stringify(tokenizer, null, 1)}\n`,
      'tokenizer_config.json': `${JSON.stringify(config, null, 2)}\n`,
      'special_tokens_map.json': `${JSON.stringify(
        { eos_token: EOS_TOKEN, pad_token: EOS_TOKEN },
        null,
        2,
      )}\n`,
    };
  }
}
