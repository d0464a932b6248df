import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template.js';

describe('fillTemplate', () => {
  it('escapes values for quoted attributes and text', () => {
    const filled = fillTemplate('<a href="{{URL}}">{{URL}}</a>', { URL: 'https://x.example/?a=1&b="2"<' });
    expect(filled).toBe(
      '<a href="https://x.example/?a=1&amp;b=&quot;2&quot;&lt;">https://x.example/?a=1&amp;b=&quot;2&quot;&lt;</a>',
    );
  });

  it('keeps a section only when its value is not empty', () => {
    const template = '<ul>{{#INBOX}}<li>{{INBOX}}</li>{{/INBOX}}</ul>';
    expect(fillTemplate(template, { INBOX: 'http://127.0.0.1:8025' })).toBe('<ul><li>http://127.0.0.1:8025</li></ul>');
    expect(fillTemplate(template, { INBOX: '' })).toBe('<ul></ul>');
  });

  it('fails on a placeholder without a value', () => {
    expect(() => fillTemplate('{{WIDGET_URL}} {{TYPO}}', { WIDGET_URL: 'x' })).toThrow('{{TYPO}}');
  });
});
