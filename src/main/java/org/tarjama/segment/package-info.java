/**
 * Sentence segmentation of English and Arabic paragraphs with character offsets, driven by SRX
 * rules (Okapi's SRX segmenter with Tarjama's own rules as a resource).
 */
package org.tarjama.segment;
