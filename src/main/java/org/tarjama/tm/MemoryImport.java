package org.tarjama.tm;

import java.util.function.LongConsumer;
import org.tarjama.model.TranslationUnit;

/**
 * An import into a memory: units are added, and none becomes visible to readers until
 * {@link #commit()}. Closing without a commit abandons the import and leaves the memory as it was.
 * Units whose English and Arabic are both already in the memory are not added again.
 */
public interface MemoryImport extends AutoCloseable {

    /** Calls {@code progress} with the number of units read so far, now and then. */
    MemoryImport onProgress(LongConsumer progress);

    /** Adds one unit (its English and Arabic variants; units without both are counted as skipped). */
    void add(TranslationUnit tu);

    /** Publishes the added units to readers. */
    ImportResult commit();

    /** Ends the import; without a commit, nothing added becomes visible. */
    @Override
    void close();
}
