/**
 * What every HTTP server of Tarjama checks before it answers, in one place: that the {@code Host} header
 * names this server (DNS rebinding) and that a secret token matches (in constant time). Plain JDK, no HTTP
 * library: the servers ({@code org.tarjama.server} for {@code tarjama serve}, {@code org.tarjama.review} for
 * {@code tarjama review}) call it from their request filters.
 */
package org.tarjama.http;
