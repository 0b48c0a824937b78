package io.github.digestplugin.model;

/**
 * The suffix of a definition's English title, {@code (arXiv:2307.03691v1 [cs.CL])} or
 * {@code (arXiv:2206.10128v3 [cs.IR] UPDATED)}.
 */
public record TitleSuffix(ArxivId id, String primaryCategory, boolean updated, SourcePosition position) {}
