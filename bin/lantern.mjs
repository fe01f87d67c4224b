#!/usr/bin/env node
// The operators' command. Runs the TypeScript sources through tsx, like the server does.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
