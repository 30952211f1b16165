package org.tarjama.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.BeadStatus;
import org.tarjama.project.ProjectBead;
import org.tarjama.project.ProjectDocument;
import org.tarjama.project.ProjectFiles;
import org.tarjama.project.ProjectSentence;
import org.tarjama.project.SourceFile;

/** The reviewer's edits keep a document whole (every sentence in one bead, in order) and undo restores it exactly. */
class ReviewOpsTest {

    /** A document of n English and m Arabic sentences cut into random monotone beads. */
    static ProjectDocument randomDocument(Random r) {
        int n = 1 + r.nextInt(12);
        int m = 1 + r.nextInt(12);
        List<ProjectSentence> en = new ArrayList<>();
        List<ProjectSentence> ar = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            en.add(new ProjectSentence("English sentence " + i + " of paragraph " + i / 3 + ".", i / 3, 0, 30));
        }
        for (int j = 0; j < m; j++) {
            ar.add(new ProjectSentence("الجملة العربية رقم " + j + ".", j / 3, 0, 20));
        }
        List<ProjectBead> beads = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            int e = i < n ? r.nextInt(Math.min(3, n - i) + 1) : 0;
            int a = j < m ? r.nextInt(Math.min(3, m - j) + 1) : 0;
            if (e + a == 0) {
                if (i < n) {
                    e = 1;
                } else {
                    a = 1;
                }
            }
            beads.add(new ProjectBead(i, e, j, a, r.nextDouble(), BeadStatus.values()[r.nextInt(3)]));
            i += e;
            j += a;
        }
        return new ProjectDocument("1", new SourceFile("a.en", "", "", -1), new SourceFile("a.ar", "", "", -1), true, en, ar,
                beads, List.of());
    }

    /** One random edit; an edit that makes no sense here throws IllegalArgumentException with its reason. */
    static ProjectDocument randomEdit(ProjectDocument d, Random r) {
        return randomEdit(d, r, r.nextInt(9));
    }

    /** Edit {@code kind} (0..8; 8 is editText, the only one that changes the text). */
    static ProjectDocument randomEdit(ProjectDocument d, Random r, int kind) {
        int k = r.nextInt(d.beads().size());
        ReviewOps.Side side = r.nextBoolean() ? ReviewOps.Side.EN : ReviewOps.Side.AR;
        int sentences = side == ReviewOps.Side.EN ? d.en().size() : d.ar().size();
        int s = sentences == 0 ? 0 : r.nextInt(sentences);
        ProjectBead b = d.beads().get(k);
        return switch (kind) {
            case 0 -> ReviewOps.setStatus(d, k, BeadStatus.values()[r.nextInt(3)]);
            case 1 -> ReviewOps.confirmThrough(d, k);
            case 2 -> ReviewOps.mergeWithNext(d, k);
            case 3 -> ReviewOps.split(d, k, r.nextInt(b.enCount() + 1), r.nextInt(b.arCount() + 1));
            case 4 -> ReviewOps.moveSentence(d, k, side, r.nextBoolean() ? 1 : -1);
            case 5 -> ReviewOps.detach(d, k, side, r.nextBoolean());
            case 6 -> ReviewOps.splitSentence(d, side, s, 1 + r.nextInt(15), null);
            case 7 -> ReviewOps.joinSentences(d, side, s);
            default -> ReviewOps.editText(d, side, s, "edited " + r.nextInt(100));
        };
    }

    private static String words(List<ProjectSentence> ss) {
        StringBuilder sb = new StringBuilder();
        ss.forEach(x -> sb.append(x.text()).append(' '));
        return sb.toString().replaceAll("\\s+", "");
    }

    @Property(tries = 300)
    void everyEditKeepsTheDocumentWhole(@ForAll long seed) {
        Random r = new Random(seed);
        ProjectDocument d = randomDocument(r);
        for (int step = 0; step < 40; step++) {
            ProjectDocument before = d;
            int kind = r.nextInt(9);
            boolean edit = false;
            try {
                d = randomEdit(d, r, kind);
                edit = true;
            } catch (IllegalArgumentException e) {
                // refusals say why in the reviewer's terms, never as a broken document
                assertThat(e.getMessage()).doesNotContain("the beads cover").doesNotContain(" starts at ");
            }
            assertThat(ProjectDocument.coverageProblem(d.en().size(), d.ar().size(), d.beads())).isNull();
            if (edit && kind != 8) {
                // every edit but a text edit moves sentences or cuts them, never loses or reorders text
                assertThat(words(d.en())).isEqualTo(words(before.en()));
                assertThat(words(d.ar())).isEqualTo(words(before.ar()));
            }
            if (!edit) {
                assertThat(d).isSameAs(before);
            }
        }
    }

    @Property(tries = 100)
    void undoRestoresEveryStateAndRedoReplaysIt(@ForAll long seed) throws IOException {
        Random r = new Random(seed);
        Path dir = Files.createTempDirectory("tarjama-review-ops");
        try {
            Path f = dir.resolve("p.tjp");
            AlignmentProject p0 = new AlignmentProject("en", "ar", "test", Map.of(), 1, List.of(randomDocument(r)));
            ProjectFiles.write(f, p0);
            ReviewFile rf = new ReviewFile(0, f);
            List<AlignmentProject> states = new ArrayList<>(List.of(rf.project()));
            for (int step = 0; step < 15; step++) {
                try {
                    rf.apply(rf.revision(), "edit", p -> p.withDocument(0, randomEdit(p.documents().get(0), r)));
                    states.add(rf.project());
                } catch (IllegalArgumentException e) {
                    // not applicable here: nothing changed
                    assertThat(rf.project()).isEqualTo(states.get(states.size() - 1));
                }
            }
            for (int k = states.size() - 2; k >= 0; k--) {
                rf.undo(rf.revision());
                assertThat(rf.project().documents()).isEqualTo(states.get(k).documents());
            }
            assertThat(rf.canUndo()).isFalse();
            for (int k = 1; k < states.size(); k++) {
                rf.redo(rf.revision());
                assertThat(rf.project().documents()).isEqualTo(states.get(k).documents());
            }
            assertThat(rf.save()).isEqualTo(states.size() > 1);
            assertThat(ProjectFiles.read(f).documents()).isEqualTo(states.get(states.size() - 1).documents());
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }

    private static ProjectDocument fixed() {
        // beads: [0-1 : 0-1] [1 : -] [2-3 : 1]
        List<ProjectSentence> en = List.of(new ProjectSentence("One.", 0, 0, 4), new ProjectSentence("Two.", 0, 5, 9),
                new ProjectSentence("Three.", 1, 0, 6), new ProjectSentence("Four four.", 1, 7, 17));
        List<ProjectSentence> ar = List.of(new ProjectSentence("واحد.", 0, 0, 5), new ProjectSentence("اثنان.", 0, 6, 12),
                new ProjectSentence("ثلاثة وأربعة.", 1, 0, 13));
        List<ProjectBead> beads = List.of(new ProjectBead(0, 2, 0, 2, 0.9, BeadStatus.CONFIRMED),
                new ProjectBead(2, 1, 2, 0, 0.3, BeadStatus.AUTO), new ProjectBead(3, 1, 2, 1, 0.6, BeadStatus.AUTO));
        return new ProjectDocument("1", new SourceFile("a", "", "", -1), new SourceFile("b", "", "", -1), true, en, ar, beads,
                List.of());
    }

    private static String shape(ProjectDocument d) {
        StringBuilder sb = new StringBuilder();
        for (ProjectBead b : d.beads()) {
            sb.append(b.type()).append(b.status() == BeadStatus.CONFIRMED ? "c" : b.status() == BeadStatus.REJECTED ? "r" : "")
                    .append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void eachEditDoesWhatItsKeySays() {
        ProjectDocument d = fixed();
        assertThat(shape(d)).isEqualTo("2-2c 1-0 1-1");
        assertThat(shape(ReviewOps.mergeWithNext(d, 1))).isEqualTo("2-2c 2-1");
        assertThat(ReviewOps.mergeWithNext(d, 1).beads().get(1).score()).isEqualTo(0.3);
        assertThat(shape(ReviewOps.split(d, 0, 1, 1))).isEqualTo("1-1 1-1 1-0 1-1");
        assertThat(shape(ReviewOps.moveSentence(d, 0, ReviewOps.Side.EN, 1))).isEqualTo("1-2 2-0 1-1");
        assertThat(shape(ReviewOps.moveSentence(d, 1, ReviewOps.Side.EN, -1))).isEqualTo("3-2 1-1"); // bead 2 emptied
        assertThat(shape(ReviewOps.detach(d, 0, ReviewOps.Side.AR, true))).isEqualTo("2-1 0-1 1-0 1-1");
        assertThat(shape(ReviewOps.detach(d, 2, ReviewOps.Side.EN, false))).isEqualTo("2-2c 1-0 1-0 0-1");
        assertThat(shape(ReviewOps.confirmThrough(d, 2))).isEqualTo("2-2c 1-0c 1-1c");
        ProjectDocument split = ReviewOps.splitSentence(d, ReviewOps.Side.AR, 2, 6, null);
        assertThat(split.ar().get(2).text()).isEqualTo("ثلاثة");
        assertThat(split.ar().get(3).text()).isEqualTo("وأربعة.");
        assertThat(split.ar().get(3).start()).isEqualTo(6);
        assertThat(shape(split)).isEqualTo("2-2c 1-0 1-2");
        ProjectDocument joined = ReviewOps.joinSentences(d, ReviewOps.Side.EN, 2); // Three. (bead 2) + Four four. (bead 3)
        assertThat(joined.en().get(2).text()).isEqualTo("Three. Four four.");
        assertThat(shape(joined)).isEqualTo("2-2c 1-0 0-1");
        assertThat(ReviewOps.editText(d, ReviewOps.Side.EN, 0, " <b>One</b> ").en().get(0).text()).isEqualTo("<b>One</b>");
        assertThatThrownBy(() -> ReviewOps.mergeWithNext(d, 2)).hasMessageContaining("last");
        assertThatThrownBy(() -> ReviewOps.split(d, 1, 1, 0)).hasMessageContaining("both parts");
        assertThatThrownBy(() -> ReviewOps.editText(d, ReviewOps.Side.EN, 0, "  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> ReviewOps.joinSentences(d, ReviewOps.Side.AR, 2)).hasMessageContaining("last");
        assertThat(ReviewOps.beadOf(d, ReviewOps.Side.AR, 2)).isEqualTo(2);
        assertThat(ReviewOps.beadOf(d, ReviewOps.Side.EN, 2)).isEqualTo(1);
    }
}
