import { promises as fs } from 'fs';
import path from 'path';
import { inputError } from './errors';

/** Writes through a temporary file in the same folder, then renames: readers never see half a file. */
export async function writeFileAtomic(file: string, content: string | Buffer, display: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${Date.now()}`);
  try {
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw inputError(display, undefined, `cannot write the report: ${reason}`, 'Choose another --output path.');
  }
}
