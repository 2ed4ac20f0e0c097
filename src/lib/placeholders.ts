/**
 * Fills `{name}` placeholders in a text: UI strings, readers' report
 * messages, the editors' pages. A placeholder without a value is an error,
 * so nothing ever shows a raw `{country}`; `what` names the text for the
 * message ("UI string", "report text").
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>, what = 'text'): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`${what} "${template}" needs a value for ${placeholder}; no value for ${placeholder} was given`);
    }
    return value;
  });
}
