/** Sentence alignment: sentences in, beads with confidences out. A pure library with swappable scorers. */
package org.tarjama.align;
