// Reads the files named on the command line: one file, or every .txt file of a folder, and only
// inside the folder imports are allowed from.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import type { CorpusFile } from './import-corpus-files';

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function readOne(file: string, shownAs: string): CorpusFile {
  try {
    return { name: path.basename(file), bytes: fs.readFileSync(file), shownAs };
  } catch {
    throw new AppError('import.unreadable', { file: shownAs });
  }
}

/** Reads a file or a folder's `.txt` files (sorted by name); `root` bounds what may be read. */
export function readCorpusFiles(target: string, root: string): CorpusFile[] {
  const resolvedRoot = fs.existsSync(root) ? fs.realpathSync(root) : path.resolve(root);
  let resolved: string;
  try {
    resolved = fs.realpathSync(path.resolve(target));
  } catch {
    throw new AppError('import.unreadable', { file: target });
  }
  if (!isInside(resolvedRoot, resolved)) throw new AppError('import.outsideRoot', { file: target, root: resolvedRoot });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw new AppError('import.unreadable', { file: target });
  }
  if (stat.isFile()) return [readOne(resolved, target)];
  if (!stat.isDirectory()) throw new AppError('import.unreadable', { file: target });
  let names: string[];
  try {
    names = fs.readdirSync(resolved);
  } catch {
    throw new AppError('import.unreadable', { file: target });
  }
  const files = names
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort()
    .map((name) => path.join(resolved, name))
    .filter((file) => fs.statSync(file).isFile());
  if (files.length === 0) throw new AppError('import.noFiles', { file: target });
  return files.map((file) => readOne(file, path.join(target, path.basename(file))));
}
