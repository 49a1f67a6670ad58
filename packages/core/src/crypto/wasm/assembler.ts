// Just enough of the WebAssembly binary format (Core Specification 1.0, chapter 5)
// to emit a module of i32 functions over one exported memory. Only what
// sha256-module.ts uses is here; opcodes are from section 5.4.

const I32 = 0x7f;

/** Section 5.2.2: unsigned LEB128. */
function unsigned(value: number, out: number[]): void {
  do {
    const byte = value & 0x7f;
    value >>>= 7;
    out.push(value === 0 ? byte : byte | 0x80);
  } while (value !== 0);
}

/** Section 5.2.2: signed LEB128 of a 32-bit integer. */
function signed(value: number, out: number[]): void {
  value |= 0;
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return;
    }
    out.push(byte | 0x80);
  }
}

/** The body of one function: i32 parameters and locals, addressed by index (parameters first). */
export class FunctionBuilder {
  readonly code: number[] = [];
  constructor(
    readonly params: number,
    readonly locals: number,
  ) {}

  get(local: number): this { return this.immediate([0x20], local); }
  set(local: number): this { return this.immediate([0x21], local); }
  tee(local: number): this { return this.immediate([0x22], local); }
  const(value: number): this {
    this.code.push(0x41);
    signed(value, this.code);
    return this;
  }
  /** i32.load (alignment hint 4) from the address on the stack plus `offset`. */
  load(offset = 0): this { return this.immediate([0x28, 2], offset); }
  /** i32.store: the stack holds address, then value. */
  store(offset = 0): this { return this.immediate([0x36, 2], offset); }
  store8(offset = 0): this { return this.immediate([0x3a, 0], offset); }
  add(): this { return this.op(0x6a); }
  sub(): this { return this.op(0x6b); }
  and(): this { return this.op(0x71); }
  or(): this { return this.op(0x72); }
  xor(): this { return this.op(0x73); }
  shl(): this { return this.op(0x74); }
  shrU(): this { return this.op(0x76); }
  rotr(): this { return this.op(0x78); }
  ltU(): this { return this.op(0x49); }
  geU(): this { return this.op(0x4f); }
  /** memory.copy (bulk memory): destination, source, length. */
  copy(): this { return this.op(0xfc, 10, 0, 0); }
  /** memory.fill (bulk memory): destination, byte, length. */
  fill(): this { return this.op(0xfc, 11, 0); }
  call(index: number): this { return this.immediate([0x10], index); }
  /** `block`, `loop` and `if` with no result; close each with end(). */
  block(): this { return this.op(0x02, 0x40); }
  loop(): this { return this.op(0x03, 0x40); }
  if(): this { return this.op(0x04, 0x40); }
  end(): this { return this.op(0x0b); }
  br(depth: number): this { return this.op(0x0c, depth); }
  brIf(depth: number): this { return this.op(0x0d, depth); }

  /** An instruction whose last immediate is an unsigned LEB128 (an index or a memory offset). */
  private immediate(prefix: number[], value: number): this {
    this.code.push(...prefix);
    unsigned(value, this.code);
    return this;
  }

  private op(...bytes: number[]): this {
    this.code.push(...bytes);
    return this;
  }
}

function vector(items: number[][]): number[] {
  const out: number[] = [];
  unsigned(items.length, out);
  for (const item of items) out.push(...item);
  return out;
}

function section(id: number, content: number[], out: number[]): void {
  out.push(id);
  unsigned(content.length, out);
  out.push(...content);
}

function name(text: string): number[] {
  const out: number[] = [];
  unsigned(text.length, out);
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
  return out;
}

/**
 * A module with one memory of `pages` 64 KiB pages, exported as `memory`, and
 * the given functions (no results), exported under their names in order.
 */
export function encodeModule(pages: number, functions: ReadonlyArray<{ name: string; body: FunctionBuilder }>): Uint8Array {
  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  // One type per function (section 5.5.2): (i32 x params) -> ().
  section(1, vector(functions.map((f) => [0x60, f.body.params, ...Array<number>(f.body.params).fill(I32), 0])), out);
  section(3, vector(functions.map((_, i) => [i])), out);
  section(5, [1, 0x00, pages], out);
  const exports = functions.map((f, i) => [...name(f.name), 0x00, i]);
  exports.push([...name('memory'), 0x02, 0]);
  section(7, vector(exports), out);
  const bodies = functions.map((f) => {
    const body: number[] = [];
    if (f.body.locals > 0) {
      body.push(1);
      unsigned(f.body.locals, body);
      body.push(I32);
    } else body.push(0);
    body.push(...f.body.code, 0x0b);
    const sized: number[] = [];
    unsigned(body.length, sized);
    return sized.concat(body);
  });
  section(10, vector(bodies), out);
  return Uint8Array.from(out);
}
