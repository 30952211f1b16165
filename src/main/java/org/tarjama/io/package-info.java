/**
 * File input and output shared by the commands: decoding text files (BOM, UTF-8, UTF-16,
 * Windows-1256 detected with ICU), refusing binary data with a located error, and writing outputs
 * atomically (temporary file, then rename) so that no half-written file is ever left behind.
 */
package org.tarjama.io;
