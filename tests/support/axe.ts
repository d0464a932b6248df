/**
 * axe-core in a Playwright page: its violations as `rule: targets` lines (empty when the page is clean). The script is
 * evaluated through the browser's debugging protocol, so the page's CSP neither governs nor reports it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeOptions {
  /** The element to check (a CSS selector); the whole document when left out. */
  within?: string;
  /** Only the rules with these tags; every rule axe has when left out. */
  tags?: string[];
}

export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  return page.evaluate(async ({ within, tags }) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Element | Document, options: object): Promise<Result> } }).axe;
    const context = within ? document.querySelector(within) : document;
    if (!context) return [`no element matches ${within}`];
    const result = await axe.run(context, tags ? { runOnly: { type: 'tag', values: tags } } : {});
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, options);
}
