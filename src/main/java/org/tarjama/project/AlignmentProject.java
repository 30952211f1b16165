package org.tarjama.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alignment project: the document pairs, the languages and the aligner that made it.
 *
 * @param tarjamaVersion version of Tarjama that aligned it
 * @param aligner        the aligner's options as given ({@code segmented}, {@code learnLexicon},
 *                       {@code dictionary}, {@code glossary}, …): what {@code project realign} re-uses
 * @param revision       incremented on every save; what the workbench's ETag is made of
 */
public record AlignmentProject(String sourceLang, String targetLang, String tarjamaVersion, Map<String, Object> aligner,
                               long revision, List<ProjectDocument> documents) {
    public static final String FORMAT = "tarjama-alignment";
    public static final int VERSION = 1;

    public AlignmentProject {
        aligner = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aligner));
        documents = List.copyOf(documents);
    }

    public AlignmentProject withDocuments(List<ProjectDocument> docs) {
        return new AlignmentProject(sourceLang, targetLang, tarjamaVersion, aligner, revision, docs);
    }

    public AlignmentProject withRevision(long r) {
        return new AlignmentProject(sourceLang, targetLang, tarjamaVersion, aligner, r, documents);
    }

    public AlignmentProject withDocument(int index, ProjectDocument d) {
        List<ProjectDocument> docs = new java.util.ArrayList<>(documents);
        docs.set(index, d);
        return withDocuments(docs);
    }

    public long beadCount() {
        return documents.stream().mapToLong(d -> d.beads().size()).sum();
    }
}
