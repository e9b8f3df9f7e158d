// A build served by `vite preview` for the measuring scripts, ready when it answers.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const vite = join(root, 'node_modules/vite/bin/vite.js');

/**
 * Serves `dist` on `port`; resolves once it answers (`path`), with the server to kill. Vite
 * itself, not through npx: killing npx left the server running, and the next script on that
 * port then measured the build the old server still served.
 */
export async function startPreview(dist, port, path = '/') {
  const taken = await fetch(`http://localhost:${port}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is taken: another server would answer for ${dist}`);
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(port), '--strictPort', '--outDir', dist],
    { cwd: root, stdio: 'ignore' },
  );
  let exited = false;
  server.once('exit', () => (exited = true));
  for (let i = 0; i < 120 && !exited; i += 1) {
    try {
      if ((await fetch(`http://localhost:${port}${path}`)).ok && !exited) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error(`vite preview of ${dist} did not start on port ${port}`);
}
