package io.gongwen;

/**
 * One block of the body: a {@link Paragraph}, a numbered {@link Section}, a {@link Table}, or, in
 * a regulation written in articles, an {@link Article} or a {@link Chapter} title. Blocks are immutable
 * records and safe to share between threads.
 */
public sealed interface Block permits Paragraph, Section, Table, Article, Chapter {
}
