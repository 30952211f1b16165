/**
 * Evaluations, benchmarks and their synthetic data, apart from the product: what the
 * {@code tarjama eval …} and {@code tarjama bench …} commands run. Each class scores or times one
 * capability through its public API ({@link org.tarjama.eval.AlignEvaluation},
 * {@link org.tarjama.eval.CorpusSegmentation}, {@link org.tarjama.eval.NamePairEvaluation};
 * {@link org.tarjama.eval.AlignBenchmark}, {@link org.tarjama.eval.SegmentBenchmark},
 * {@link org.tarjama.eval.TmxBenchmark}, {@link org.tarjama.eval.CheckBenchmark},
 * {@link org.tarjama.eval.NamesBenchmark}, {@link org.tarjama.eval.TmBenchmark}) and returns figures
 * as values; the commands print them. This package may use every capability package; none of them
 * may use it (the layering test guards both).
 */
package org.tarjama.eval;
