/**
 * Well-formedness by a conformant XML parser (saxes, the one jsdom uses):
 * returns the first error message, or undefined when the document parses,
 * namespaces included. fast-xml-parser then reads the tree; its own
 * validator is lenient and deprecated, so it does not decide well-formedness.
 */
import { SaxesParser } from 'saxes';

export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  return error;
}
