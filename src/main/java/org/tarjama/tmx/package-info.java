/**
 * TMX 1.4b translation memories: a streaming writer with per-CAT-tool profiles, a streaming safe
 * reader for TMX 1.1–1.4b, validation, statistics, conversion, merging and filtering. No Okapi type
 * appears in this package's public API.
 */
package org.tarjama.tmx;
