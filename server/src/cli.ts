/**
 * The `ai-audit` command: parses the command line, runs the command and exits 0 (clean), 1 (findings at or above
 * --fail-on) or 2 (usage or internal error, as one sentence on standard error, never a stack trace).
 */
import { loadBundledRules } from './engine/ruleset';
import { parseArgs, UsageError } from './cli/args';
import { helpText, toolVersion } from './cli/help';
import { rulesCommand } from './cli/rules';
import { scanCommand, type CliIO } from './cli/scan';

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    switch (parsed.command) {
      case 'help':
        io.stdout(helpText(parsed.topic));
        return 0;
      case 'version':
        io.stdout(`${toolVersion()}\n`);
        return 0;
      case 'rules':
        io.stdout(rulesCommand(loadBundledRules(), parsed));
        return 0;
      case 'scan':
        return await scanCommand(parsed, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ai-audit: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`ai-audit: internal error: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

/** Writes to a stream; a closed pipe (`ai-audit scan | head`) ends the process quietly. */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  return (text) => {
    stream.write(text);
  };
}

if (require.main === module) {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 2));
  }
  process.on('uncaughtException', (error) => {
    process.stderr.write(`ai-audit: internal error: ${error.message.split('\n')[0]}\n`);
    process.exit(2);
  });
  const io: CliIO = {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    env: process.env,
    cwd: process.cwd(),
  };
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
