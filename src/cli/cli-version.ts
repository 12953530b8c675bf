import packageJson from '../../package.json' with { type: 'json' };

/** The version `telefonistka --version` prints: package.json's, embedded in dist/cli by the bundler at build. */
export const CLI_VERSION: string = packageJson.version;
