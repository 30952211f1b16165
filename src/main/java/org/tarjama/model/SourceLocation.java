package org.tarjama.model;

/**
 * Where a finding or an error is: a file, and where known a 1-based line and column, a 1-based unit
 * number and a unit id. Unknown numbers are 0, unknown strings empty.
 */
public record SourceLocation(String file, int line, int column, int unit, String tuid) {
    public SourceLocation {
        file = file == null ? "" : file;
        tuid = tuid == null ? "" : tuid;
    }

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0, 0, "");
    }

    public static SourceLocation ofLine(String file, int line) {
        return new SourceLocation(file, line, 0, 0, "");
    }

    public static SourceLocation ofPosition(String file, int line, int column) {
        return new SourceLocation(file, line, column, 0, "");
    }

    public static SourceLocation ofUnit(String file, int unit, String tuid) {
        return new SourceLocation(file, 0, 0, unit, tuid);
    }

    /** "file, line 7, column 1" style text; only the known parts. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append("line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (unit > 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append("unit ").append(unit);
            if (!tuid.isEmpty()) {
                sb.append(" (tuid ").append(tuid).append(')');
            }
        }
        return sb.toString();
    }
}
