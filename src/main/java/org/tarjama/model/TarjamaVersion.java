package org.tarjama.model;

/** Tarjama's version, from the jar manifest, or {@code dev} when run from classes. */
public final class TarjamaVersion {
    private TarjamaVersion() {
    }

    public static String get() {
        String v = TarjamaVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
