/**
 * Escaping for text and double-quoted attribute values written into HTML or
 * XML by hand (no DOM): & < > and ". Pure, for the build and the browser.
 *
 * @example escapeHtml('Séance 2 : « le RGPD » & la police') // 'Séance 2 : « le RGPD » &amp; la police'
 */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
