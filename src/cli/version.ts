/** The CLI's version, shown by --version and in SARIF logs. */
export const VERSION = '0.1.0';
