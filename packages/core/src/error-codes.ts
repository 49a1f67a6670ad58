// Every stable error code, one export each, so that a bundle keeps only the codes its code
// paths can throw: the whole table (ErrorCode in errors.ts, for callers) costs the web RTC
// bundle ~460 B gzipped (measured). Core's modules import this file as a namespace
// (`import * as ErrorCode`), which bundlers resolve member by member.

// Builder input
export const InvalidAppId = 'ERR_INVALID_APP_ID';
export const InvalidAppCertificate = 'ERR_INVALID_APP_CERTIFICATE';
export const InvalidChannelName = 'ERR_INVALID_CHANNEL_NAME';
export const InvalidUid = 'ERR_INVALID_UID';
export const InvalidUserAccount = 'ERR_INVALID_USER_ACCOUNT';
export const InvalidUserId = 'ERR_INVALID_USER_ID';
export const InvalidExpire = 'ERR_INVALID_EXPIRE';
export const InvalidTimestamp = 'ERR_INVALID_TIMESTAMP';
export const InvalidRole = 'ERR_INVALID_ROLE';
export const InvalidPrivilege = 'ERR_INVALID_PRIVILEGE';
export const InvalidString = 'ERR_INVALID_STRING';
export const StringTooLong = 'ERR_STRING_TOO_LONG';
export const InvalidPermission = 'ERR_INVALID_RTM2_PERMISSION';
export const InvalidService = 'ERR_INVALID_SERVICE';
export const NoServices = 'ERR_NO_SERVICES';
export const InvalidSalt = 'ERR_INVALID_SALT';
export const InvalidArgument = 'ERR_INVALID_ARGUMENT';

// Injected dependencies
export const InvalidProvider = 'ERR_INVALID_CRYPTO_PROVIDER';

// Token parsing
export const TokenNotString = 'ERR_TOKEN_NOT_STRING';
export const TokenTooLong = 'ERR_TOKEN_TOO_LONG';
export const TokenVersion = 'ERR_TOKEN_VERSION';
export const TokenBase64 = 'ERR_TOKEN_BASE64';
export const TokenTruncated = 'ERR_TOKEN_TRUNCATED';
export const TokenTrailingBytes = 'ERR_TOKEN_TRAILING_BYTES';
export const TokenMalformed = 'ERR_TOKEN_MALFORMED';

// zlib
export const ZlibHeader = 'ERR_ZLIB_HEADER';
export const ZlibCorrupt = 'ERR_ZLIB_CORRUPT';
export const ZlibTruncated = 'ERR_ZLIB_TRUNCATED';
export const ZlibChecksum = 'ERR_ZLIB_CHECKSUM';
export const ZlibTooLarge = 'ERR_ZLIB_OUTPUT_TOO_LARGE';
