// Chromium's fake camera and microphone, allowed without a prompt: for the tests that take
// photos or record. Use it as `test.use(fakeCamera)`.
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

export const fakeCamera = {
  launchOptions: {
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
    executablePath: findChromium() ?? undefined,
  },
};
