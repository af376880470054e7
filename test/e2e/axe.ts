// axe-core in the page (the devDependency's own build, evaluated in the page: no CDN), WCAG 2 A and
// AA rules (2.0 and 2.1). Returns the violations in a readable form; tests expect none.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let source: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

/** Runs axe-core on the page (or a part of it) and lists the WCAG 2 A/AA violations. */
export async function axeViolations(page: Page, context: string = 'body'): Promise<AxeViolation[]> {
  source ??= await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') refuses inline <script> tags.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const result = await page.evaluate(
    async ([ctx, tags]) => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const r = await axe.run(ctx, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 8).map((n) => n.target.join(' ')) }));
    },
    [context, AXE_TAGS] as const,
  );
  return result;
}

/** Total failing elements, for messages. */
export function countNodes(v: readonly AxeViolation[]): number {
  return v.reduce((n, x) => n + x.nodes, 0);
}
