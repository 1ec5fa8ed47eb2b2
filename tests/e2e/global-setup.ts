// Starts the shared Selaras server for the browser tests and stops it afterwards. A missing
// Chromium fails, never skips.
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startSelaras } from './selaras-server';

export const CHROMIUM = process.env.SELARAS_CHROMIUM ?? '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromium: string;
  }
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium).`);
  }
  const selaras = await startSelaras();
  project.provide('baseURL', selaras.baseURL);
  project.provide('chromium', CHROMIUM);
  return selaras.stop;
}
