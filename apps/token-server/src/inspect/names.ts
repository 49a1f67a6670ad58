/** Names for the numbers a token carries, from the Go reference's constants. */
export const SERVICE_NAMES: Readonly<Record<number, string>> = {
  1: 'rtc', 2: 'rtm', 3: 'streaming', 4: 'fpa', 5: 'chat', 6: 'fcdn', 7: 'apaas', 8: 'rtm2', 9: 'convoai', 10: 'stt',
};

export const PRIVILEGE_NAMES_007: Readonly<Record<number, Readonly<Record<number, string>>>> = {
  1: { 1: 'joinChannel', 2: 'publishAudioStream', 3: 'publishVideoStream', 4: 'publishDataStream' },
  2: { 1: 'login' },
  3: { 1: 'publishMixStream', 2: 'publishRawStream' },
  4: { 1: 'login' },
  5: { 1: 'user', 2: 'app' },
  6: { 1: 'publish', 2: 'play' },
  7: { 1: 'roomUser', 2: 'user', 3: 'app' },
  8: { 1: 'login' },
};

/** 006 privileges are not grouped in services; ids below 1000 are RTC's, 1000 is RTM login. */
export const PRIVILEGE_NAMES_006: Readonly<Record<number, { service: string; name: string }>> = {
  1: { service: 'rtc', name: 'joinChannel' },
  2: { service: 'rtc', name: 'publishAudioStream' },
  3: { service: 'rtc', name: 'publishVideoStream' },
  4: { service: 'rtc', name: 'publishDataStream' },
  1000: { service: 'rtm', name: 'login' },
};

export const RTM2_RESOURCE_TYPES = ['messageChannels', 'streamChannels', 'groupChannels', 'serverGroups', 'users'] as const;
export const RTM2_PERMISSION_TYPES = ['read', 'write'] as const;
