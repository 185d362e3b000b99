/** Text to match literally inside a regular expression: "A&E (St Helier)" → "A&E \(St Helier\)". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
