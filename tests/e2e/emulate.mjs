// Faithful browser emulation (docs/CONTRIBUTING.md): Firefox, Safari and IE have no UA Client Hints at all;
// Chromium browsers send hints that match their UA string, set through DevTools.

/** A browser without UA Client Hints: the API is simply absent. */
export function withoutClientHints(userAgent) {
  return {
    contextOptions: { userAgent },
    prepare: async (page) => page.addInitScript(() => {
      delete Object.getPrototypeOf(navigator).userAgentData;
    }),
  };
}

/** A Chromium browser whose hints match its UA string, as the real one sends them. */
export function chromiumWithHints(userAgent, { brand, major, platform = 'Windows', platformVersion = '15.0.0', mobile = false, model = '' }) {
  return {
    prepare: async (page, context) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setUserAgentOverride', {
        userAgent,
        userAgentMetadata: {
          brands: [{ brand, version: String(major) }, { brand: 'Chromium', version: String(major) }, { brand: 'Not.A/Brand', version: '99' }],
          fullVersionList: [{ brand, version: `${major}.0.0.0` }, { brand: 'Chromium', version: `${major}.0.0.0` }],
          platform, platformVersion, architecture: mobile ? '' : 'x86', model, mobile,
        },
      });
    },
  };
}
