/** File names for exports, from the plan's name: ASCII letters, digits and hyphens only. */
export function safeFileStem(name: string, fallback = 'plan'): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w\- ]+/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .toLowerCase()
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return stem || fallback;
}
