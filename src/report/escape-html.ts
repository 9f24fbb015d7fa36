const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe inside HTML elements and quoted attributes: names and file paths come from
 * the user's files and must never become markup.
 *
 * @example
 * escapeHtml('Nes & <Ål>'); // 'Nes &amp; &lt;Ål&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
