/** The page bundle: minified like a production app, so the figures are what users get. */
export async function bundleEntry(build, entry) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'error' });
  return result.outputFiles[0].text;
}
