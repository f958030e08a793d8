#!/usr/bin/env node
// Runs the compiled CLI from dist/ (built by `npm install`), or the TypeScript sources through tsx
// when src/ has changed since the last build, so an edit takes effect without a build step.
import { buildIsCurrent } from './build-state.js';

// A reader that stops early (`detente events | head`) closes the pipe: that ends the run, it is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

let cli;
if (buildIsCurrent()) {
  cli = await import('../dist/cli/main.js');
} else {
  if (process.stderr.isTTY) process.stderr.write('detente: src/ changed since the last build; running from source (slower until `npm run build`)\n');
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
