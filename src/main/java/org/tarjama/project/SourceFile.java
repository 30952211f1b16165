package org.tarjama.project;

/**
 * A source document of a project: the name the aligner was given (what the TMX's {@code x-source-doc}
 * / {@code x-target-doc} props come from), its path relative to the project file's folder (or absolute
 * when on another tree; may be empty), its SHA-256 and size at alignment time.
 */
public record SourceFile(String name, String path, String sha256, long size) {
    public SourceFile {
        name = name == null ? "" : name;
        path = path == null ? "" : path;
        sha256 = sha256 == null ? "" : sha256;
    }
}
