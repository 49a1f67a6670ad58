// Inputs that vary per call, so no implementation benefits from repeating one token.
export const APP_ID = '970CA35de60c44645bbae8a215061b33';
export const APP_CERTIFICATE = '5CFd2fd1755d40ecb72977518be15d3b';
export const N = 1024;
export const channels = Array.from({ length: N }, (_, i) => `channel-${(i * 2654435761) % 1000003}`);
export const uids = Array.from({ length: N }, (_, i) => (i * 40503 + 17) % 4294967295);
export const nowSeconds = () => Math.floor(Date.now() / 1000);
