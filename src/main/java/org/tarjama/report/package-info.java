/**
 * The findings model of every checking command and its renderers: {@link org.tarjama.report.Finding}
 * (one finding about a unit), {@link org.tarjama.report.FindingGroup} (the findings about one subject:
 * a name, a document pair), rendered as text, JSON or HTML (one page or several) by
 * {@link org.tarjama.report.ReportWriter} in the layout of the command ({@link org.tarjama.report.ReportLayout}:
 * check, names, align). Depends on model only.
 */
package org.tarjama.report;
