/**
 * The {@code tarjama} command line (picocli). One class per subcommand; commands parse options,
 * call the library packages and print. No logic of their own.
 */
package org.tarjama.cli;
