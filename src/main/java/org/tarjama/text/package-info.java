/**
 * Text analysis shared by every capability: Arabic normalisation with an offset map back to the
 * original text, digit folding, and word tokenisation. Depends on {@code model} and ICU4J only.
 */
package org.tarjama.text;
