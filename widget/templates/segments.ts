/** Renders message segments: plain text, links and phone numbers. */
import { html, type TemplateResult } from 'lit';
import type { Segment } from '../messages/index.js';

export function renderSegments(segments: readonly Segment[]): Array<string | TemplateResult> {
  return segments.map((segment) => {
    if (typeof segment === 'string') return segment;
    if ('tel' in segment) return html`<a href="tel:${segment.tel.replace(/\s/g, '')}">${segment.tel}</a>`;
    return html`<a href=${segment.href}>${segment.text}</a>`;
  });
}
