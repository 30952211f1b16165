/** Transliteration similarity and name-rendering consistency across a memory. */
package org.tarjama.names;
