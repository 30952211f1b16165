package org.tarjama.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.BeadStatus;
import org.tarjama.project.ProjectDocument;
import org.tarjama.project.ProjectFiles;

/** What a reload does to the state the workbench holds, with and without a change on disk. */
class ReviewFileTest {
    @TempDir
    Path dir;

    private static AlignmentProject confirm(AlignmentProject p, int bead) {
        ProjectDocument d = ReviewOps.setStatus(p.documents().get(0), bead, BeadStatus.CONFIRMED);
        return p.withDocument(0, d);
    }

    @Test
    void aReloadWithinTheSaveDelayKeepsTheEditNotYetSaved() throws Exception {
        Path tjp = ReviewFixture.seedProject(dir);
        ReviewFile f = new ReviewFile(0, tjp);
        long rev = f.revision();
        f.apply(rev, "confirm bead 1", p -> confirm(p, 0));
        // a stale tab asks for a reload before the server has written the edit
        assertThat(f.reload()).as("nothing newer on disk: nothing is read").isFalse();
        assertThat(f.revision()).isEqualTo(rev + 1);
        assertThat(f.project().documents().get(0).beads().get(0).status()).isEqualTo(BeadStatus.CONFIRMED);
        assertThat(f.canUndo()).as("the history is the same version's: kept").isTrue();
        assertThat(f.dirty()).isTrue();
        assertThat(f.save()).isTrue();
        AlignmentProject saved = ProjectFiles.read(tjp);
        assertThat(saved.revision()).isEqualTo(rev + 1);
        assertThat(saved.documents().get(0).beads().get(0).status()).isEqualTo(BeadStatus.CONFIRMED);
    }

    @Test
    void aReloadOfTheSavedStateChangesNeitherTheRevisionNorTheFile() throws Exception {
        Path tjp = ReviewFixture.seedProject(dir);
        ReviewFile f = new ReviewFile(0, tjp);
        long rev = f.revision();
        f.apply(rev, "confirm bead 1", p -> confirm(p, 0));
        assertThat(f.save()).isTrue();
        byte[] onDisk = Files.readAllBytes(tjp);
        assertThat(f.reload()).isFalse();
        assertThat(f.revision()).as("the next edit goes against the revision the other tab saw").isEqualTo(rev + 1);
        assertThat(f.dirty()).isFalse();
        assertThat(f.save()).isFalse();
        assertThat(Files.readAllBytes(tjp)).isEqualTo(onDisk);
    }

    @Test
    void aReloadAfterAnotherProgramSavedTakesTheirVersion() throws Exception {
        Path tjp = ReviewFixture.seedProject(dir);
        ReviewFile f = new ReviewFile(0, tjp);
        long rev = f.revision();
        AlignmentProject theirs = confirm(ProjectFiles.read(tjp), 2).withRevision(rev + 1);
        ProjectFiles.write(tjp, theirs);
        assertThat(f.reload()).isTrue();
        assertThat(f.project().documents().get(0).beads().get(2).status()).isEqualTo(BeadStatus.CONFIRMED);
        assertThat(f.revision()).isGreaterThan(rev);
        assertThat(f.canUndo()).isFalse();
    }
}
