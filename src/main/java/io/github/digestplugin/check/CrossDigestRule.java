package io.github.digestplugin.check;

import io.github.digestplugin.model.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A rule that compares digests with each other by the papers and titles their entries give
 * ({@link EntryTitle}). For each run the checker takes a fresh {@link Collector}, calls
 * {@link Collector#collect} for every digest (from several threads at once) and
 * {@link Collector#finish} once after the last.
 */
public non-sealed interface CrossDigestRule extends Rule {

    Collector newCollector();

    /** The state of one run; {@link #collect} must be thread-safe. */
    interface Collector {
        void collect(Path digest, List<EntryTitle> titles);

        void finish(Consumer<Located> reporter);
    }

    /** A finding before the checker adds rule id and severity. */
    record Located(Path path, SourcePosition position, RuleMessage message) {}
}
