/** `contracts[2].targets.P1.respond_minutes`: where a problem sits in a config file or JSON input. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') ||
    '(root)'
  );
}
