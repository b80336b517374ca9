import type { CliVariables } from './cli-environment.js';
import { UsageError, type CliOutput } from './cli-output.js';
import { PROJECTIONS_USAGE, projectionsCommand } from './commands/projections.command.js';
import { REBUILD_USAGE, rebuildCommand } from './commands/rebuild.command.js';
import { TOKEN_USAGE, tokenCommand } from './commands/token.command.js';

type Command = Readonly<{
  usage: string;
  run: (args: string[], env: CliVariables, output: CliOutput) => Promise<void>;
}>;

const COMMANDS: Readonly<Record<string, Command>> = {
  token: { usage: TOKEN_USAGE, run: tokenCommand },
  rebuild: { usage: REBUILD_USAGE, run: rebuildCommand },
  projections: { usage: PROJECTIONS_USAGE, run: projectionsCommand },
};

const usage = () => `Usage:\n${Object.values(COMMANDS).map((c) => `  ${c.usage.replaceAll('\n', '\n  ')}`).join('\n\n')}`;

/** parseArgs reports unknown or malformed options as errors with an ERR_PARSE_ARGS_* code. */
const isParseArgsError = (error: unknown): boolean =>
  String((error as { code?: unknown } | null)?.code ?? '').startsWith('ERR_PARSE_ARGS');

/** Runs one CLI command; returns the process exit code (0 ok, 1 failed, 2 wrong usage). */
export const runCli = async (argv: string[], env: CliVariables, output: CliOutput): Promise<number> => {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help') {
    output.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    output.err(`Unknown command "${name}".\n${usage()}`);
    return 2;
  }
  try {
    await command.run(args, env, output);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      output.err(`${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    output.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
};
