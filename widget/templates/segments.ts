/** Renders message segments: plain text and links. */
import { html, type TemplateResult } from 'lit';
import type { Segment } from '../messages/index.js';

export function renderSegments(segments: readonly Segment[]): Array<string | TemplateResult> {
  return segments.map((segment) => (typeof segment === 'string' ? segment : html`<a href=${segment.href}>${segment.text}</a>`));
}
