package org.tarjama.tmx;

import java.util.List;
import org.tarjama.model.Property;

/** The {@code <header>} of a TMX file as read, or to be written. */
public record TmxHeader(String creationTool, String creationToolVersion, String segType, String oTmf,
                        String adminLang, String srcLang, String dataType, String creationDate,
                        List<Property> props, List<String> notes) {
    public TmxHeader {
        props = List.copyOf(props);
        notes = List.copyOf(notes);
    }
}
