import { parseSimulatorArgs, simulatorHelp } from './args';

describe('parseSimulatorArgs', () => {
  it("reads vLLM's flags in all of argparse's forms", () => {
    const c = parseSimulatorArgs(
      [
        'serve',
        'meta-llama/Llama-3.1-8B-Instruct',
        '--max_model_len=32k',
        '-tp',
        '2',
        '--max-num-seqs',
        '64',
        '--gpu-memory-utilization',
        '0.85',
        '--served-model-name',
        'a',
        'b',
        '--port=9000',
        '--kv-cache-dtype',
        'fp8_e4m3',
      ],
      {},
    );
    expect(c.model).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(c.maxModelLen).toBe(32000);
    expect(c.tp).toBe(2);
    expect(c.maxNumSeqs).toBe(64);
    expect(c.gpuMemoryUtilization).toBe(0.85);
    expect(c.servedModelNames).toEqual(['a', 'b']);
    expect(c.port).toBe(9000);
    expect(c.kvCacheDtype).toBe('fp8');
    expect(c.gpu).toBe('h100-sxm');
    expect(c.defaulted).toEqual(['gpu (h100-sxm)']);
  });

  it('accepts and records vLLM flags it has no use for, with or without values', () => {
    const c = parseSimulatorArgs(
      [
        '--model',
        'm',
        '--enforce-eager',
        '--dtype',
        'bfloat16',
        '--trust-remote-code',
        '--swap-space=4',
        '--no-enable-prefix-caching',
      ],
      {},
    );
    expect(c.ignored).toEqual([
      '--enforce-eager',
      '--dtype bfloat16',
      '--trust-remote-code',
      '--swap-space 4',
      '--no-enable-prefix-caching',
    ]);
    expect(c.model).toBe('m');
  });

  it('maps --quantization to a precision and takes the GPU from the environment', () => {
    expect(
      parseSimulatorArgs(['--model', 'm', '--quantization', 'fp8'], {})
        .precision,
    ).toBe('fp8');
    expect(
      parseSimulatorArgs(['--model', 'm', '--quantization', 'awq_marlin'], {})
        .precision,
    ).toBe('int4');
    const c = parseSimulatorArgs(['--model', 'm'], {
      SERVEPLAN_SIMULATOR_GPU: 'a100-80gb-sxm',
    });
    expect(c.gpu).toBe('a100-80gb-sxm');
  });

  it('rejects bad values with a message naming the flag', () => {
    expect(() =>
      parseSimulatorArgs(['--model', 'm', '--max-num-seqs', 'many'], {}),
    ).toThrow(/--max-num-seqs expects a whole number/);
    expect(() => parseSimulatorArgs(['--model', 'm', '--port'], {})).toThrow(
      /--port expects a value/,
    );
    expect(() =>
      parseSimulatorArgs(['--model', 'm', '--failure-rate', '2'], {}),
    ).toThrow(/--failure-rate must be between 0 and 1/);
    expect(() =>
      parseSimulatorArgs(['--model', 'm', '--response-mode', 'poetry'], {}),
    ).toThrow(/--response-mode must be one of filler, echo/);
    expect(() => parseSimulatorArgs([], {})).toThrow(/give the model/);
    expect(() => parseSimulatorArgs(['a', 'b'], {})).toThrow(
      /unexpected arguments: b/,
    );
  });

  it('has help that lists vLLM and simulator flags', () => {
    expect(parseSimulatorArgs(['--help'], {}).help).toBe(true);
    expect(simulatorHelp()).toMatch(/--max-num-seqs[\s\S]*--failure-rate/);
  });
});
