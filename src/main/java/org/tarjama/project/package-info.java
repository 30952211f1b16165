/**
 * Alignment projects: an alignment kept for review before it becomes memory. A project file
 * ({@code "format": "tarjama-alignment"}, version 1, JSON; schema in {@code docs/alignment-project.schema.json})
 * holds, per document pair, both sides' sentences with their paragraph and offsets, the beads with
 * score, type and status ({@code auto}, {@code confirmed}, {@code rejected}), the source files' names
 * and checksums, and the aligner's version and options. {@link ProjectFiles} reads and writes it
 * (atomically), {@link ProjectStats} counts it, {@link ProjectExport} turns it into TMX/TSV through the
 * aligner's writer (an untouched project exports exactly what {@code align --format tmx} writes) and
 * {@link Realigner} re-aligns only what lies between confirmed beads.
 */
package org.tarjama.project;
