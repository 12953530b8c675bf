// Types of the part of @vercel/ncc's programmatic API that scripts/build.ts uses (the package ships none).
declare module '@vercel/ncc' {
  interface NccOptions {
    minify?: boolean;
    sourceMap?: boolean;
    license?: string;
    quiet?: boolean;
    target?: string;
    transpileOnly?: boolean;
  }
  interface NccAsset {
    source: string | Buffer;
    permissions?: number;
  }
  export default function ncc(
    input: string,
    options?: NccOptions,
  ): Promise<{ code: string; assets?: Record<string, NccAsset> }>;
}
