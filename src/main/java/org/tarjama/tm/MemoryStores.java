package org.tarjama.tm;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/** Turns a {@code --tm} value into a store: a URL with a registered scheme, otherwise a directory. */
public final class MemoryStores {
    /** {@code scheme://…}; a Windows path such as {@code C:\tm} has one letter before the colon and no slashes. */
    private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+)://.*");

    private MemoryStores() {
    }

    /** The store named by {@code location}: a directory path, or a URL of a provider's scheme. */
    public static MemoryStore of(String location) {
        Matcher m = URL.matcher(location);
        if (!m.matches()) {
            return new DirectoryStore(Path.of(location));
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        TreeSet<String> known = new TreeSet<>();
        for (MemoryStoreProvider p : ServiceLoader.load(MemoryStoreProvider.class, MemoryStores.class.getClassLoader())) {
            if (p.schemes().contains(scheme)) {
                return p.store(location);
            }
            known.addAll(p.schemes());
        }
        throw new BadInputException(SourceLocation.ofFile(redact(location)), "no memory store for '" + scheme
                + "://' here; a memory is a directory" + (known.isEmpty() ? "" : " or one of " + String.join("://, ", known) + "://"));
    }

    /** The location without a {@code user:password@} part, for messages. */
    public static String redact(String location) {
        return location.replaceFirst("://[^/@]*@", "://");
    }
}
