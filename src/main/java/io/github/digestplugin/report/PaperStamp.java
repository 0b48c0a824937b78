package io.github.digestplugin.report;

import java.util.Optional;

/**
 * A paper as lists show it and as a run plans its pages, without its long texts.
 *
 * @param contentHash changes whenever anything the paper's page shows changes: a hash of its
 *     appearances (digest, page, content hash of the digest, place in it)
 */
public record PaperStamp(String id, String title, String translatedTitle, String category, Optional<String> month,
        String contentHash) {

    public String href() {
        return Paper.hrefOf(id);
    }

    public String displayTitle() {
        return Paper.displayTitle(id, title, translatedTitle);
    }
}
