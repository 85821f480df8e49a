import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';

// Folders made by a test file are removed when it ends, whatever its tests did: a run leaves
// nothing in the temporary folder. (Jest loads helpers once per test file, hence one list a file.)
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder in the temporary folder, removed after this test file. */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
