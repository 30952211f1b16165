package org.tarjama.tmx;

/** Tarjama's version, from the jar manifest (or "dev" when run from classes). */
final class Version {
    private Version() {
    }

    static String get() {
        return org.tarjama.model.TarjamaVersion.get();
    }
}
