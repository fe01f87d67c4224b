import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { buildTemplate, dropTestDatabases } from './engine';

const runId = randomBytes(4).toString('hex');

export async function setup(project: TestProject) {
  project.provide('lanternRunId', runId);
  await buildTemplate(runId);
}

export async function teardown() {
  await dropTestDatabases(runId);
}
