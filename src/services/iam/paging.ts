/** IAM's Marker/MaxItems paging: the marker is where the next page starts. */
export function page<T>(items: T[], marker: string | undefined, maxItems: number | undefined): { items: T[]; IsTruncated: boolean; Marker?: string } {
  const start = marker ? Number(Buffer.from(marker, 'base64').toString()) || 0 : 0;
  const size = maxItems ?? 100;
  const slice = items.slice(start, start + size);
  const truncated = start + size < items.length;
  return { items: slice, IsTruncated: truncated, Marker: truncated ? Buffer.from(String(start + size)).toString('base64') : undefined };
}

export function underPath<T extends { path: string }>(items: T[], prefix: string | undefined): T[] {
  return prefix ? items.filter((item) => item.path.startsWith(prefix)) : items;
}
