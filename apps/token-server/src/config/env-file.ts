/**
 * Reads the text of a `.env` file: `KEY=value` lines, optional `export `,
 * `#` comments, single quotes (literal) and double quotes (with \n, \t, \", \\).
 * Small on purpose: the server needs no dotenv package, and every runtime can
 * hand it the file's text.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key, rest] = match as unknown as [string, string, string];
    values[key] = unquote(rest);
  }
  return values;
}

function unquote(value: string): string {
  const quote = value[0];
  if (quote === "'" || quote === '"') {
    const end = closingQuote(value, quote);
    const inner = end === -1 ? value.slice(1) : value.slice(1, end);
    if (quote === "'") return inner;
    return inner.replace(/\\([nrt"\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' })[c]!);
  }
  // An unquoted value ends at a ` #` comment.
  const comment = value.search(/\s#/);
  return (comment === -1 ? value : value.slice(0, comment)).trim();
}

function closingQuote(value: string, quote: string): number {
  for (let i = 1; i < value.length; i++) {
    if (quote === '"' && value[i] === '\\') i++;
    else if (value[i] === quote) return i;
  }
  return -1;
}
