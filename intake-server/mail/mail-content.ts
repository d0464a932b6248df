/** A mail as a few plain blocks, rendered once to text and once to escaped HTML. Templates never write markup. */
import { escapeHtml } from './escape-html.js';
import { DOCTYPE } from '../lib/html-document.js';

export type Block =
  | { type: 'p'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'link'; label: string; href: string };

/** A file sent with the mail (a calendar file); text only. */
export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface MailContent {
  subject: string;
  blocks: Block[];
  attachments?: Attachment[];
}

/** The plain-text part. */
export function renderText(content: MailContent): string {
  return (
    content.blocks
      .map((b) => {
        if (b.type === 'p') return b.text;
        if (b.type === 'list') return b.items.map((i) => `- ${i}`).join('\n');
        return `${b.label}:\n${b.href}`;
      })
      .join('\n\n') + '\n'
  );
}

/** The HTML part: every value escaped, no remote resources, readable on a phone. */
export function renderHtml(content: MailContent, language: string): string {
  const body = content.blocks
    .map((b) => {
      if (b.type === 'p') return `<p style="margin:0 0 16px">${escapeHtml(b.text).replace(/\n/g, '<br>')}</p>`;
      if (b.type === 'list') return `<ul style="margin:0 0 16px;padding-left:20px">${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
      return `<p style="margin:0 0 16px"><a href="${escapeHtml(b.href)}" style="color:#9b1b30">${escapeHtml(b.label)}</a></p>`;
    })
    .join('\n');
  return `${DOCTYPE}
<html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1d1d1d;background:#ffffff">
<div style="max-width:560px">
${body}
</div>
</body></html>
`;
}
