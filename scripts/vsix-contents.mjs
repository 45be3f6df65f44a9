// Prints a .vsix's size and file list (default: ai-audit.vsix) by reading the zip's central directory itself,
// with no unzip program and no library: `node scripts/vsix-contents.mjs [file.vsix]`.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** The entries of a zip archive: name, compressed and uncompressed size, from its central directory. */
export function zipEntries(buffer) {
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes (the comment may precede it).
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65557); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new Error('not a zip archive (no end of central directory)');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error(`corrupt central directory at entry ${n}`);
    const compressed = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.push({ name, compressed, size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
  const file = resolve(process.argv[2] ?? join(root, 'ai-audit.vsix'));
  let buffer;
  try {
    buffer = readFileSync(file);
  } catch {
    console.error(`vsix-contents: cannot read ${file}; run \`npm run package\` first.`);
    process.exit(2);
  }
  const entries = zipEntries(buffer).filter((e) => !e.name.endsWith('/'));
  const width = Math.max(...entries.map((e) => kb(e.size).length));
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) console.log(`${kb(e.size).padStart(width)}  ${e.name}`);
  const unpacked = entries.reduce((s, e) => s + e.size, 0);
  console.log(`${file}: ${(statSync(file).size / 1048576).toFixed(2)} MB, ${entries.length} files, ${(unpacked / 1048576).toFixed(2)} MB unpacked`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
