export interface Config {
  /** serveplan backend: intent engine, planner and knowledge base. */
  serveplan?: {
    kb?: {
      /**
       * The knowledge-base folder (models/, gpus/, prices.yaml, ...). Relative paths are
       * resolved against the backend's working directory. Default: $SERVEPLAN_KB_DIR, else the
       * `@serveplan/kb` package (the repository's kb/).
       */
      dir?: string;
    };

    intent?: {
      /**
       * Who reads requests in words: `rules` (the built-in, offline engine; the default),
       * `ollama` or `openai` (any OpenAI-compatible endpoint). A language model's reading is
       * validated and merged with the rules; when it is absent, slow or returns garbage the
       * rules answer alone, with a notice.
       */
      provider?: 'rules' | 'ollama' | 'openai';
      /** Milliseconds to wait for one language-model reply (default 20000). */
      timeoutMs?: number;
      /** Replies to ask for before falling back to the rules; a retry carries the validation errors (default 2). */
      maxAttempts?: number;
      /**
       * Language-model reads in flight at once, across all users (default 4). Beyond it a
       * request is read by the built-in rules, with a notice, instead of queueing on the model
       * server: the portal stays responsive and one busy user cannot starve the others.
       */
      maxConcurrent?: number;
      ollama?: {
        /** Ollama's address (default http://localhost:11434). */
        baseUrl?: string;
        /** Model to use, e.g. llama3.1:8b or qwen2.5:7b-instruct (default llama3.1:8b). */
        model?: string;
      };
      openai?: {
        /** An OpenAI-compatible API's base URL, including /v1 (default https://api.openai.com/v1). */
        baseUrl?: string;
        /** Model name the endpoint serves (required with provider openai). */
        model?: string;
        /**
         * API key, if the endpoint needs one.
         * @visibility secret
         */
        apiKey?: string;
      };
    };

    /**
     * USD per GPU-hour by GPU id or alias (e.g. `H100-SXM: 2.49`), replacing the kb's on-demand
     * listings for planning. Overrides set through the API win over these.
     */
    prices?: {
      [gpu: string]: number;
    };

    slo?: {
      /**
       * The percentile latency targets are judged at when a request names none (default: each
       * use-case template's own, p95 in the shipped kb).
       */
      defaultPercentile?: 'p50' | 'p90' | 'p95' | 'p99';
    };

    plan?: {
      /**
       * Recommendations per plan when a request (API, conversation or the recommend action)
       * does not say: a whole number from 1 to 50 (default 5).
       */
      top?: number;
    };
  };
}
