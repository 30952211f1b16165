package org.tarjama.spark;

/** A usage error of a job's command line (exit code 2): bad option values, an unusable --out. */
final class UsageError extends RuntimeException {
    UsageError(String message) {
        super(message);
    }
}
