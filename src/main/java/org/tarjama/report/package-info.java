/** Rendering of diagnostics and summaries as text, JSON and HTML. Depends on model only. */
package org.tarjama.report;
