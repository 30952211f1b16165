package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.tarjama.model.BadInputException;

/** Work done on another thread fails as if it had run on the caller's. */
class ParallelTest {

    @Test
    void resultComesBack() {
        assertThat(Parallel.join(CompletableFuture.supplyAsync(() -> 6 * 7))).isEqualTo(42);
    }

    @Test
    void runtimeExceptionIsRethrownUnwrapped() {
        BadInputException bad = new BadInputException(org.tarjama.model.SourceLocation.ofLine("x.ar", 3), "not Arabic");
        assertThatThrownBy(() -> Parallel.join(CompletableFuture.supplyAsync(() -> {
            throw bad;
        }))).isSameAs(bad);
    }

    @Test
    void errorIsRethrownUnwrapped() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertThatThrownBy(() -> Parallel.join(CompletableFuture.runAsync(() -> {
            throw oom;
        }))).isSameAs(oom);
    }
}
