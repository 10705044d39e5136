/** Query parameters as the API takes them: lists as repeated parameters, the form every server understands. */

export type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;

export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
