import MarkdownIt from 'markdown-it';

/**
 * Lesson and news bodies are markdown written by office staff; the mini-program shows them in
 * `<rich-text>`, which takes HTML. markdown-it with `html: false` shows raw HTML in the source as
 * text and refuses javascript:/vbscript:/data: links, so a body can never carry script to a reader.
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

export function markdownToHtml(markdown: string): string {
  return md.render(markdown);
}
