// Read limits, checked before and after decoding so that one document's memory stays bounded.

/**
 * Limits. A policy document is tens to hundreds of KB; a five-year plan with annexes ~1 MB.
 * 20 MB of text (about 7 million Chinese characters) is far beyond any real document and keeps one
 * ingest's memory bounded (~40 bytes per character through all stages).
 */
export const MAX_TEXT_CHARS = 20 * 1024 * 1024;
/** Upper bound for a plain-text or HTML file (bytes), checked before decoding. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;
/** Upper bound for the raw file (bytes); docx/pdf compress and embed images, so allow more. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
