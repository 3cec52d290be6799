import { Command } from 'commander';
import { isServeplanInputError } from '@serveplan/plugin-serveplan-common';
import { registerIntentCommand } from './intent';

async function run(...args: string[]): Promise<string> {
  const program = new Command('serveplan').option('--kb <dir>').exitOverride();
  registerIntentCommand(program);
  let out = '';
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
  try {
    await program.parseAsync(['node', 'serveplan', 'intent', ...args]);
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('serveplan intent', () => {
  it('prints the contract fields as JSON', async () => {
    const intent = JSON.parse(
      await run(
        'chatbot 5k DAU p95<300ms H100 only, no Llama, $3k/month, 32k context',
        '--json',
      ),
    );
    expect(intent).toMatchObject({
      use_case: 'chatbot',
      users: 5000,
      requests_per_s: null,
      latency_priority: 'high',
      budget_usd_per_month: 3000,
      max_input_tokens: 32768,
      preferred_models: [],
      allowed_gpus: ['H100-SXM'],
      question: null,
    });
    expect(intent.excluded_models).toContain(
      'meta-llama/Llama-3.1-8B-Instruct',
    );
    expect(Array.isArray(intent.assumptions)).toBe(true);
  });

  it('applies follow-ups and reports the changes', async () => {
    const intent = JSON.parse(
      await run(
        'chatbot for 1000 users',
        '--then',
        'now 5000 users',
        '--then',
        'make it cheaper',
        '--json',
      ),
    );
    expect(intent).toMatchObject({
      users: 5000,
      cost_priority: 'high',
      changes: ['cost priority: medium → high'],
    });
  });

  it('prints a short summary without --json', async () => {
    const text = await run('RAG', 'for', '300', 'users');
    expect(text).toMatch(/^use case: rag$/m);
    expect(text).toMatch(/^traffic: 300 users$/m);
  });

  it('shows the question', async () => {
    expect(await run('a chatbot please')).toMatch(/^question: How many users/m);
  });

  it('rejects bad input with a specific ServeplanInputError (exit 2 in main)', async () => {
    const empty = await run('').catch(e => e);
    expect(isServeplanInputError(empty)).toBe(true);
    expect(empty.message).toMatch(/empty request/);
    const error = await run('chatbot for -5 users').catch(e => e);
    expect(isServeplanInputError(error)).toBe(true);
    expect(error.message).toMatch(/at least 1/);
  });
});
