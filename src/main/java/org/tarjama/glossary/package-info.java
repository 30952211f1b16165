/** Glossaries of proper names (TSV/CSV, TBX, JSON) and the Arabic clitic-aware checker. */
package org.tarjama.glossary;
