package io.github.digestplugin.report;

import io.github.digestplugin.report.related.RelatedIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of the report's working store ({@link ReadingListStore}). Digests are kept by path
 * with their content hash; entries hold every field the report shows, raw as the digest has them;
 * papers are aggregated from their entries and rebuilt only when one of those changes. Short
 * columns come first in a row, long texts last: a query for the short ones then never walks the
 * overflow pages of an abstract. The related papers' tables ({@link RelatedIndex}) live beside
 * them and are dropped with them.
 */
final class StoreSchema {

    /** Raised whenever a table changes: a store of another version is rebuilt from the digests. */
    static final int VERSION = 10;

    static final List<String> TABLES = withRelated(
            """
            CREATE TABLE meta (
              key TEXT PRIMARY KEY,
              value TEXT NOT NULL)""",
            """
            CREATE TABLE digests (
              name TEXT PRIMARY KEY,
              size INTEGER NOT NULL,
              modified INTEGER NOT NULL,
              hash TEXT NOT NULL,
              -- 1: a digest; 0: a file that cannot be read; 2: a file that is not a digest (DigestShape)
              readable INTEGER NOT NULL,
              href TEXT NOT NULL,
              channel TEXT NOT NULL,
              date TEXT,
              entry_count INTEGER NOT NULL,
              malformed_count INTEGER NOT NULL)""",
            """
            CREATE TABLE entries (
              digest TEXT NOT NULL,
              idx INTEGER NOT NULL,
              number INTEGER NOT NULL,
              paper_id TEXT,
              version INTEGER NOT NULL,
              title_present INTEGER NOT NULL,
              title_line INTEGER NOT NULL,
              title_column INTEGER NOT NULL,
              row_line INTEGER NOT NULL,
              definition_first INTEGER NOT NULL,
              definition_last INTEGER NOT NULL,
              malformed INTEGER NOT NULL,
              category TEXT NOT NULL,
              announce_type TEXT NOT NULL,
              title TEXT NOT NULL,
              translated_title TEXT NOT NULL,
              summary_zh TEXT NOT NULL,
              summary_en TEXT NOT NULL,
              abstract_zh TEXT NOT NULL,
              abstract_en TEXT NOT NULL,
              PRIMARY KEY (digest, idx))""",
            "CREATE INDEX entries_by_paper ON entries (paper_id)",
            // The papers of a digest without reading its entries' long texts (the lists by month listed).
            "CREATE INDEX entries_papers_by_digest ON entries (digest, paper_id)",
            // Where a digest's entries are, without their texts: what joins its findings to them.
            "CREATE INDEX entries_spans ON entries (digest, idx, row_line, definition_first, definition_last)",
            """
            CREATE TABLE findings (
              digest TEXT NOT NULL,
              seq INTEGER NOT NULL,
              line INTEGER NOT NULL,
              column INTEGER NOT NULL,
              severity TEXT NOT NULL,
              rule TEXT NOT NULL,
              message_key TEXT NOT NULL,
              arguments TEXT NOT NULL,
              message TEXT NOT NULL,
              PRIMARY KEY (digest, seq))""",
            """
            CREATE TABLE papers (
              id TEXT PRIMARY KEY,
              version INTEGER NOT NULL,
              category TEXT NOT NULL,
              announce_type TEXT NOT NULL,
              month TEXT,
              letter TEXT NOT NULL,
              first_date TEXT,
              first_digest TEXT NOT NULL,
              last_date TEXT,
              last_digest TEXT NOT NULL,
              appearance_count INTEGER NOT NULL,
              content_hash TEXT NOT NULL,
              title_key TEXT NOT NULL,
              title TEXT NOT NULL,
              translated_title TEXT NOT NULL,
              summary_zh TEXT NOT NULL,
              summary_en TEXT NOT NULL,
              abstract_zh TEXT NOT NULL,
              abstract_en TEXT NOT NULL)""",
            // Each index's lists in their order with every column of a stamp: a list page's papers
            // are read from the index alone, without a sort, and without the pages of the texts.
            "CREATE INDEX papers_by_category ON papers (category, first_date IS NULL DESC, first_date DESC,"
                    + " first_digest DESC, id DESC, title, translated_title, month, content_hash)",
            "CREATE INDEX papers_by_month ON papers (month, first_date IS NULL DESC, first_date DESC,"
                    + " first_digest DESC, id DESC, title, translated_title, category, content_hash)",
            "CREATE INDEX papers_by_letter ON papers (letter, title_key, id, title, translated_title, category, month,"
                    + " content_hash)",
            // Every column of a paper's stamp and its place in a list, so that planning a run reads no abstract.
            "CREATE INDEX papers_stamps ON papers (id, first_date, first_digest, category, month, content_hash, title,"
                    + " translated_title)",
            // The reading file's entries, replaced whole on every run: the file is small beside the digests.
            """
            CREATE TABLE reading (
              id TEXT PRIMARY KEY,
              status TEXT NOT NULL,
              rating INTEGER,
              tags TEXT NOT NULL,
              notes TEXT NOT NULL)""");

    /** Every table, those of the related papers ({@link RelatedIndex}) included, for dropping them. */
    static final List<String> TABLE_NAMES = withRelatedNames();

    private static List<String> withRelated(String... tables) {
        List<String> all = new ArrayList<>(List.of(tables));
        all.addAll(RelatedIndex.TABLES);
        return List.copyOf(all);
    }

    private static List<String> withRelatedNames() {
        List<String> all = new ArrayList<>(List.of("papers", "findings", "entries", "digests", "meta", "reading"));
        all.addAll(RelatedIndex.TABLE_NAMES);
        return List.copyOf(all);
    }

    private StoreSchema() {}
}
