package org.tarjama.model;

import java.util.Objects;

/** A typed property of a unit or variant, as TMX {@code <prop type="x-…">value</prop>}. */
public record Property(String type, String value) {
    public Property {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
