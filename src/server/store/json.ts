// JSON columns are text in both databases; these are the only places that read and write them.
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

export function nowIso(): string {
  return new Date().toISOString();
}
