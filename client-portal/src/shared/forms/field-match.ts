/**
 * Which input of a form an API error belongs to. The server names the field by its machine path
 * (`description`, `changes.email`, `input.name`, `developmentIds.0`, `changes.custom.capital`);
 * a form names its inputs by the part that is theirs (`description`, `email`, `name`,
 * `developmentIds`, `custom.capital`). The longest run of the path's segments that is the name of
 * one of the form's inputs wins; leftmost first when two runs are as long.
 */
export function matchField(path: string, names: ReadonlySet<string>): string | null {
  if (names.has(path)) return path;
  const segments = path.split('.').filter(Boolean);
  for (let length = segments.length; length > 0; length--) {
    for (let start = 0; start + length <= segments.length; start++) {
      const candidate = segments.slice(start, start + length).join('.');
      if (names.has(candidate)) return candidate;
    }
  }
  return null;
}

/** `extensions.field` of a GraphQL error, when it names one. */
export function fieldOf(error: { extensions?: Record<string, unknown> | null }): string | null {
  const field = error.extensions?.field;
  return typeof field === 'string' && field !== '' ? field : null;
}
