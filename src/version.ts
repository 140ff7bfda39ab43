/** Kept in step with package.json's version by hand at release; read without loading package.json at start-up. */
export const VERSION = '0.1.0';
