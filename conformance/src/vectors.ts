/** The Go reference vectors' schema (conformance/vectors/README.md). */
export interface ServiceCase {
  type: number;
  privileges: Record<string, number>;
  [field: string]: unknown;
}

export interface VectorCase {
  id: string;
  version: '006' | '007';
  appId: string;
  appCertificate: string;
  salt: number;
  token: string;
  contentHex: string;
  builder?: { name: string; args: unknown[] };
  // 007
  issueTs?: number;
  expire?: number;
  services?: ServiceCase[];
  // 006
  ts?: number;
  channelName?: string;
  uid?: string;
  privileges?: Record<string, number>;
}

export function parseVectors(text: string): VectorCase[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as VectorCase);
}
