// Reads the files named on the command line: one file, or every .txt file of a folder, and only
// inside the folder imports are allowed from.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { DEFAULT_MAX_IMPORT_BYTES } from './decode-corpus-file';
import type { CorpusFile } from './import-corpus-files';

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false; // a dangling link: readOne reports it as unreadable
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function readOne(file: string, shownAs: string, root: string, maxBytes: number): CorpusFile {
  let real: string;
  let size: number;
  try {
    real = fs.realpathSync(file);
    size = fs.statSync(real).size;
  } catch {
    throw new AppError('import.unreadable', { file: shownAs });
  }
  // A link inside the folder may point outside it.
  if (!isInside(root, real)) throw new AppError('import.outsideRoot', { file: shownAs, root });
  // Checked before reading, so a huge file is refused without being loaded.
  if (size > maxBytes) throw new AppError('import.tooLarge', { file: shownAs, size, limit: maxBytes });
  try {
    return { name: path.basename(file), bytes: fs.readFileSync(real), shownAs };
  } catch {
    throw new AppError('import.unreadable', { file: shownAs });
  }
}

/**
 * Reads a file or a folder's `.txt` files (sorted by name); `root` bounds what may be read and
 * `maxBytes` what may be loaded.
 */
export function readCorpusFiles(target: string, root: string, maxBytes = DEFAULT_MAX_IMPORT_BYTES): CorpusFile[] {
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
  if (stat.isFile()) return [readOne(resolved, target, resolvedRoot, maxBytes)];
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
    .filter((file) => !isDirectory(file));
  if (files.length === 0) throw new AppError('import.noFiles', { file: target });
  return files.map((file) => readOne(file, path.join(target, path.basename(file)), resolvedRoot, maxBytes));
}
