package io.gongwen;

/**
 * One block of the body: a {@link Paragraph}, a numbered {@link Section}, a {@link Table}, an
 * {@link Image} on a line of its own, or, in a regulation written in articles, an {@link Article} or
 * a {@link Chapter} title; or a {@link PageBreak} the author put between them. Blocks are immutable
 * and safe to share between threads.
 */
public sealed interface Block permits Paragraph, Section, Table, Image, Article, Chapter, PageBreak {
}
