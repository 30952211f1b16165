/**
 * Text analysis shared by every capability: Arabic normalisation with an offset map back to the
 * original text, digit folding, word tokenisation, transliteration similarity and the FNV-1a text
 * hash. Depends on {@code model} and the JDK only.
 */
package org.tarjama.text;
