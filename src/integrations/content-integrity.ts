/**
 * Fails the build, before any page is rendered, when content references
 * point nowhere or a chapter lacks its twin. The message names each file
 * and field, so an author knows what to fix without reading a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check';

export default function contentIntegrity(): AstroIntegration {
  const run = () => {
    const root = process.env.CONTENT_DIR ?? './content';
    const problems = checkContent(root);
    if (problems.length) {
      throw new Error(`Content integrity: ${problems.length} problem(s) in ${root}\n${formatProblems(problems)}`);
    }
  };
  return {
    name: 'visage-public:content-integrity',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' || command === 'dev') run();
      },
    },
  };
}
