package org.tarjama.tmx;

import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Malformed or structurally invalid TMX. The message reads {@code FILE: line 7, column 1: </tu> closes
 * <tuv> opened at line 6}: file first, then the position, then what is wrong.
 */
public final class TmxFormatException extends BadInputException {
    private final String problem;

    public TmxFormatException(SourceLocation location, String problem) {
        super(location, problem);
        this.problem = problem;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return format(location(), problem);
    }

    /** {@code FILE: line L, column C: problem} (only the known parts of the position). */
    public static String format(SourceLocation where, String problem) {
        StringBuilder sb = new StringBuilder();
        if (!where.file().isEmpty()) {
            sb.append(where.file()).append(": ");
        }
        if (where.line() > 0) {
            sb.append("line ").append(where.line());
            if (where.column() > 0) {
                sb.append(", column ").append(where.column());
            }
            sb.append(": ");
        }
        if (where.unit() > 0) {
            sb.append("unit ").append(where.unit());
            if (!where.tuid().isEmpty()) {
                sb.append(" (tuid ").append(where.tuid()).append(')');
            }
            sb.append(": ");
        }
        return sb.append(problem).toString();
    }
}
