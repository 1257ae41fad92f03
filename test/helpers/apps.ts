import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from './heroku.ts';

/** A private copy of an app to edit between pushes. */
export async function copyApp(appDir: string): Promise<string> {
  const target = path.join(await tempDir('app'), path.basename(appDir));
  await cp(appDir, target, { recursive: true, verbatimSymlinks: true, filter: (src) => !src.includes('dist-newstyle') });
  return target;
}

export async function editFile(file: string, change: (text: string) => string): Promise<void> {
  await writeFile(file, change(await readFile(file, 'utf8')));
}
