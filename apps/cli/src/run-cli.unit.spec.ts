import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveJwtSecret, verifyAccessToken } from '@concord/auth';
import { runCli } from './run-cli.js';
import { captureOutput as capture } from './testing/capture-output.js';

describe('concord token', () => {
  it('prints a token the API accepts, signed with the data folder secret', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'concord-cli-'));
    const { out, output } = capture();

    const argv = ['token', '--role', 'auditor', '--role', 'analyst', '--sub', 'alice'];
    const code = await runCli(argv, { CONCORD_DATA_DIR: dataDir }, output);

    expect(code).toBe(0);
    const secret = await resolveJwtSecret({ dataDir });
    await expect(verifyAccessToken(secret, out[0] as string)).resolves.toEqual({
      subject: 'alice',
      roles: ['auditor', 'analyst'],
      expiresAt: expect.any(Date),
    });
  });

  it.each([
    [['token', '--sub', 'alice'], 'at least one --role'],
    [['token', '--role', 'root', '--sub', 'alice'], 'Unknown role root'],
    [['token', '--role', 'admin'], '--sub'],
    [['token', '--role', 'admin', '--sub', 'a', '--expires', 'soon'], 'not a duration'],
    [['token', '--role', 'admin', '--sub', 'a', '--expires', '90d'], '30 days at most'],
    [['token', '--role', 'admin', '--sub', 'a', '--colour', 'red'], "Unknown option '--colour'"],
  ])('refuses %j with a usage message', async (argv, message) => {
    const { err, output } = capture();
    expect(await runCli(argv, { CONCORD_DATA_DIR: tmpdir() }, output)).toBe(2);
    expect(err.join('\n')).toContain(message);
  });

  it('names the commands when the command is unknown', async () => {
    const { err, output } = capture();
    expect(await runCli(['frobnicate'], { CONCORD_DATA_DIR: tmpdir() }, output)).toBe(2);
    expect(err.join('\n')).toContain('concord token');
    expect(err.join('\n')).toContain('concord rebuild');
    expect(err.join('\n')).toContain('concord projections');
  });
});
