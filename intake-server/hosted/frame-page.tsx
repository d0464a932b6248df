/** The document inside the isolated-mode iframe: only the form, which reports its height and events to the parent. */
import type { Language } from '../../contract/index.js';
import { embedScript } from './hosted-page.js';

export interface FramePageProps {
  slug: string;
  language: Language;
  title: string;
  quickExit: boolean;
}

/** `data-frame` tells widget.js to connect the form to the page that framed it (see widget/frame-child.ts). */
export function FramePage(props: FramePageProps) {
  return (
    <html lang={props.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{props.title}</title>
        <link rel="stylesheet" href="/skjema/hosted.css" />
      </head>
      <body class="frame">
        {embedScript(props.slug, { frame: true, quickExit: props.quickExit })}
      </body>
    </html>
  );
}
