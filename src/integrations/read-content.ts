import { lstatSync, readdirSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../lib/check/check-content.ts';
import type { Problem } from '../lib/check/problem.ts';

/** What reading `content/` found: the files to check, and one located problem per odd file. */
export interface ContentRead {
  files: ContentFile[];
  problems: Problem[];
}

/**
 * Reads every `.mdx` under `contentDir`, paths relative to `root` with forward slashes. Content
 * arrives from strangers, so only regular files inside the folder are read: a symbolic link (which
 * could publish a file from outside the repository), a FIFO (which would hang the read), a folder
 * named like a file or an unreadable file each get one located line instead of a crash or a hang.
 */
export function readContentFiles(root: string, contentDir: string): ContentRead {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const pathOf = (full: string) => relative(root, full).split(sep).join('/');
  const refuse = (full: string, message: string) => problems.push({ path: pathOf(full), line: 1, field: 'file', message, severity: 'error' });

  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort((a, b) => a.localeCompare(b, 'en'));
    } catch (error) {
      refuse(dir, `this folder cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}; expected a readable folder)`);
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      let stats: Stats;
      try {
        stats = lstatSync(full);
      } catch (error) {
        refuse(full, `cannot be looked at (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
        continue;
      }
      if (stats.isSymbolicLink()) {
        if (name.endsWith('.mdx') || isFolderLink(full)) refuse(full, 'is a symbolic link, which the atlas does not follow (expected a regular file with the text itself)');
        continue;
      }
      if (stats.isDirectory()) {
        if (name.endsWith('.mdx')) refuse(full, 'is a folder, where a file is expected (expected a regular .mdx file)');
        else walk(full);
        continue;
      }
      if (!name.endsWith('.mdx')) continue;
      if (!stats.isFile()) {
        refuse(full, 'is not a regular file (a pipe, socket or device; expected a regular .mdx file)');
        continue;
      }
      try {
        files.push({ path: pathOf(full), text: readFileSync(full, 'utf8') });
      } catch (error) {
        refuse(full, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}; expected a file everyone can read)`);
      }
    }
  };
  walk(join(root, contentDir));
  return { files, problems };
}

/** True when a symbolic link points at a folder (or nowhere): the build's glob could walk into it. */
function isFolderLink(full: string): boolean {
  try {
    return lstatSync(realpathSync(full)).isDirectory();
  } catch {
    return true;
  }
}
