import { Command } from 'commander';
import { defaultKnowledgeBaseDir } from '@serveplan/plugin-serveplan-node';

/** The kb folder from the global --kb option, else the default. */
export function kbDirOption(cmd: Command): string {
  const dir = cmd.optsWithGlobals().kb as string | undefined;
  return dir ?? defaultKnowledgeBaseDir();
}
