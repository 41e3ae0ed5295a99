/**
 * Node, but with modules transformed for the browser, so Svelte compiles rune
 * classes (*.svelte.ts) for its client runtime, where effects run. Node's own
 * environment compiles them for the server, where $effect never runs. Opt in per
 * file with a `@vitest-environment ./tests/unit/support/svelte-client-environment.ts` comment.
 */
import { builtinEnvironments, type Environment } from 'vitest/runtime';

const environment: Environment = {
  ...builtinEnvironments.node,
  name: 'svelte-client',
  viteEnvironment: 'client',
};

export default environment;
