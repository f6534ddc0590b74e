export const FACELAB_CSP: string;
export function runFacelabPage(main: Function, args: unknown[], prefix?: string): Promise<{
  report: any;
  requests: { method: string | undefined; path: string }[];
  problems: string[];
  webgl: string | null;
  wallMs: number;
}>;
