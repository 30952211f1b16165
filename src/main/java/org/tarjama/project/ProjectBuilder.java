package org.tarjama.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.align.AlignedDocument;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.GlossaryAnchors;
import org.tarjama.align.Lexicon;
import org.tarjama.align.TransliterationNames;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.model.TarjamaVersion;

/** Makes a project from fresh alignments, and the aligner configuration back from a project. */
public final class ProjectBuilder {
    private ProjectBuilder() {
    }

    /** The source files of one aligned document pair. */
    public record Sources(Path en, Path ar) {
    }

    /**
     * @param projectFile where the project will be written (source paths are kept relative to its
     *                    folder); null for stdout (relative to the working directory)
     * @param options     the aligner's options, as given on the command line
     */
    public static AlignmentProject of(List<AlignedDocument> docs, List<Sources> sources, String sourceLang,
                                      String targetLang, Map<String, Object> options, Path projectFile) {
        List<ProjectDocument> out = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            AlignedDocument d = docs.get(k);
            Sources s = sources.get(k);
            out.add(ProjectDocument.of(String.valueOf(k + 1), d,
                    ProjectFiles.sourceFile(d.text().enName(), s.en(), projectFile),
                    ProjectFiles.sourceFile(d.text().arName(), s.ar(), projectFile)));
        }
        Map<String, Object> aligner = new LinkedHashMap<>();
        aligner.put("name", "tarjama-sentence-aligner");
        aligner.put("version", TarjamaVersion.get());
        aligner.putAll(options);
        return new AlignmentProject(sourceLang, targetLang, TarjamaVersion.get(), aligner, 1, out);
    }

    /**
     * The aligner configuration a project was made with: lexicon learning as recorded, the dictionary and
     * glossary given now or else the ones recorded (relative to the project's folder) when still there.
     */
    public static AlignerConfig config(AlignmentProject p, Path projectFile, Path dictionary, Path glossary) {
        Object learn = p.aligner().get("learnLexicon");
        AlignerConfig c = AlignerConfig.defaults().withLearnLexicon(!(learn instanceof Boolean b) || b)
                .withNames(new TransliterationNames());
        Path dict = dictionary != null ? dictionary : recorded(p, "dictionary", projectFile);
        Path glos = glossary != null ? glossary : recorded(p, "glossary", projectFile);
        if (dict != null) {
            c = c.withDictionary(Lexicon.load(dict));
        }
        if (glos != null) {
            c = c.withAnchors(GlossaryAnchors.of(GlossaryLoader.load(glos)));
        }
        return c;
    }

    private static Path recorded(AlignmentProject p, String key, Path projectFile) {
        Object v = p.aligner().get(key);
        if (!(v instanceof String s) || s.isEmpty()) {
            return null;
        }
        Path base = projectFile.toAbsolutePath().normalize().getParent();
        Path f = base == null ? Path.of(s) : base.resolve(s);
        return Files.isRegularFile(f) ? f : null;
    }

    /** A path relative to the project's folder, for the aligner options. */
    public static String relative(Path file, Path projectFile) {
        return file == null ? null : ProjectFiles.sourceFile("", file, projectFile).path();
    }
}
