// wasm-bindgen names each import the page's wasm takes from its JS glue after the function it
// wraps plus a 16-digit hash (`__wbg_location_f309bed812104d27`), and both files carry every
// name: some 6 KB each, whose hashes no compressor can shrink. This gives each import of one
// module a short name (`a`, `b` … `aB`) in the wasm's import section and in the glue alike.
// Measured on 2026-11-30: see docs/ARCHITECTURE.md, "Budgets".

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** The `n`th short name: a–z, A–Z, then a letter and a letter or digit. */
export function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const more = `${letters}0123456789`;
  if (n < letters.length) return letters[n];
  n -= letters.length;
  if (n >= letters.length * more.length) throw new Error('too many imports to name');
  return letters[Math.floor(n / more.length)] + more[n % more.length];
}

/** Skips an import's description (wasm core spec, "Imports"); returns the offset after it. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readLeb(bytes, p);
    if (flags & 1) [, p] = readLeb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1]; // a function: its type index
    case 1: return limits(at + 1); // a table: its element type, then limits
    case 2: return limits(at); // a memory
    case 3: return at + 2; // a global: its type and mutability
    case 4: return readLeb(bytes, at + 1)[1]; // a tag: an attribute, then a type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

/**
 * Renames every import of `module` in `wasm` (a Buffer) to a short name. Returns the new wasm
 * and the renaming, old name to new.
 */
export function shortenImports(wasm, module) {
  const out = [wasm.subarray(0, 8)];
  const renamed = new Map();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    const end = body + size;
    if (id !== 2) {
      out.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    const section = [];
    let [count, p] = readLeb(wasm, body);
    section.push(...leb(count));
    const readName = () => {
      const [length, start] = readLeb(wasm, p);
      p = start + length;
      return wasm.subarray(start, p).toString('utf8');
    };
    const writeName = (name) => {
      const bytes = Buffer.from(name, 'utf8');
      section.push(...leb(bytes.length), ...bytes);
    };
    while (count--) {
      const from = readName();
      const field = readName();
      const described = p;
      p = skipDescription(wasm, p);
      writeName(from);
      if (from === module) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        writeName(renamed.get(field));
      } else {
        writeName(field);
      }
      section.push(...wasm.subarray(described, p));
    }
    if (p !== end) throw new Error('the import section did not read to its end');
    out.push(Buffer.from([2, ...leb(section.length), ...section]));
    at = end;
  }
  return { wasm: Buffer.concat(out), renamed };
}

/** `glue` (wasm-bindgen's, before minifying) with each import's key in its imports object
 * renamed. Throws unless every old name is there exactly once, as a key (`name:`): anything
 * else is a glue this was not written for, and a missed name would leave an import unmet. */
export function renameInGlue(glue, renamed) {
  let text = glue;
  for (const [from, to] of renamed) {
    const word = new RegExp(`(?<![\\w$])${from.replace(/[$]/g, '\\$&')}(?![\\w$])`, 'g');
    const found = text.match(word)?.length ?? 0;
    const key = new RegExp(`(?<![\\w$.])${from.replace(/[$]/g, '\\$&')}:`, 'g');
    if (found !== 1 || (text.match(key)?.length ?? 0) !== 1) {
      throw new Error(`the glue names the import ${from} ${found} times, not once as a key`);
    }
    text = text.replace(key, `${to}:`);
  }
  return text;
}
