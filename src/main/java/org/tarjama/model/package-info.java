/**
 * The small core model shared by every capability: translation units and their language variants,
 * properties, diagnostics with source locations, and the bad-input exception. Records only, JDK only.
 */
package org.tarjama.model;
