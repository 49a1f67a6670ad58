/**
 * Agora's channel name as a regular-expression source, unanchored: 1-64 of the
 * characters the engine accepts (ERR_INVALID_CHANNEL_NAME). The server states it
 * in the OpenAPI document and checks RTM stream channels, which the engine does
 * not see as channel names, against it.
 */
export const CHANNEL_NAME_SOURCE = '[A-Za-z0-9 !#$%&()+\\-:;<=.>?@[\\]^_{}|~,]{1,64}';
