/**
 * The imsmanifest.xml of a one-SCO SCORM 1.2 package (SCORM 1.2 Content
 * Aggregation Model): one organization, one item, one SCO resource launched
 * at index.html that lists every file it uses, and an asset resource for the
 * four XSDs the package carries at its root, so that every file in the zip
 * but the manifest itself is named. Pure string building (no DOM, no Node),
 * for the build (scripts/scorm-packages.mjs) and later the browser.
 *
 * Metadata is inline IMS LOM 1.2.1 (imsmd_rootv1p2p1.xsd):
 * - general/title, general/language and general/description: the chapter's
 *   title, language and one-sentence description;
 * - the learning objectives as one classification each, purpose
 *   "Educational Objective" (LOMv1.0 vocabulary), the objective in its
 *   description. LOM defines that purpose for exactly this ("the learning
 *   objectives this resource serves"), each objective stays a separate
 *   entry an LMS or repository can list, and general/description stays the
 *   summary; educational/description is for comments on how to use the
 *   resource, which objectives are not.
 *
 * @example
 *   manifestXml({ identifier: 'visage-public.fr.gdpr', lang: 'fr', title: 'Le RGPD', description: '…',
 *     objectives: ['…'], mastery: 80, files: ['index.html', 'theme.js'] })
 *   // '<?xml version="1.0" encoding="UTF-8"?>\n<manifest identifier="visage-public.fr.gdpr" …'
 */

/** The four schemas a SCORM 1.2 manifest names, carried at the package's root. */
export const SCORM12_SCHEMAS = ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'] as const;

export interface ManifestInput {
  /** The manifest's identifier, an XML NCName: `visage-public.fr.clearview-case`. */
  identifier: string;
  /** BCP 47 language of the text (`fr`, `en`). */
  lang: string;
  title: string;
  description: string;
  /** What a student can do after the chapter, in order. */
  objectives: readonly string[];
  /** Pass mark in percent (adlcp:masteryscore); undefined when there is no quiz. */
  mastery?: number | undefined;
  /** Every file the SCO uses, package-relative (`index.html`, `_astro/x.js`); the schemas are added apart. */
  files: readonly string[];
}

import { escapeHtml as esc } from '../escape';


const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** The manifest as text (UTF-8, LF, two-space indent); files listed sorted, each once. */
export function manifestXml(m: ManifestInput): string {
  if (!NCNAME.test(m.identifier)) throw new Error(`manifest identifier "${m.identifier}" is not an XML NCName`);
  if (m.mastery !== undefined && !(Number.isInteger(m.mastery) && m.mastery >= 0 && m.mastery <= 100)) {
    throw new Error(`mastery ${m.mastery} is not a whole number from 0 to 100`);
  }
  if (!m.files.includes('index.html')) throw new Error('the SCO has no index.html');
  const ls = (s: string) => `<imsmd:langstring xml:lang="${esc(m.lang)}">${esc(s)}</imsmd:langstring>`;
  const vocab = (s: string) => `<imsmd:langstring xml:lang="x-none">${esc(s)}</imsmd:langstring>`;
  const schemas = new Set<string>(SCORM12_SCHEMAS);
  const files = [...new Set(m.files)].filter((f) => !schemas.has(f)).sort();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${esc(m.identifier)}" version="1.0"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '    <imsmd:lom>',
    '      <imsmd:general>',
    `        <imsmd:title>${ls(m.title)}</imsmd:title>`,
    `        <imsmd:language>${esc(m.lang)}</imsmd:language>`,
    `        <imsmd:description>${ls(m.description)}</imsmd:description>`,
    '      </imsmd:general>',
    ...m.objectives.flatMap((o) => [
      '      <imsmd:classification>',
      `        <imsmd:purpose><imsmd:source>${vocab('LOMv1.0')}</imsmd:source><imsmd:value>${vocab('Educational Objective')}</imsmd:value></imsmd:purpose>`,
      `        <imsmd:description>${ls(o)}</imsmd:description>`,
      '      </imsmd:classification>',
    ]),
    '    </imsmd:lom>',
    '  </metadata>',
    '  <organizations default="org">',
    '    <organization identifier="org">',
    `      <title>${esc(m.title)}</title>`,
    '      <item identifier="item" identifierref="sco" isvisible="true">',
    `        <title>${esc(m.title)}</title>`,
    ...(m.mastery !== undefined ? [`        <adlcp:masteryscore>${m.mastery}</adlcp:masteryscore>`] : []),
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    '    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">',
    ...files.map((f) => `      <file href="${esc(f)}"/>`),
    '    </resource>',
    '    <resource identifier="schemas" type="webcontent" adlcp:scormtype="asset">',
    ...SCORM12_SCHEMAS.map((f) => `      <file href="${f}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
  ];
  return `${lines.join('\n')}\n`;
}

/** The file hrefs a manifest names, in document order (for tests and the browser builder's checks). */
export function manifestFiles(xml: string): string[] {
  return [...xml.matchAll(/<file\s+href="([^"]*)"/g)].map((x) => x[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}
