package io.github.digestplugin.model;

/**
 * The prefix {@code arXiv:2403.10144v1 Announce Type: new  Abstract: } that English abstracts carry
 * from 2024-02 on.
 *
 * @param length how many characters of the abstract the prefix takes
 */
public record AbstractPrefix(ArxivId id, String announceType, int length, SourcePosition position) {}
