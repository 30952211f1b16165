package org.tarjama.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tarjama.align.AlignerConfig;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.ProjectBuilder;
import org.tarjama.project.ProjectFiles;

/**
 * One project file under review: the project as it is now, the unlimited undo and redo history, and the
 * file on disk. Every edit is checked against the revision the client saw (a stale tab gets a
 * {@link Conflict}) and against the file on disk (another process that saved the same project makes the
 * next edit a {@link Conflict} too, never a silent overwrite). Saving is done by {@link #save()}, which the
 * server calls shortly after each edit; it writes through {@link ProjectFiles} (temporary file + rename).
 * All methods are synchronized: the state is small and edits are fast.
 */
public final class ReviewFile {
    /** One edit: the project before and after it. */
    public record Change(String label, AlignmentProject before, AlignmentProject after) {
    }

    /** What the file on disk was when this process last read or wrote it. */
    private record Stamp(long size, FileTime modified, String sha256) {
    }

    private final int id;
    private final Path file;
    private final List<String> warnings;
    private AlignmentProject project;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private long savedRevision;
    private Stamp stamp;
    private String conflict;
    private AlignerConfig alignerConfig;

    /** Opens a project file (a bad file throws {@code BadInputException} naming it and the position). */
    public ReviewFile(int id, Path file) {
        this.id = id;
        this.file = file;
        byte[] bytes = readBytes(file);
        this.project = ProjectFiles.parse(bytes, file.toString());
        this.savedRevision = project.revision();
        this.stamp = stampOf(bytes);
        this.warnings = ProjectFiles.sourceWarnings(project, file);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            // let ProjectFiles word the error as it does for every command
            return ProjectFiles.serialize(ProjectFiles.read(file));
        }
    }

    private Stamp stampOf(byte[] bytes) {
        try {
            return new Stamp(Files.size(file), Files.getLastModifiedTime(file), ProjectFiles.sha256(bytes));
        } catch (IOException e) {
            return new Stamp(-1, FileTime.fromMillis(0), ProjectFiles.sha256(bytes));
        }
    }

    public int id() {
        return id;
    }

    public Path file() {
        return file;
    }

    /** Warnings found on opening (source documents changed since the alignment). */
    public List<String> warnings() {
        return warnings;
    }

    public synchronized AlignmentProject project() {
        return project;
    }

    public synchronized long revision() {
        return project.revision();
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Why edits are refused now (the file changed on disk), or null. */
    public synchronized String conflict() {
        return conflict;
    }

    /** The aligner configuration of this project (made once, when first needed). */
    public synchronized AlignerConfig alignerConfig() {
        if (alignerConfig == null) {
            alignerConfig = ProjectBuilder.config(project, file, null, null);
        }
        return alignerConfig;
    }

    /**
     * Applies an edit made against {@code clientRevision}.
     *
     * @throws Conflict when the client is stale or the file changed on disk
     * @throws IllegalArgumentException when the edit makes no sense here (nothing to merge, …)
     */
    public synchronized Change apply(long clientRevision, String label, UnaryOperator<AlignmentProject> edit) {
        check(clientRevision);
        AlignmentProject before = project;
        AlignmentProject after = edit.apply(before).withRevision(before.revision() + 1);
        Change c = new Change(label, before, after);
        undo.push(c);
        redo.clear();
        project = after;
        return c;
    }

    /** Undoes the last edit; the revision still goes up (a revision never repeats). */
    public synchronized Change undo(long clientRevision) {
        check(clientRevision);
        if (undo.isEmpty()) {
            throw new IllegalArgumentException("nothing to undo");
        }
        Change c = undo.pop();
        redo.push(c);
        AlignmentProject before = project;
        project = c.before().withRevision(before.revision() + 1);
        return new Change("undo " + c.label(), before, project);
    }

    public synchronized Change redo(long clientRevision) {
        check(clientRevision);
        if (redo.isEmpty()) {
            throw new IllegalArgumentException("nothing to redo");
        }
        Change c = redo.pop();
        undo.push(c);
        AlignmentProject before = project;
        project = c.after().withRevision(before.revision() + 1);
        return new Change("redo " + c.label(), before, project);
    }

    private void check(long clientRevision) {
        if (conflict == null) {
            conflict = diskChange();
        }
        if (conflict != null) {
            throw new Conflict(conflict, project.revision());
        }
        if (clientRevision != project.revision()) {
            throw new Conflict(file.getFileName() + " is at revision " + project.revision() + ", this page was at "
                    + clientRevision + " (changed in another tab or by a script): reload to see the changes", project.revision());
        }
    }

    /** Null when the file on disk is what this process last read or wrote; else what happened. */
    private String diskChange() {
        long size;
        FileTime modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return file + " is gone from disk (" + e.getMessage() + "); reload after restoring it";
        }
        if (size == stamp.size() && modified.equals(stamp.modified())) {
            return null;
        }
        try {
            byte[] now = Files.readAllBytes(file);
            if (ProjectFiles.sha256(now).equals(stamp.sha256())) {
                stamp = stampOf(now);
                return null;
            }
        } catch (IOException e) {
            return file + " cannot be read: " + e.getMessage();
        }
        return file + " was changed on disk by another program since this workbench read it: reload the page to "
                + "load that version (the edits made here since the last save are not kept)";
    }

    /**
     * Writes the project when it changed since the last save, unless the file changed on disk (then the
     * conflict is recorded and nothing is written).
     *
     * @return true when it wrote
     */
    public synchronized boolean save() {
        if (project.revision() == savedRevision || conflict != null) {
            return false;
        }
        conflict = diskChange();
        if (conflict != null) {
            return false;
        }
        byte[] bytes = ProjectFiles.serialize(project);
        ProjectFiles.writeBytes(file, bytes);
        stamp = stampOf(bytes);
        savedRevision = project.revision();
        return true;
    }

    /** True when there are edits not yet on disk. */
    public synchronized boolean dirty() {
        return project.revision() != savedRevision;
    }

    /**
     * What a page's "reload" asks for. When the file on disk is still what this process last read or wrote, the
     * state held here is the newest there is (with any edit not yet saved): it is kept as it is, revision and
     * history too, and a stale page only has to take it. Otherwise the file is read again (after a conflict):
     * the history is cleared, since it was made on another version.
     *
     * @return true when the file was read again
     */
    public synchronized boolean reload() {
        if (conflict == null && diskChange() == null) {
            return false;
        }
        byte[] bytes = readBytes(file);
        AlignmentProject p = ProjectFiles.parse(bytes, file.toString());
        // keep revisions increasing in this process, so that no page mistakes the new state for an old one
        project = p.revision() > project.revision() ? p : p.withRevision(project.revision() + 1);
        savedRevision = p.revision() == project.revision() ? project.revision() : -1;
        stamp = stampOf(bytes);
        conflict = null;
        undo.clear();
        redo.clear();
        alignerConfig = null;
        return true;
    }
}
