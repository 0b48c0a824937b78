package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.CrossDigestRule;
import io.github.digestplugin.check.EntryTitle;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.RuleMessage;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The same paper under different titles in different digests: a reading list built from them
 * would show the paper under two names. Titles are compared as a reader would: ignoring case,
 * spacing and a trailing period (2023 digests end titles with one). The first digest in path order
 * holds the reference title; each digest that differs from it is reported once.
 */
public final class TitleConflictRule implements CrossDigestRule {

    static final MessageKey DIFFERS = new MessageKey("title-conflict.differs", 4);

    @Override
    public String id() {
        return "title-conflict";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(DIFFERS);
    }


    @Override
    public Collector newCollector() {
        return new TitleCollector();
    }

    /** One place a paper's title was seen. */
    private record Sighting(Path path, SourcePosition position, String title) {}

    private static final Comparator<Sighting> ORDER = Comparator.comparing((Sighting s) -> s.path().toString())
            .thenComparing(Sighting::position);

    private static final class TitleCollector implements Collector {

        private final Map<String, List<Sighting>> byId = new ConcurrentHashMap<>();

        @Override
        public void collect(Path digest, List<EntryTitle> titles) {
            for (EntryTitle title : titles) {
                Sighting sighting = new Sighting(digest, title.position(), title.title());
                List<Sighting> sightings = byId.computeIfAbsent(title.paperId(), key -> new ArrayList<>(2));
                synchronized (sightings) {
                    sightings.add(sighting);
                }
            }
        }

        @Override
        public void finish(Consumer<Located> reporter) {
            // In any order: the checker sorts all findings. Most papers carry the same title in
            // every digest, so titles are normalised only where they differ as written.
            for (Map.Entry<String, List<Sighting>> paper : byId.entrySet()) {
                String id = paper.getKey();
                List<Sighting> sightings = paper.getValue();
                if (sightings.size() < 2) {
                    continue;
                }
                sightings.sort(ORDER);
                Sighting reference = sightings.get(0);
                String referenceTitle = null;
                Set<Path> reported = new HashSet<>();
                for (Sighting sighting : sightings) {
                    if (sighting.path().equals(reference.path()) || sighting.title().equals(reference.title())) {
                        continue;
                    }
                    if (referenceTitle == null) {
                        referenceTitle = comparable(reference.title());
                    }
                    if (!comparable(sighting.title()).equals(referenceTitle) && reported.add(sighting.path())) {
                        String[] titles = RuleText.excerpts(RuleText.normalized(sighting.title()),
                                RuleText.normalized(reference.title()));
                        reporter.accept(new Located(sighting.path(), sighting.position(),
                                RuleMessage.of(DIFFERS, id, titles[0], titles[1], reference.path().toString())));
                    }
                }
            }
        }
    }

    /** The title as compared: spacing collapsed, lower case, without a trailing period. */
    private static String comparable(String title) {
        String lower = RuleText.normalized(title).toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1).stripTrailing() : lower;
    }
}
