package org.tarjama.cli;

import java.io.File;
import java.io.IOException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time generator of the shell completion and the man pages (run by the pom's antrun step on the test
 * class path, where picocli-codegen is). Given the command tree itself rather than the class name, because
 * {@link Main} adds its subcommands in code ({@link Main#SUBCOMMANDS}), which picocli's own {@code main}
 * methods, reading only the annotation, would not see.
 *
 * <p>Arguments: the completion script to write, then the directory for the man pages' AsciiDoc.
 */
public final class GenerateCliDocs {
    private GenerateCliDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateCliDocs COMPLETION_SCRIPT MAN_ADOC_DIR");
        }
        CommandLine tree = Main.commandLine();
        File script = new File(args[0]);
        script.getAbsoluteFile().getParentFile().mkdirs();
        AutoComplete.bash("tarjama", script, null, tree);
        File man = new File(args[1]);
        man.mkdirs();
        int code = ManPageGenerator.generateManPage(man, null, new boolean[0], true, tree.getCommandSpec());
        if (code != 0) {
            throw new IllegalStateException("ManPageGenerator exit code " + code);
        }
    }
}
