export function gz(buf: Buffer | string): number;
export function htmlFiles(dir: string): string[];
export function pagePath(dist: string, file: string): string;
export interface PageWeight { page: string; html: number; css: number; js: number; cssFiles: string[]; jsFiles: string[]; external: string[] }
export function measurePage(dist: string, file: string, base?: string): PageWeight;
export function measureSite(dist?: string, base?: string): PageWeight[];
