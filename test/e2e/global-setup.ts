/** Before the end-to-end tests: the browser host bundled once for every test's host (fixtures/host-bundle.ts); removed after. */
import { HOST_BUNDLE_ENV } from './fixtures/desk-host';
import { bundleHost } from './fixtures/host-bundle';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const bundle = await bundleHost();
  // The workers inherit the runner's environment.
  process.env[HOST_BUNDLE_ENV] = bundle.entry;
  return bundle.remove;
}
