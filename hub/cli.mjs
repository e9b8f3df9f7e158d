#!/usr/bin/env node
// `npm run hub -- <command> [options]`: starts the ward hub, or manages its wards.
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { HUB_PATH, startHub } from './server.mjs';
import { HubUsageError, addWard, listWards, newCredential } from './wards.mjs';

const USAGE = `Relève ward hub

  npm run hub -- [serve] --cert <file> --key <file> [options]   start the hub
  npm run hub -- add-ward <name> [--data <dir>]                 create a ward, print its credential
  npm run hub -- new-credential <name> [--data <dir>]           replace a ward's credential
  npm run hub -- list-wards [--data <dir>]

Options:
  --data <dir>      where the hub keeps its databases (default: hub-data)
  --cert <file>     TLS certificate (PEM), with the chain of the hospital's CA if any
  --key <file>      its private key (PEM)
  --port <n>        default 8443 (8080 with --insecure-http)
  --host <address>  default 0.0.0.0, every network (127.0.0.1 with --insecure-http)
  --dist <dir>      the built app to serve (default: dist)
  --insecure-http   plain HTTP, for tests on this computer only: tablets need HTTPS
`;

const OPTIONS = {
  data: { type: 'string', default: 'hub-data' },
  cert: { type: 'string' },
  key: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  dist: { type: 'string', default: 'dist' },
  'insecure-http': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

function log(line) {
  process.stdout.write(`${new Date().toISOString()} ${line}\n`);
}

function printCredential({ ward, db, user, password }) {
  process.stdout.write(`Ward "${ward}" on this hub
  Hub address for the tablets:  https://<hub-name>:<port>${HUB_PATH}/${db}
  User:                         ${user}
  Password:                     ${password}

Write the password down now and keep it with the ward's emergency papers:
it is shown only this once (the hub keeps only a salted hash of it).
If it is lost: npm run hub -- new-credential ${ward}
`);
}

async function serve(values) {
  const insecure = values['insecure-http'];
  if (!insecure && (!values.cert || !values.key)) {
    throw new HubUsageError(
      'The hub needs a TLS certificate and key (--cert and --key): tablets only sync over HTTPS.\n' +
        'See docs/hub.md to make one. For a test on this computer only: --insecure-http.',
    );
  }
  const port = Number(values.port ?? (insecure ? 8080 : 8443));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new HubUsageError(`Invalid port: ${values.port}`);
  }
  const host = values.host ?? (insecure ? '127.0.0.1' : '0.0.0.0');
  const hub = await startHub({
    dataDir: values.data,
    distDir: values.dist,
    port,
    host,
    tls: insecure ? null : { cert: values.cert, key: values.key },
    log,
  });
  const actualPort = new URL(hub.url).port;
  log(`Ward hub listening on ${hub.url} (data in ${values.data})`);
  if (host === '0.0.0.0') {
    for (const list of Object.values(networkInterfaces())) {
      for (const entry of list ?? []) {
        if (entry.family === 'IPv4' && !entry.internal) {
          log(`  reachable at https://${entry.address}:${actualPort} (or this computer's name)`);
        }
      }
    }
  }
  if (insecure) log('Plain HTTP: for tests only, tablets will not sync with it.');
  const wards = listWards(values.data);
  log(wards.length ? `Wards: ${wards.join(', ')}` : 'No ward yet: npm run hub -- add-ward <name>');
  const stop = () => hub.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
  });
  const [command = 'serve', name, ...extra] = positionals;
  if (values.help || command === 'help') return void process.stdout.write(USAGE);
  if (extra.length) throw new HubUsageError(`Unexpected: ${extra.join(' ')}`);
  switch (command) {
    case 'serve':
      return serve(values);
    case 'add-ward':
      return printCredential(addWard(values.data, name));
    case 'new-credential':
      return printCredential(newCredential(values.data, name));
    case 'list-wards':
      return void process.stdout.write(`${listWards(values.data).join('\n')}\n`);
    default:
      throw new HubUsageError(`Unknown command "${command}".`);
  }
}

main(process.argv.slice(2)).catch((error) => {
  const usage = error instanceof HubUsageError || error.code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`${error.message}\n${usage ? `\n${USAGE}` : ''}`);
  process.exit(usage ? 2 : 1);
});
