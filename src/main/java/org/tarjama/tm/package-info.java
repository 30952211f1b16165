/** The embedded translation memory: import, fuzzy lookup, concordance, pre-translation. */
package org.tarjama.tm;
