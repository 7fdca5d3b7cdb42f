export function decodeVlq(segment: string): number[];
export function sourceMapLookup(map: { mappings: string; sources: string[] }): {
  find(line: number, column: number): { source: string; line: number } | null;
};
export function sourceLabel(path: string): string;
