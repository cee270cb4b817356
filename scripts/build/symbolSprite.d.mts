export function symbolSprite(ids: readonly string[], read: (id: string) => string): string;
