package org.tarjama.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Tarjama's version, from the jar manifest, or {@code dev} when run from classes; and the build's
 * description for {@code tarjama --version} (version and git commit, from {@code build.properties}, which the
 * build fills in).
 */
public final class TarjamaVersion {
    private TarjamaVersion() {
    }

    public static String get() {
        String v = TarjamaVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * The git commit the build was made from (abbreviated; {@code +dirty} when the work tree had changes), or
     * {@code unknown} outside a git checkout.
     */
    public static String commit() {
        Properties p = buildProperties();
        String commit = p.getProperty("commit", "unknown");
        if (commit.isBlank() || commit.startsWith("${")) {
            return "unknown";
        }
        return "true".equals(p.getProperty("dirty")) ? commit + "+dirty" : commit;
    }

    /** The build's version ({@code project.version}), also when run from classes. */
    public static String buildVersion() {
        String v = buildProperties().getProperty("version", "");
        return v.isBlank() || v.startsWith("${") ? get() : v;
    }

    private static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = TarjamaVersion.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
