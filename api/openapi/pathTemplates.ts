/**
 * The OpenAPI path template (`/api/needs/{id}`) a request path fits, `{param}` standing for one
 * segment: shared by the 405 answer, the metrics' route label and the tests' response checks. When
 * several fit, the one with the fewest parameters wins, so a literal path beats a templated one.
 */
export function pathTemplateMatcher(templates: string[]): (path: string) => string | undefined {
  const compiled = templates
    .map((template) => ({
      template,
      params: (template.match(/\{/g) ?? []).length,
      pattern: new RegExp(`^${template.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }))
    .sort((a, b) => a.params - b.params);
  return (path) => compiled.find((t) => t.pattern.test(path))?.template;
}
