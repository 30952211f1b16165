package org.tarjama.fuzz;

import static org.tarjama.fuzz.FuzzSupport.expectOnlyBadInput;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.ProjectFiles;

/**
 * The alignment project file (project.ProjectFiles, read by review/project commands) on hostile bytes (seeds:
 * ProjectFilesFuzzTestInputs/); a project that parses must serialise and parse back to the same bytes.
 */
class ProjectFilesFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void parse(byte[] data) throws Exception {
        expectOnlyBadInput(() -> {
            AlignmentProject p = ProjectFiles.parse(data, "fuzz.tarjama.json");
            byte[] once = ProjectFiles.serialize(p);
            byte[] twice = ProjectFiles.serialize(ProjectFiles.parse(once, "reserialised.tarjama.json"));
            if (!Arrays.equals(once, twice)) {
                throw new AssertionError("a parsed project does not round-trip");
            }
        });
    }
}
