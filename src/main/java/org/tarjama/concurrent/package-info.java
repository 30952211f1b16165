/**
 * The one parallel pipeline of Tarjama ({@link org.tarjama.concurrent.OrderedPipeline}): work items
 * processed on worker threads, results handed back in input order on the calling thread. JDK only;
 * every package may use it.
 */
package org.tarjama.concurrent;
